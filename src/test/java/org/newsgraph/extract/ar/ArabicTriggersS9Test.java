package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * The trigger lexicon covered over the CAMEO codebook (session 9): statements of concern, hope and sympathy,
 * intent and offers, aid, yielding (release, stepping down, handing over power, lifting a curfew), inquiries,
 * ultimatums, dissent (blocking roads, defying a curfew), force posture, summoning envoys, censorship, terrorist
 * listings, deportation, custody, hostage-taking, offensives; and the words that look like them but are not
 * (نشر مقالا، قطع الطريق أمام، شن هجوما لاذعا، فجر الجمعة، أمر بعدم إطلاق النار). Short sentences of our own,
 * with the test gazetteer.
 */
class ArabicTriggersS9Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 5, 20));
    }

    private static boolean noEventWithCode(Extraction x, String prefix) {
        return x.events().stream().noneMatch(e -> e.cameo().startsWith(prefix));
    }

    // ------------------------------------------------------------- 01 statements: concern, hope, sympathy

    @Test
    void concernVoicedIsAPessimisticCommentAimedAtWhatItIsAbout() {
        Event e = event(extract("وأعربت وزارة الخارجية الروسية عن قلقها البالغ إزاء التطورات في إيران."), "concern");
        assertThat(e.cameo()).isEqualTo("012");
        assertThat(e.sourceKey()).isEqualTo("org/RU/ministry-of-foreign-affairs");
        assertThat(e.targetKey()).isEqualTo("country/IR");
        Event p = event(extract("وأبدى الرئيس التركي رجب طيب أردوغان تشاؤمه من الوضع في السودان."), "concern");
        assertThat(p.sourceKey()).isEqualTo("person/recep-tayyip-erdogan");
    }

    @Test
    void hopeVoicedIsAnOptimisticCommentAndAVoicingVerbWithoutAFeelingStaysAStatement() {
        Event e = event(extract("فيما أعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في عودة الهدوء."), "hope");
        assertThat(e.cameo()).isEqualTo("013");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        Extraction plain = extract("وأبدى الرئيس الفرنسي إيمانويل ماكرون رأيه في الاتفاق.");
        assertThat(events(plain, "hope")).isEmpty();
        assertThat(events(plain, "concern")).isEmpty();
    }

    @Test
    void condolencesOfferedOrVoicedAreEmpatheticCommentsToWhomTheyAreOffered() {
        Event offered = event(extract("وقدم الرئيس الفرنسي إيمانويل ماكرون تعازيه إلى الشعب العراقي."), "sympathy");
        assertThat(offered.cameo()).isEqualTo("018");
        assertThat(offered.targetKey()).isEqualTo("country/IQ");
        Event condoled = event(extract("وعزت فرنسا الشعب التركي في ضحايا الزلزال."), "condole");
        assertThat(condoled.sourceKey()).isEqualTo("country/FR");
        assertThat(condoled.targetKey()).isEqualTo("country/TR");
        assertThat(event(extract("فيما أعربت الحكومة الفرنسية عن صدمتها من الهجوم."), "sympathy").sourceKey())
                .isEqualTo("org/FR/government");
    }

    // ------------------------------------------------------------- 03 intent and offers

    @Test
    void readinessDeclaredAndHelpOfferedAreIntentsToCooperate() {
        Event ready = event(extract("وأبدت فرنسا استعدادها لدعم الحوار بين الفرقاء في لبنان."), "intent");
        assertThat(ready.cameo()).isEqualTo("030");
        assertThat(ready.sourceKey()).isEqualTo("country/FR");
        Event offer = event(extract("وعرضت تركيا المساعدة على العراق."), "offer");
        assertThat(offer.sourceKey()).isEqualTo("country/TR");
        assertThat(offer.targetKey()).isEqualTo("country/IQ");
        assertThat(events(extract("وعرض التلفزيون الروسي صورا للاشتباكات."), "offer")).isEmpty();
    }

    // ------------------------------------------------------------- 07 aid

    @Test
    void aidSentGivenOrLentIsProvidingAidToItsRecipient() {
        Event sent = event(extract("وأرسلت فرنسا مساعدات إنسانية إلى السودان."), "give-aid");
        assertThat(sent.cameo()).isEqualTo("070");
        assertThat(sent.sourceKey()).isEqualTo("country/FR");
        assertThat(sent.targetKey()).isEqualTo("country/SD");
        Event lent = event(extract("ومنحت فرنسا مصر قرضا بقيمة مليار دولار."), "give-aid");
        assertThat(lent.sourceKey()).isEqualTo("country/FR");
        assertThat(lent.targetKey()).isEqualTo("country/EG");
        assertThat(events(extract("وقدم الرئيس الفرنسي إيمانويل ماكرون اقتراحا جديدا."), "give-aid")).isEmpty();
    }

    // ------------------------------------------------------------- 08 yielding

    @Test
    void releaseWithTheSubjectBetweenAndHostagesFreedAreReleases() {
        Event freed = event(extract("وأطلقت السلطات الإيرانية سراح الصحفي الفرنسي."), "release-split");
        assertThat(freed.cameo()).isEqualTo("0841");
        assertThat(freed.sourceKey()).isEqualTo("country/IR");
        Extraction x = extract("وحررت قوات الأمن جميع الرهائن، واعتقلت 13 مهاجما.");
        assertThat(event(x, "free-hostages").sourceKey()).isEqualTo("group/security-forces");
        assertThat(event(x, "arrest").cameo()).isEqualTo("173");
    }

    @Test
    void steppingDownGivingUpAndHandingOverPowerAreYieldingLeadership() {
        assertThat(event(extract("وقدم رئيس الوزراء المصري مصطفى مدبولي استقالته إلى الرئيس."), "resign").sourceKey())
                .isEqualTo("person/mostafa-madbouly");
        assertThat(event(extract("وتخلى الرئيس السوداني عمر البشير عن السلطة."), "give-up-power").cameo())
                .isEqualTo("0831");
        Event handed = event(extract("وسلّمت مصر السلطة إلى السودان."), "hand-over");
        assertThat(handed.sourceKey()).isEqualTo("country/EG");
        assertThat(handed.targetKey()).isEqualTo("country/SD");
        assertThat(events(extract("وسلم الرئيس الفرنسي إيمانويل ماكرون على نظيره الروسي."), "hand-over")).isEmpty();
    }

    @Test
    void aCurfewLiftedOrDefiedIsNoCurfewImposed() {
        Extraction lifted = extract("ورفعت السلطات المصرية حظر التجول عن العاصمة.");
        assertThat(event(lifted, "ease-curfew").cameo()).isEqualTo("0813");
        assertThat(events(lifted, "curfew")).isEmpty();
        Extraction defied = extract("وخرق آلاف المحتجين حظر التجول في العاصمة.");
        assertThat(event(defied, "defy").sourceKey()).isEqualTo("group/protesters");
        assertThat(events(defied, "curfew")).isEmpty();
        Extraction imposed = extract("وفرضت السلطات المصرية حظر التجول في العاصمة.");
        assertThat(event(imposed, "curfew").cameo()).isEqualTo("1723");
        assertThat(event(extract("وألغت الحكومة المصرية حالة الطوارئ."), "ease-emergency").cameo()).isEqualTo("0814");
    }

    // ------------------------------------------------------------- 09 and 13

    @Test
    void anInquiryOpenedWithItsSubjectBetweenIsAnInvestigation() {
        Event e = event(extract("وفتحت النيابة العامة المصرية تحقيقا في الأحداث."), "investigate-split");
        assertThat(e.cameo()).isEqualTo("091");
        assertThat(e.sourceKey()).isEqualTo("org/EG/prosecutor-general");
        assertThat(events(extract("وفتحت الشرطة المصرية الطريق أمام المتظاهرين."), "investigate-split")).isEmpty();
    }

    @Test
    void aDeadlineIsAnUltimatumUnlessItIsADeadlineToLeave() {
        Event ultimatum = event(extract("وأمهل الجيش التركي الأحزاب 48 ساعة للاتفاق."), "ultimatum");
        assertThat(ultimatum.cameo()).isEqualTo("139");
        assertThat(ultimatum.sourceKey()).isEqualTo("org/TR/army");
        Extraction leave = extract("وأمهلت الحكومة الجزائرية السفير الفرنسي 48 ساعة لمغادرة البلاد.");
        assertThat(events(leave, "expel-deadline")).hasSize(1);
        assertThat(events(leave, "ultimatum")).isEmpty();
    }

    // ------------------------------------------------------------- 14 dissent

    @Test
    void roadsBlockedAreObstructionButTheWayBlockedBeforeSomeoneIsNot() {
        Event e = event(extract("وقطع المحتجون الطرق الرئيسية في العاصمة."), "block-roads");
        assertThat(e.cameo()).isEqualTo("144");
        assertThat(e.sourceKey()).isEqualTo("group/protesters");
        assertThat(events(extract("فأغلق متظاهرون الطرقات بالإطارات المشتعلة."), "block-roads")).hasSize(1);
        assertThat(noEventWithCode(extract("وقطع الجيش التركي الطريق أمام المتمردين."), "14")).isTrue();
    }

    @Test
    void gatheringIsDemonstrating() {
        assertThat(event(extract("واحتشد آلاف المحتجين أمام البرلمان."), "protest").sourceKey())
                .isEqualTo("group/protesters");
    }

    // ------------------------------------------------------------- 15 force posture

    @Test
    void raisingTheAlertAndMassingForcesAreShowsOfForce() {
        assertThat(event(extract("ورفع الجيش التركي حالة التأهب القصوى."), "alert").cameo()).isEqualTo("150");
        assertThat(event(extract("ووضعت إيران قواتها في حالة تأهب."), "alert").sourceKey()).isEqualTo("country/IR");
        Event massed = event(extract("وحشدت روسيا قوات على الحدود مع أوكرانيا."), "mobilize");
        assertThat(massed.cameo()).isEqualTo("154");
        assertThat(massed.sourceKey()).isEqualTo("country/RU");
        assertThat(events(extract("ورفع رئيس البرلمان التركي الجلسة."), "alert")).isEmpty();
    }

    // ------------------------------------------------------------- 16 relations

    @Test
    void anEnvoySummonedReducesRelationsWithHisCountryAndBordersClosedAimAtTheNeighbour() {
        Event e = event(extract("واستدعت وزارة الخارجية المصرية السفير التركي."), "summon-envoy");
        assertThat(e.cameo()).isEqualTo("160");
        assertThat(e.targetKey()).isEqualTo("country/TR");
        Event closed = event(extract("وأغلقت تركيا مجالها الجوي أمام الطائرات الروسية."), "close-borders-to");
        assertThat(closed.sourceKey()).isEqualTo("country/TR");
        assertThat(closed.targetKey()).isEqualTo("country/RU");
    }

    // ------------------------------------------------------------- 17 coercion

    @Test
    void aBroadcastStoppedIsCensorshipNotAnArrest() {
        Extraction x = extract("وأوقفت السلطات المصرية بث قناة الجزيرة.");
        Event e = event(x, "censor");
        assertThat(e.cameo()).isEqualTo("1721");
        assertThat(e.sourceKey()).isEqualTo("country/EG");
        assertThat(events(x, "arrest")).isEmpty();
        assertThat(event(extract("وأوقفت الشرطة المصرية الصحفي محمد علي."), "arrest").sourceKey()).isEqualTo("org/EG/police");
    }

    @Test
    void aGroupListedAsTerroristIsBanned() {
        Event e = event(extract("وصنفت الحكومة المصرية جماعة الإخوان المسلمين منظمة إرهابية."), "terror-listing");
        assertThat(e.cameo()).isEqualTo("1722");
        assertThat(e.targetKey()).startsWith("org/");
        assertThat(e.sourceKey()).isNotNull().isNotEqualTo(e.targetKey());
    }

    @Test
    void custodyDeportationAndRemovalFromOfficeAreCoercion() {
        Event held = event(extract("ووضعت قوات الأمن المصرية الرئيس محمد مرسي قيد الاحتجاز."), "custody");
        assertThat(held.cameo()).isEqualTo("173");
        assertThat(held.targetKey()).isEqualTo("person/mohamed-morsi");
        assertThat(event(extract("وأبعدت السلطات المصرية الصحفي الأمريكي جون سميث."), "deport").cameo()).isEqualTo("174");
        assertThat(event(extract("وأزاح الجيش التركي الرئيس محمد مرسي."), "dismiss").sourceKey()).isEqualTo("org/TR/army");
        assertThat(event(extract("وألقت الشرطة المصرية القبض على الرئيس محمد مرسي."), "arrest").targetKey())
                .isEqualTo("person/mohamed-morsi");
    }

    // ------------------------------------------------------------- 18 and 19 force

    @Test
    void theGenitiveBeforeThePremisesStormedIsWhoStormsNotWhomItBefalls() {
        Extraction x = extract("وأدانت فرنسا اقتحام مسلحين مقر التلفزيون الرسمي.");
        assertThat(event(x, "storm").sourceKey()).isEqualTo("group/gunmen");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("group/gunmen");
        assertThat(event(extract("واجتاح المحتجون ساحة البرلمان."), "storm-by-crowd").sourceKey()).isEqualTo("group/protesters");
    }

    @Test
    void hostagesTakenAreAHostageTakingNotAnArrest() {
        Extraction x = extract("واحتجز المسلحون رهائن في المبنى.");
        assertThat(event(x, "take-hostages").cameo()).isEqualTo("181");
        assertThat(events(x, "arrest")).isEmpty();
    }

    @Test
    void anOffensiveLaunchedWithItsSubjectBetweenIsMilitaryForce() {
        Event e = event(extract("وشن الجيش التركي هجمات على مواقع المتمردين."), "launch-offensive");
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.sourceKey()).isEqualTo("org/TR/army");
        assertThat(e.targetKey()).isEqualTo("group/rebels");
        assertThat(events(extract("وشنت القوات التركية عملية عسكرية في شمال البلاد."), "launch-offensive")).hasSize(1);
        assertThat(events(extract("وصدت القوات التركية هجوما واسعا شنه المتمردون على المدينة."), "attack")).hasSize(1);
    }

    @Test
    void anAttemptOnALifeIsNoAssassinationAndDawnIsNoBombing() {
        Extraction x = extract("ونجا الرئيس الفرنسي إيمانويل ماكرون من محاولة اغتيال نفذها مسلحون.");
        assertThat(events(x, "assassinate")).isEmpty();
        assertThat(event(x, "attempt-assassinate").cameo()).isEqualTo("185");
        assertThat(noEventWithCode(extract("وفجر الجمعة، تظاهر آلاف المحتجين في العاصمة."), "18")).isTrue();
    }

    @Test
    void aNegatedActOrderedIsNoAct() {
        Extraction x = extract("وأمر الرئيس الأمريكي جو بايدن قوات الأمن بعدم إطلاق النار على المحتجين.");
        assertThat(noEventWithCode(x, "19")).isTrue();
        assertThat(event(x, "order").sourceKey()).isEqualTo("person/joe-biden");
    }

    // ------------------------------------------------------------- words that are no trigger here

    @Test
    void commonVerbsWithOtherObjectsAreNoEvents() {
        assertThat(extract("ونشر الرئيس الأمريكي جو بايدن مقالا في الصحيفة.").events()).isEmpty();
        assertThat(extract("وحل الرئيس الأمريكي جو بايدن ضيفا على قطر.").events()).isEmpty();
        assertThat(extract("وقاد الرئيس الأمريكي جو بايدن سيارته إلى القصر.").events()).isEmpty();
        assertThat(extract("وأخذ الرئيس الأمريكي جو بايدن الكلمة.").events()).isEmpty();
    }

    @Test
    void supportSaidWithThePresentOrFeminineVerbIsSupportOfItsObject() {
        Event inClause = event(TestLexicons.extractShipped("وقال المتحدث باسم الخارجية الصينية وانغ ون بين إن بكين \"تدعم باكستان\" في هذه الأزمة.", LocalDate.of(2024, 5, 20)), "support");
        assertThat(inClause.sourceKey()).isEqualTo("country/CN");
        assertThat(inClause.targetKey()).isEqualTo("country/PK");
        assertThat(event(TestLexicons.extractShipped("ودعمت تركيا الحكومة الليبية في الأزمة.", LocalDate.of(2024, 5, 20)), "support").sourceKey()).isEqualTo("country/TR");
        assertThat(events(TestLexicons.extractShipped("وقال الوزير إن دعم الحكومة للمزارعين مستمر.", LocalDate.of(2024, 5, 20)), "support")).isEmpty();
    }
}

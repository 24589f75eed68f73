package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;
import static org.newsgraph.extract.ar.TestLexicons.events;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Actors as unseen articles name them (session 11): people after titles the lexicon lacked or wrote only one way
 * (a prime minister in construct before the country, an inspector general, a commissioner), after a field of the
 * office with ل and the article, after the province an office governs. Short sentences of our own, read with every
 * shipped lexicon.
 */
class ArabicActorsS11Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. titles

    @Test
    void aPrimeMinisterInConstructBeforeTheCountryNamesTheHolder() {
        Extraction x = extract("وقال رئيس وزراء ماليزيا أنور إبراهيم إن الاقتصاد بخير.");
        assertThat(rolesOf(x, "أنور إبراهيم")).extracting(Role::office).contains("prime-minister");
        assertThat(rolesOf(x, "أنور إبراهيم")).extracting(Role::organizationKey).contains("country/MY");
        Extraction y = extract("والتقت رئيسة وزراء الدنمارك ميته فريدريكسن نظيرها السويدي أمس.");
        assertThat(rolesOf(y, "ميته فريدريكسن")).extracting(Role::organizationKey).contains("country/DK");
    }

    @Test
    void anInspectorGeneralOfAForceNamesTheHolder() {
        Extraction x = extract("وأعلن المفتش العام للشرطة عثمان بابا إغلاق الطرق المؤدية إلى العاصمة.");
        assertThat(rolesOf(x, "عثمان بابا")).extracting(Role::office).contains("inspector-general");
        Extraction y = extract("وقالت المفتشة العامة للقوات المسلحة ماريا لوبيز إن التحقيق مستمر.");
        person(y, "ماريا لوبيز");
    }

    @Test
    void aCommissionerNamesTheHolder() {
        Extraction x = extract("وقال المفوض الأوروبي لشؤون الهجرة، ماركوس شيناس، إن الحدود مفتوحة.");
        person(x, "ماركوس شيناس");
        Extraction y = extract("وحذر مفوض الاتحاد الأفريقي بانكولي أديوي من تدهور الوضع.");
        person(y, "بانكولي أديوي");
    }

    // 2. what stands between a title and its holder

    @Test
    void aFieldWithTheArticleAfterATitleIsNoPartOfTheName() {
        Extraction x = extract("وقالت المفوضة الأوروبية للشؤون الداخلية، آنا كارلسون، إن الحدود أوروبية.");
        person(x, "آنا كارلسون");
        Extraction y = extract("وقال وزير الدولة للشؤون الخارجية كوفي مينساه إن بلاده لن تتراجع.");
        person(y, "كوفي مينساه");
        Extraction z = extract("وقال نائب الأمين العام للشؤون السياسية والأمنية بيتر مولر إن الوضع مقلق.");
        person(z, "بيتر مولر");
    }

    @Test
    void aFieldWithTheArticleAndNoHolderAfterItIsNoTitle() {
        Extraction x = extract("وقال الرئيس للصحفيين إن الوضع مستقر في البلاد.");
        assertThat(labels(x)).noneMatch(l -> l.contains("للصحفيين"));
    }

    @Test
    void theProvinceAnOfficeGovernsStandsBetweenTitleAndHolder() {
        Extraction x = extract("وأعلن حاكم ولاية لاغوس، أديمولا تايو، فرض حظر تجول في الولاية.");
        assertThat(rolesOf(x, "أديمولا تايو")).extracting(Role::office).contains("governor");
        Extraction y = extract("وقال محافظ إقليم كربلاء حسين جواد إن الزوار بخير.");
        person(y, "حسين جواد");
    }

    // 3. event codes

    @Test
    void aSuspensionOfMembershipAnnouncedOrDecidedIsTheBodysActOnTheMember() {
        Event e = event(extract("وأعلن الاتحاد الأفريقي اليوم الخميس تعليق عضوية غينيا في المنظمة بأثر فوري."),
                "suspend-membership");
        assertThat(e.cameo()).startsWith("16");
        assertThat(e.sourceKey()).isEqualTo("org/african-union");
        assertThat(e.targetKey()).isEqualTo("country/GN");
        Event f = event(extract("وقررت منظمة الدول الأمريكية تجميد عضوية فنزويلا."), "suspend-membership");
        assertThat(f.sourceKey()).isEqualTo("org/oas");
        assertThat(f.targetKey()).isEqualTo("country/VE");
        // in the genitive of the forces sent stands their owner, not whom a deployment targets
        assertThat(extract("وأعلنت الحكومة نشر قوات الجيش في العاصمة.").events())
                .noneMatch(x -> "org/african-union".equals(x.targetKey()));
    }

    @Test
    void leavingOnesOfficeIsSteppingDown() {
        Event e = event(extract("وترك الرئيس الأرجنتيني ألبرتو فرنانديز منصبه بعد أسبوع من الاحتجاجات."), "leave-office");
        assertThat(e.cameo()).isEqualTo("0831");
        assertThat(e.sourceKey()).isNotNull();
        Extraction x = extract("وقالت الخارجية الروسية إن الرئيس البيروفي بيدرو كاستيو قرر ترك منصب الرئيس ومغادرة البلاد.");
        assertThat(events(x, "leave-office")).hasSize(1);
        Extraction y = extract("وغادر رئيس الوزراء البريطاني السلطة بعد هزيمة حزبه.");
        assertThat(events(y, "leave-office")).hasSize(1);
    }

    @Test
    void leavingAPlaceOrThingIsNoSteppingDown() {
        assertThat(events(extract("وغادر الوفد الأرجنتيني البلاد مساء الأحد."), "leave-office")).isEmpty();
        assertThat(events(extract("وترك الجنود الأرجنتينيون أسلحتهم في الثكنة."), "leave-office")).isEmpty();
    }

    // 4. one node for one actor

    private static java.util.List<String> mentionsOf(Extraction x, String anchor) {
        return x.mentions().stream().filter(m -> m.anchor().equals(anchor)).map(m -> m.actorKey()).toList();
    }

    @Test
    void aListedPersonsSurnameAloneIsThatPersonNotARelativeNamedInPassing() {
        Extraction x = extract("وقال الرئيس الإيراني حسن روحاني إن شقيقه محمود روحاني لن يترشح. وأضاف روحاني أن الانتخابات نزيهة.");
        assertThat(mentionsOf(x, "روحاني")).containsOnly("person/hassan-rouhani");
        person(x, "محمود روحاني");
        Extraction y = extract("وقالت رئيسة الوزراء البريطانية السابقة ليز تراس إن الاتفاق صامد. وأضافت تراس أن لندن ملتزمة به.");
        assertThat(mentionsOf(y, "تراس")).containsOnly("person/liz-truss");
    }

    @Test
    void aSurnameTwoListedPeopleShareIsNeither() {
        Extraction x = extract("والتقى الرئيس اللبناني جوزيف عون الرئيس السابق ميشال عون. وقال عون إن الحكومة ستتشكل قريبا.");
        assertThat(mentionsOf(x, "عون")).isEmpty();
    }

    @Test
    void aListedSurnameAloneIsNoOneBeforeTheFullNameWasRead() {
        Extraction x = extract("وشاهد الزوار الأسد في حديقة الحيوان بالعاصمة.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("person/bashar-al-assad"));
    }

    // round 2. 1. a force with its nationality is that country's force

    private static org.newsgraph.extract.Actor actorKeyed(Extraction x, String key) {
        return x.actors().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no actor " + key + " in " + x.actors()));
    }

    @Test
    void anArmyWithItsNisbaIsThatCountrysArmy() {
        Extraction x = extract("وقال الجيش الباكستاني إنه قتل عشرة مسلحين قرب الحدود.");
        assertThat(actorKeyed(x, "org/PK/army").labelAr()).isEqualTo("الجيش الباكستاني");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("group/army"));
        Extraction y = extract("وأطلقت الشرطة الكينية الغاز المسيل للدموع على المحتجين في نيروبي.");
        actorKeyed(y, "org/KE/police");
        Extraction z = extract("واعتقلت قوات الأمن الإيرانية عشرات الطلاب في طهران.");
        assertThat(actorKeyed(z, "org/IR/security-forces").labelAr()).isEqualTo("قوات الأمن الإيرانية");
        Extraction w = extract("وانتشر جيش مدغشقر في شوارع العاصمة.");
        actorKeyed(w, "org/MG/army");
    }

    @Test
    void theForceAloneAfterItsNationalNameIsTheSameForce() {
        Extraction x = extract("وقصف الجيش الإسرائيلي مواقع في الجنوب. وقال الجيش إن العملية انتهت.");
        assertThat(x.actors()).extracting(org.newsgraph.extract.Actor::key).contains("org/IL/army")
                .doesNotContain("group/army");
        Extraction y = extract("وقال الجيش إن العملية انتهت في الشمال.");
        actorKeyed(y, "group/army");
        Extraction z = extract("وانتشرت الشرطة النيبالية في العاصمة. وقال قائد الشرطة الجنرال راميش كومار إن الوضع هادئ.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("group/police"));
        assertThat(z.actors()).noneMatch(a -> a.key().equals("group/police"));
        Extraction w = extract("البرازيل: الشرطة تعتقل عشرين محتجا\nواعتقلت الشرطة البرازيلية عشرين محتجا في ساو باولو.");
        assertThat(w.actors()).noneMatch(a -> a.key().equals("group/police"));
        Extraction v = extract("وقال الجيش الأمريكي إن الجيش الروسي قصف مواقع. وأضاف الجيش أن الوضع خطير.");
        actorKeyed(v, "group/army");
    }

    // round 2. 3. the outlet that filed the story is no actor of it

    @Test
    void theOutletInTheDatelineIsNoActor() {
        Extraction x = extract("البيرو تعلن الطوارئ\nليما - يورونيوز\nأعلنت الحكومة البيروفية حالة الطوارئ في العاصمة.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("org/euronews"));
        Extraction y = extract("أنقرة/ الأناضول\nقال وزير الخارجية التركي إن بلاده تدعم الحوار.");
        assertThat(y.actors()).noneMatch(a -> a.key().equals("org/anadolu"));
        Extraction z = extract("سكاي نيوز عربية - أبوظبي\nأعلنت الحكومة الأردنية استقالتها.");
        assertThat(z.actors()).noneMatch(a -> a.key().equals("org/sky-news-arabia"));
        Extraction w = extract("نيروبي (رويترز) - قالت الشرطة الكينية إنها اعتقلت عشرة أشخاص.");
        assertThat(w.actors()).noneMatch(a -> a.key().equals("org/reuters"));
    }

    @Test
    void anOutletTheStoryMakesActIsAnActor() {
        Extraction x = extract("ليما - يورونيوز\nوقالت قناة الجزيرة إن مراسلها اعتقل في العاصمة.");
        actorKeyed(x, "org/al-jazeera");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Statement;

/** One rule per test, each on short sentences written for it. Published on a Saturday unless said otherwise. */
class ArabicRulesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2022, 1, 8);

    private static Extraction extract(String text) {
        return extract(text, SATURDAY);
    }

    private static Extraction extract(String text, LocalDate published) {
        return TestLexicons.extract(text, published);
    }

    @Test
    void procliticsAreStrippedBeforeLookingUp() {
        Extraction x = extract("سافر الوزير بتركيا ثم وصل لإيران والنيجر وبفرنسا.");
        assertThat(x.mentions()).extracting(Mention::actorKey)
                .containsExactly("country/TR", "country/IR", "country/NE", "country/FR");
        assertThat(x.mentions()).extracting(Mention::anchor).containsExactly("تركيا", "إيران", "النيجر", "فرنسا");
    }

    @Test
    void aCapitalActingIsItsStateAndACapitalAfterAPrepositionIsAPlace() {
        Extraction x = extract("أنقرة ترفض العقوبات. ووصل الوفد إلى أنقرة.");
        assertThat(x.mentions()).extracting(Mention::actorKey).containsExactly("country/TR", "place/ankara");
    }

    @Test
    void aPassiveVerbTakesItsTargetAfterAndItsSourceFromTheAgentMarker() {
        Extraction x = extract("عُزل الوزير خالد عمر بقرار من الرئيس التركي رجب طيب أردوغان.");
        Event e = event(x, "dismiss");
        assertThat(e.sourceKey()).isEqualTo("person/recep-tayyip-erdogan");
        assertThat(e.targetKey()).isEqualTo(actor(x, "خالد عمر").key());
        assertThat(extract("وأقيل مدير المخابرات الوزير خالد عمر أمس.").events()).singleElement()
                .satisfies(d -> assertThat(d.sourceKey()).isNull());
    }

    @Test
    void aTargetMarkerMayBeAProclitic() {
        // armed forces toppling the president is a coup (the topple trigger's military reading)
        Extraction x = extract("وأطاح الجيش بالرئيس محمد بازوم فجر الأربعاء.");
        Event e = event(x, "coup");
        assertThat(e.sourceKey()).isEqualTo("group/army");
        assertThat(e.targetKey()).isEqualTo(actor(x, "محمد بازوم").key());
    }

    @Test
    void feminineAndPresentFormsOfATriggerAreFound() {
        Extraction past = extract("اعتقلت الشرطة التركية الصحفي أحمد يلماز.");
        Event e = event(past, "arrest");
        assertThat(e.sourceKey()).isEqualTo("org/TR/police");
        assertThat(e.targetKey()).isEqualTo(actor(past, "أحمد يلماز").key());
        Extraction present = extract("وتعتقل السلطات الإيرانية الصحفي أحمد يلماز منذ شهرين.");
        assertThat(event(present, "arrest").sourceKey()).isEqualTo("country/IR");
        Extraction warn = extract("ويحذر الرئيس الفرنسي إيران من أي تصعيد.");
        assertThat(event(warn, "warn").targetKey()).isEqualTo("country/IR");
    }

    @Test
    void anUnknownPersonAfterATitleIsAPersonWithThatRoleAndOneKeyForTheSurnameAlone() {
        Extraction x = extract("قال وزير الدفاع التركي خلوصي أكار إن بلاده لن تتراجع. وأضاف أكار أن الجيش جاهز.");
        Actor akar = actor(x, "خلوصي أكار");
        assertThat(akar.type()).isEqualTo(ActorType.PERSON);
        assertThat(akar.transliterated()).isTrue();
        assertThat(akar.key()).startsWith("name/").matches("name/[a-z0-9-]+");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(org.assertj.core.groups.Tuple.tuple(akar.key(), "minister-of-defence", "country/TR"));
        assertThat(x.mentions()).filteredOn(m -> m.actorKey().equals(akar.key())).extracting(Mention::anchor)
                .containsExactly("خلوصي أكار", "أكار");
        assertThat(x.statements()).extracting(Statement::speakerKey).containsOnly(akar.key());
    }

    @Test
    void theSameUnknownNameGetsTheSameKeyInAnotherArticle() {
        String a = actor(extract("قال الوزير خالد عمر إن الوضع مستقر."), "خالد عمر").key();
        String b = actor(extract("وانتقد المعارض خالد عُمَر الحكومة.", LocalDate.of(2024, 1, 1)), "خالد عُمَر").key();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aTitleAloneIsTheHolderTheLexiconGivesAtTheArticlesDate() {
        Extraction now = extract("وقال الرئيس التركي إن بلاده ستواصل العملية.", LocalDate.of(2023, 5, 1));
        assertThat(now.statements()).extracting(Statement::speakerKey).containsExactly("person/recep-tayyip-erdogan");
        Extraction later = extract("وقال الرئيس الأمريكي السابق إن الاتفاق سيئ.", LocalDate.of(2026, 3, 1));
        assertThat(later.statements()).extracting(Statement::speakerKey).containsExactly("person/joe-biden");
        assertThat(later.roles()).singleElement().satisfies(r -> assertThat(r.former()).isTrue());
    }

    @Test
    void institutionsTakeTheirNisbaOrElseTheArticlesCountry() {
        Extraction x = extract("قالت وزارة الدفاع الروسية إن قواتها انسحبت. وفي العراق، أعلنت وزارة الداخلية اعتقال "
                + "خمسة أشخاص في بغداد. وقالت مصادر عراقية إن العراق يراقب الوضع.");
        Actor mod = x.actors().stream().filter(a -> a.key().equals("org/RU/ministry-of-defence")).findFirst().orElseThrow();
        assertThat(mod.labelAr()).isEqualTo("وزارة الدفاع الروسية");
        assertThat(mod.labelEn()).isEqualTo("Ministry of Defence of Russia");
        assertThat(x.actors()).extracting(Actor::key).contains("org/IQ/ministry-of-interior");
    }

    @Test
    void weekdaysAndRelativeDaysResolveAgainstThePublicationDate() {
        assertThat(event(extract("اعتقلت الشرطة الخميس الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2022, 1, 6));
        assertThat(event(extract("اعتقلت الشرطة الأحد الماضي الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2022, 1, 2));
        assertThat(event(extract("اعتقلت الشرطة أمس الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2022, 1, 7));
        assertThat(event(extract("اعتقلت الشرطة صباح السبت الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2022, 1, 8));
        assertThat(event(extract("ستعتقل الشرطة الاثنين المقبل الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2022, 1, 10));
    }

    @Test
    void monthsOfBothSeriesAndYearsAreRead() {
        assertThat(event(extract("اعتقلت الشرطة في 5 أيار/مايو 2021 الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2021, 5, 5));
        assertThat(event(extract("اعتقلت الشرطة في تشرين الأول 2019 الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(new PartialDate(2019, 10, null));
        assertThat(event(extract("اعتقلت الشرطة عام 2015 الصحفي أحمد يلماز."), "arrest").date())
                .isEqualTo(PartialDate.ofYear(2015));
    }

    @Test
    void numbersInBothDigitSetsAndInWordsCountWhatFollowsThem() {
        assertThat(quantities("وأسفرت الاشتباكات عن مقتل ٢٦ محتجا.")).singleElement()
                .satisfies(q -> assertThat(q).extracting(Quantity::value, Quantity::counts, Quantity::approximate)
                        .containsExactly(26L, "killed", false));
        assertThat(quantities("وأسفرت الاشتباكات عن مقتل 26 محتجا.")).extracting(Quantity::value).containsExactly(26L);
        assertThat(quantities("وأرسلت فرنسا أكثر من مئة جندي إلى النيجر.")).singleElement()
                .satisfies(q -> assertThat(q).extracting(Quantity::value, Quantity::counts, Quantity::approximate)
                        .containsExactly(100L, "soldiers", true));
        assertThat(quantities("وأرسلت فرنسا ثلاثة آلاف جندي إلى النيجر.")).extracting(Quantity::value).containsExactly(3000L);
        assertThat(quantities("وأرسلت فرنسا عشرات الجنود إلى النيجر.")).singleElement()
                .satisfies(q -> assertThat(q.approximate()).isTrue());
    }

    private static List<Quantity> quantities(String text) {
        return extract(text).events().stream().flatMap(e -> e.quantities().stream()).toList();
    }

    @Test
    void aDeploymentToACityTargetsItsCountry() {
        Event e = event(extract("وأرسلت فرنسا 300 جندي إلى نيامي."), "deploy");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("country/NE");
        assertThat(e.quantities()).extracting(Quantity::value, Quantity::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(300L, "soldiers"));
        assertThat(extract("ونشرت الوزيرة تدوينة على حسابها.").events()).isEmpty();
    }

    @Test
    void aTriggerWithNoActorNearbyYieldsNoEvent() {
        assertThat(extract("وتم اعتقال عدد من الأشخاص بعد الاحتجاجات.").events()).isEmpty();
        assertThat(extract("وأصيب عدد من الأشخاص في الحادث.").events()).isEmpty();
    }

    @Test
    void aCasualtyCountIsAnEventEvenWithNoActor() {
        Event killed = event(extract("وقع انفجار كبير صباح اليوم وأسفر عن مقتل خمسة أشخاص."), "kill");
        assertThat(killed.sourceKey()).isNull();
        assertThat(killed.targetKey()).isNull();
        assertThat(killed.quantities()).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(5L))
                .satisfies(q -> assertThat(q.counts()).isEqualTo("killed"));
        assertThat(event(extract("وأصيب 40 شخصا في اشتباكات ليلية."), "injure").quantities())
                .extracting(q -> q.value()).containsExactly(40L);
    }

    @Test
    void chargesAreReadAfterTheirMarker() {
        assertThat(event(extract("اعتقلت السلطات التركية الصحفي أحمد يلماز بتهمة \"التجسس العسكري\"."), "arrest").charge())
                .isEqualTo("التجسس العسكري");
    }

    @Test
    void membershipListsMakeEachMemberAMember() {
        Extraction x = extract("والمجموعة الاقتصادية لدول غرب أفريقيا تضم: النيجر ومالي وبوركينا فاسو.");
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("country/NE", Relation.Kind.MEMBER_OF, "org/ecowas"),
                org.assertj.core.groups.Tuple.tuple("country/ML", Relation.Kind.MEMBER_OF, "org/ecowas"),
                org.assertj.core.groups.Tuple.tuple("country/BF", Relation.Kind.MEMBER_OF, "org/ecowas"));
    }

    @Test
    void kinshipLinksThePersonBeforeTheCueToThePersonAfterIt() {
        Extraction x = extract("وعين الوزير خالد عمر، وهو ابن أخت الرئيس التركي رجب طيب أردوغان، في المنصب.");
        assertThat(x.relations()).singleElement().satisfies(r -> {
            assertThat(r.subjectKey()).isEqualTo(actor(x, "خالد عمر").key());
            assertThat(r.kind()).isEqualTo(Relation.Kind.NEPHEW_OF);
            assertThat(r.objectKey()).isEqualTo("person/recep-tayyip-erdogan");
            assertThat(r.detail()).isEqualTo("son of his sister");
        });
    }

    @Test
    void aStatementHasItsSpeakerMediumQuoteAndWhatItIsAbout() {
        String text = "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني في تغريدة على تويتر: \"العقوبات الأمريكية على إيران غير قانونية\".";
        Extraction x = extract(text);
        Statement st = x.statements().get(0);
        assertThat(st.speakerKey()).isEqualTo(actor(x, "ناصر كنعاني").key());
        assertThat(st.medium()).isEqualTo("twitter");
        assertThat(st.quote()).isEqualTo("العقوبات الأمريكية على إيران غير قانونية");
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, st.quoteSpan().begin(), st.quoteSpan().length())).isEqualTo(st.quote());
        assertThat(st.aboutKeys()).contains("country/IR", "country/US");
    }

    @Test
    void linesPointingToOtherArticlesYieldNothing() {
        Extraction x = extract("اعتقلت الشرطة التركية الصحفي أحمد يلماز.\nاقرأ أيضا: فرنسا تدين اعتقال المعارض في إيران\n"
                + "وقال الوزير خالد عمر إن التحقيق مستمر.\nفرنسا تنتقد إيران\nإيران تعتقل صحفيا فرنسيا");
        assertThat(x.mentions()).extracting(Mention::actorKey).doesNotContain("country/FR", "country/IR");
        assertThat(x.events()).allMatch(e -> e.sentence() == 0 || e.sentence() == 2);
    }
    @Test
    void anAdverbOrASupportersNounEndsAnUnknownName() {
        Extraction x = extract("ودعا وزير الدفاع التركي مراد قوش أنصاره إلى الهدوء.");
        assertThat(x.actors()).extracting(Actor::labelAr).contains("مراد قوش").doesNotContain("مراد قوش أنصاره");
        Extraction jailed = extract("قرر القضاء حبس وزير الدفاع التركي مراد قوش احتياطيا.");
        assertThat(event(jailed, "arrest").targetKey()).isEqualTo(actor(jailed, "مراد قوش").key());
    }

    @Test
    void anAppealForAReleaseTakesThePersonReleasedAsTarget() {
        Extraction x = extract("وطالب الرئيس الفرنسي بالإفراج عن الصحفي أحمد يلماز.");
        assertThat(event(x, "demand").targetKey()).isEqualTo(actor(x, "أحمد يلماز").key());
    }

    @Test
    void coupLeadersAreAGroupAndAPresidentialGuardANationalInstitution() {
        Extraction x = extract("وهددت فرنسا بفرض عقوبات على قادة الانقلاب.");
        assertThat(event(x, "sanction").targetKey()).isEqualTo("group/putschists");
        Extraction guard = extract("واحتجز الحرس الرئاسي في النيجر الصحفي أحمد يلماز.");
        Event e = event(guard, "arrest");
        assertThat(e.sourceKey()).startsWith("org/").endsWith("/presidential-guard");
        assertThat(e.targetKey()).isEqualTo(actor(guard, "أحمد يلماز").key());
    }

    @Test
    void aSuspensionFromOfficeIsADismissal() {
        Extraction x = extract("وأعلنت وزارة الداخلية التركية تعليق مهام الصحفي أحمد يلماز.");
        Event e = event(x, "dismiss");
        assertThat(e.sourceKey()).isEqualTo("org/TR/ministry-of-interior");
        assertThat(e.targetKey()).isEqualTo(actor(x, "أحمد يلماز").key());
    }
    @Test
    void theMayorIsNotThePresident() {
        Extraction x = extract("وقال الرئيس التركي رجب طيب أردوغان إن القضاء مستقل. وانتقدت فرنسا اعتقال رئيس البلدية.");
        assertThat(x.events()).filteredOn(e -> e.sentence() == 1)
                .noneMatch(e -> "person/recep-tayyip-erdogan".equals(e.targetKey()));
    }
    @Test
    void belongingToAPartyIsMembership() {
        Extraction x = extract("وقال الوزير خالد عمر، المنتمي إلى حزب الشعب الجمهوري، إن الحكومة باقية.");
        String member = actor(x, "خالد عمر").key();
        assertThat(x.relations()).filteredOn(r -> r.kind() == Relation.Kind.MEMBER_OF).singleElement()
                .satisfies(r -> assertThat(r.subjectKey()).isEqualTo(member))
                .satisfies(r -> assertThat(r.objectKey()).startsWith("org/"));
    }
    @Test
    void aTitleBeforeASurnameGivenEarlierNamesTheSamePerson() {
        Extraction x = extract("وقال وزير الدفاع التركي مراد قوش إن الجيش جاهز. واحتجزت الشرطة الوزير قوش مساء الجمعة.");
        String kus = actor(x, "مراد قوش").key();
        assertThat(x.actors()).extracting(Actor::labelAr).doesNotContain("قوش");
        assertThat(event(x, "arrest").targetKey()).isEqualTo(kus);
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Role;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;

/**
 * Who is who inside an article, second part: a possessed "his country" or "her government" is the speaker's,
 * not the article's country; a collective of an organisation's members (its leaders, its foreign ministers, its
 * states) is that organisation; a partitive pronoun (بعضهم، عدد منهم) is the group named before; a resignation or
 * dismissal ends the office its subject held; two titles in a row after a verb of appointing or dismissing are
 * two people. Runs on the shipped lexicons; the sentences are our own.
 */
class ArabicWhoIsWhoS5Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 14);
    private static Extractor extractor;

    private static synchronized Extraction extract(String text) {
        if (extractor == null) {
            extractor = new ArabicExtractorFactory().create(LexiconReader.read());
        }
        return extractor.extract(new Article("test", text, null, "ar", PUBLISHED, null));
    }

    private static Set<String> keys(Extraction x) {
        return x.actors().stream().map(Actor::key).collect(Collectors.toSet());
    }

    /** The actors the mentions whose text starts with {@code word} stand for. */
    private static List<String> mentioned(Extraction x, String word) {
        return x.mentions().stream().filter(m -> m.anchor().startsWith(word)).map(Mention::actorKey).toList();
    }

    private static Role role(Extraction x, String office) {
        return x.roles().stream().filter(r -> r.office().equals(office)).findFirst().orElseThrow();
    }

    // ---- 1. his country, her government: the speaker's

    @Test
    void hisCountryInAForeignMinistersSpeechIsHisCountryNotTheArticles() {
        Extraction x = extract("تظاهر آلاف الكينيين في نيروبي ضد قانون المالية.\n"
                + "وقال وزير الخارجية الفرنسي جان نويل بارو إن بلاده تدين أعمال العنف في كينيا.");
        assertThat(mentioned(x, "بلاد")).containsExactly("country/FR");
        assertThat(events(x, "criticize")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/FR"));
    }

    @Test
    void herCountryAfterABodyOfAStateIsThatState() {
        Extraction x = extract("قصفت القوات الروسية مدينة خاركيف.\nوقالت الخارجية التركية إن بلادها مستعدة للوساطة.");
        assertThat(mentioned(x, "بلاد")).containsExactly("country/TR");
    }

    @Test
    void hisCountryOfAPersonTheLexiconKnowsIsTheCountryOfHisOffice() {
        Extraction x = extract("أغلقت إيران مجالها الجوي.\nوقال أردوغان إن بلاده لن تقبل بذلك.");
        assertThat(mentioned(x, "بلاد")).containsExactly("country/TR");
    }

    @Test
    void hisCountryOutsideSpeechIsTheSubjectsCountry() {
        Extraction x = extract("اندلعت اشتباكات في العاصمة السودانية.\nوأكد الرئيس الكيني وليام روتو التزام بلاده بالحوار.");
        assertThat(mentioned(x, "بلاد")).containsExactly("country/KE");
    }

    @Test
    void herGovernmentIsTheGovernmentOfTheSpeakersCountry() {
        Extraction x = extract("وقالت رئيسة الوزراء الإيطالية جورجا ميلوني إن حكومتها لن ترسل قوات إلى ليبيا.");
        assertThat(keys(x)).contains("org/IT/government");
        assertThat(mentioned(x, "حكومت")).containsExactly("org/IT/government");
    }

    @Test
    void theCountryWithoutAPronounStaysTheArticlesCountry() {
        Extraction x = extract("اعتقلت الشرطة التونسية عشرات المحتجين.\nوقال وزير الخارجية الفرنسي إن الوضع في البلاد مقلق.");
        assertThat(mentioned(x, "البلاد")).containsExactly("country/TN");
    }

    // ---- 2. collectives of an organisation's members

    @Test
    void theEuropeanLeadersAreTheUnionActing() {
        Extraction x = extract("وأدان القادة الأوروبيون الهجوم على المدنيين.");
        assertThat(events(x, "criticize")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/eu"));
    }

    @Test
    void theUnionAloneAfterItsFullNameIsThatUnion() {
        Extraction x = extract("عقد قادة الاتحاد الأوروبي قمة طارئة في بروكسل.\n"
                + "وقال وزراء خارجية الاتحاد إنهم سيفرضون عقوبات على روسيا.");
        assertThat(events(x, "sanction")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/eu");
            assertThat(e.targetKey()).isEqualTo("country/RU");
        });
    }

    @Test
    void theLeadersAndStatesOfAGroupAreThatGroup() {
        Extraction x = extract("ودعا زعماء مجموعة السبع إلى الهدوء.\nوطالبت دول الاتحاد الأفريقي بالإفراج عن المعتقلين.");
        assertThat(events(x, "appeal")).extracting(Event::sourceKey).containsExactly("org/g7");
        assertThat(events(x, "demand")).extracting(Event::sourceKey).containsExactly("org/african-union");
    }

    // ---- 3. partitives: some of them, a number of them

    @Test
    void someOfThemIsTheGroupNamedBefore() {
        Extraction x = extract("خرج آلاف المتظاهرين إلى شوارع العاصمة، وأحرق بعضهم مقر الحزب الحاكم.");
        assertThat(events(x, "set-fire")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
        assertThat(mentioned(x, "بعضهم")).containsExactly("group/protesters");
    }

    @Test
    void aNumberOfThemArrestedAreTheGroupNamedBeforeAndNoPerson() {
        Extraction x = extract("تجمع مئات المحتجين أمام البرلمان.\nواعتقلت الشرطة عددا منهم.");
        assertThat(events(x, "arrest")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("name/"));
    }

    @Test
    void aCountedPartitiveIsTheGroupAndItsNumber() {
        Extraction x = extract("تظاهر عشرات الآلاف من المحتجين في المدن الكبرى.\nواعتقلت الشرطة أكثر من 300 منهم.");
        assertThat(events(x, "arrest")).singleElement().satisfies(e -> {
            assertThat(e.targetKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).extracting(q -> q.value()).contains(300L);
        });
    }

    @Test
    void oneOfThemIsNoWeekday() {
        Extraction x = extract("تظاهر مئات الطلاب أمام الجامعة.\nوقتل أحدهم برصاص الشرطة.");
        assertThat(events(x, "kill")).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.sourceKey()).isEqualTo("group/police");
        });
    }

    // ---- 4. the end of an office

    @Test
    void aResignationEndsTheOfficeOnItsDay() {
        Extraction x = extract("أعلن وزير الصحة البيروفي خورخي لوبيز، الثلاثاء، استقالته من منصبه.");
        Role r = role(x, "minister-of-health");
        assertThat(r.until()).isEqualTo(PartialDate.of(LocalDate.of(2025, 5, 13)));
        assertThat(r.former()).isTrue();
    }

    @Test
    void aDismissalEndsTheOfficeOfThePersonDismissed() {
        Extraction x = extract("أقال الرئيس الغاني وزير المالية كين أوفوري أتا أمس.");
        Role r = role(x, "minister-of-finance");
        assertThat(r.until()).isEqualTo(PartialDate.of(LocalDate.of(2025, 5, 13)));
        assertThat(x.roles()).noneMatch(o -> o.office().equals("president") && o.personKey().equals(r.personKey()));
    }

    @Test
    void aPassiveDismissalEndsTheOfficeToo() {
        Extraction x = extract("أقيل قائد الشرطة الكينية دوغلاس كانجا من منصبه يوم الجمعة.");
        assertThat(x.roles()).singleElement().satisfies(r -> assertThat(r.until()).isNotNull());
    }

    @Test
    void theResigningPresidentIsAFormerHolder() {
        Extraction x = extract("وغادر الرئيس السريلانكي المستقيل غوتابايا راجاباكسا البلاد.");
        assertThat(role(x, "president").former()).isTrue();
    }

    @Test
    void anOfficeNoOneLeftHasNoEnd() {
        Extraction x = extract("قال وزير الصحة البيروفي خورخي لوبيز إن المستشفيات مكتظة.");
        assertThat(role(x, "minister-of-health").until()).isNull();
    }

    // ---- 5. two titles after a verb of appointing or dismissing are two people

    @Test
    void thePresidentDismissingTheMinisterIsNotTheMinister() {
        Extraction x = extract("أقال الرئيس الكيني وزير الداخلية كيثوري كينديكي.");
        assertThat(events(x, "dismiss")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNotEqualTo(e.targetKey());
            assertThat(e.targetKey()).startsWith("name/");
        });
        // the president, Kenya's at the article's date in the lexicon, keeps his own office, not the minister's
        assertThat(x.roles()).extracting(Role::personKey, Role::office).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("person/william-ruto", "president"),
                org.assertj.core.groups.Tuple.tuple(events(x, "dismiss").get(0).targetKey(), "minister-of-interior"));
    }

    @Test
    void aHostAndAForeignMinisterWithTheirOwnTitlesAreTwoPeople() {
        Extraction x = extract("واستقبل الرئيس المصري وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.");
        assertThat(x.roles()).noneMatch(r -> r.personKey().equals("person/antony-blinken") && r.office().equals("president"));
        assertThat(events(x, "meet")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("person/antony-blinken"));
    }

    @Test
    void anHonorificAfterACompleteTitleStillNamesItsHolder() {
        Extraction x = extract("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحوار.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("person/faisal-bin-farhan");
            assertThat(r.office()).isEqualTo("minister-of-foreign-affairs");
            assertThat(r.organizationKey()).isEqualTo("country/SA");
        });
    }

    @Test
    void thoseCountedAfterAPassiveAgentAreNotTheAgent() {
        Extraction x = extract("تظاهر آلاف المحتجين في العاصمة.\nوقتل خمسة أشخاص برصاص الشرطة.\nوأصيب العشرات منهم.");
        assertThat(events(x, "injure")).singleElement().satisfies(e -> {
            assertThat(e.targetKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(24L);
        });
    }

    @Test
    void hisCountryOfASpeakerWithNoKnownCountryStaysTheArticlesCountry() {
        Extraction x = extract("اعتقلت الشرطة التونسية عشرات المحتجين.\nوقال الناشط محمد الحاج إن بلاده تعيش أزمة.");
        assertThat(mentioned(x, "بلاد")).containsExactly("country/TN");
    }

    @Test
    void theArmyOfACountryNamedInTheConstructIsTheArmyWithThatCountry() {
        Extraction x = extract("وقال جيش ميانمار إنه سيجري انتخابات.");
        assertThat(events(x, "say")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/MM/army"));
        assertThat(keys(x)).contains("country/MM");
    }
}

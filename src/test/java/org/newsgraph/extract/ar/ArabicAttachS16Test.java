package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who did it, to whom (session 16): the doer of an act the sentence tells without it, read on sentences of the
 * shapes the blind articles of session 15 used. Short sentences of our own, on other countries and people.
 */
class ArabicAttachS16Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the article's one arresting hand

    private static final String RAID = "داهمت الشرطة الفرنسية عشرات المنازل واعتقلت 12 شخصا يشتبه في انتمائهم إلى جماعة متطرفة. "
            + "وقال الادعاء إن المجموعة خططت لهجوم على مقر الحكومة. وأضاف أن التحقيقات تشمل 30 شخصا. "
            + "وجرت معظم الاعتقالات في باريس، فيما أوقف مشتبه به في مدينة نيس. "
            + "وقالت الوزيرة إن الدولة ستتصدى لأعداء الديمقراطية. وأوضح الادعاء أن أعضاء الشبكة يؤمنون بنظريات مؤامرة. ";

    @Test
    void aPassiveArrestParagraphsAfterTheRaidIsTheOnlyArrestingBodys() {
        Extraction x = extract(RAID + "واعتُقل زعيم المجموعة جان دوبون في مدينة ليون.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("name/jean-dubun");
            assertThat(e.sourceKey()).isEqualTo("org/FR/police");
        });
    }

    @Test
    void anArrestAsANounFarAfterTheRaidIsTheOnlyArrestingBodysToo() {
        Extraction x = extract(RAID + "وكان زعيم المجموعة جان دوبون قد فر إلى بلجيكا قبل اعتقاله في بروكسل.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("name/jean-dubun");
            assertThat(e.sourceKey()).isEqualTo("org/FR/police");
        });
    }

    @Test
    void anArrestAfterSentencesOnOtherThingsIsOtherNews() {
        Extraction x = extract("داهمت الشرطة الفرنسية عشرات المنازل واعتقلت 12 شخصا. وتقع ليون على نهر الرون. "
                + "ويبلغ عدد سكانها نصف مليون. وهي ثالثة مدن البلاد. ويعمل فيها كثيرون في الصناعة. "
                + "واعتُقل زعيم المجموعة جان دوبون في مدينة ليون.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("name/jean-dubun");
            assertThat(e.sourceKey()).isNull();
        });
    }

    @Test
    void twoArrestingBodiesLeaveAFarPassiveArrestWithoutDoer() {
        Extraction x = extract(RAID + "واعتقل الجيش الفرنسي ثلاثة جنود في ثكنة قرب باريس. "
                + "وقال الوزير إن الجيش سيحقق في الأمر. وأضاف أن القضاء سيبت في الملف. وأكد أن الدولة قوية. "
                + "واعتُقل زعيم المجموعة جان دوبون في مدينة ليون.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("name/jean-dubun");
            assertThat(e.sourceKey()).isNull();
        });
    }

    // ------------------------------------------------------------- an actor inside a prepositional phrase

    @Test
    void theCountryAfterANounAfterAPrepositionIsNoSubjectOfTheNextVerb() {
        Extraction x = extract("داهمت الشرطة الفرنسية عشرات المنازل في أنحاء فرنسا واعتقلت 12 شخصا.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/FR/police"));
    }

    @Test
    void theCountryReferredToInsideAPrepositionalPhraseIsNoSubjectEither() {
        Extraction x = extract("داهمت الشرطة البيروفية مقرات حزب معارض في أنحاء البلاد واعتقلت 15 من قادته.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/PE/police"));
    }

    // ------------------------------------------------------------- the members of a body, with a pronoun

    @Test
    void aTeamOfItsInvestigatorsAfterTheComplementizerIsTheAnnouncingBody() {
        Extraction x = extract("وأعلنت هيئة مكافحة الفساد الكينية أن فريقا من محققيها اعتقل الوزير السابق جون موانغي في منزله.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/anti-corruption-agency");
            assertThat(e.targetKey()).isEqualTo("name/john-muangi");
        });
    }

    @Test
    void aForceOfItsMembersAfterTheVerbIsTheBodyNamedBefore() {
        Extraction x = extract("وجهت الشرطة الكينية تهمة الإرهاب إلى المعارض رايلا أودينغا، بعدما اقتحمت قوة من عناصرها "
                + "منزله في نيروبي واعتقلته فجر الثلاثاء.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    @Test
    void itsSoldiersRightBeforeTheVerbAreTheArmy() {
        Extraction x = extract("وقال الجيش المالي إن جنوده اعتقلوا القيادي المتمرد أحمد ولد سيدي قرب الحدود.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/ML/army"));
    }

    // ------------------------------------------------------------- a verbal noun's doer and its object with ل

    @Test
    void theGenitiveBeforeAnObjectWithLamIsWhoArrests() {
        Extraction x = extract("أدى رئيس البرلمان اليمين رئيسا مؤقتا، بعد ساعات من اعتقال الجيش للرئيس البوليفي إيفو موراليس في منزله.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("person/evo-morales");
        });
    }

    @Test
    void aDismissalByTheKingOfHisMinisterReadsTheSameWay() {
        Extraction x = extract("وجاءت إقالة الملك المغربي لرئيس الحكومة عبد الإله بنكيران بعد أشهر من الأزمة.");
        assertThat(coded(x, "172")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isNotEqualTo(e.targetKey())
                .isNotNull());
    }

    @Test
    void aTimeAfterTheGenitiveLeavesItWhomTheArrestBefell() {
        Extraction x = extract("وقالت الشرطة الكينية إن اعتقال المعارض رايلا أودينغا لساعات جاء بأمر من النيابة.");
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("person/raila-odinga"));
    }
}

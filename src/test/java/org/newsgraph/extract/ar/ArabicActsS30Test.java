package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Storming, raiding and seizing premises (session 30): storming a building is an assault (18x) whoever does it, a
 * crowd's aside (145); a police raid is coercion (17x); an unarmed crowd occupying or taking over a building riots
 * as when it storms it; hostages and people held with no one named as theirs are taken from the holder of the
 * premises the same doer stormed or seized before in the sentence; custody told as a state (فلان قيد الإقامة
 * الجبرية) holds the actor before its words, whoever announces it his holder; a verb joined by و shares the subject
 * of the verb opening the sentence even when no trigger reads that verb. Short sentences of our own, on other
 * countries and people.
 */
class ArabicActsS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- storming and raiding

    @Test
    void gunmenStormingAnEmbassyAssaultItsState() {
        Extraction x = extract("اقتحم مسلحون السفارة الإيطالية في كابول فجر الخميس واحتجزوا رهائن.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("org/IT/embassy");
        });
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void aPoliceRaidOnAPartysOfficeIsCoercion() {
        Extraction x = extract("داهمت الشرطة الكينية مقر الحزب الديمقراطي في نيروبي.");
        assertThat(coded(x, "170")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/police"));
        assertThat(coded(x, "18")).isEmpty();
        assertThat(coded(x, "19")).isEmpty();
    }

    // ------------------------------------------------------------- a crowd taking a building

    @Test
    void studentsOccupyingAnEmbassyRiotAgainstItsState() {
        Extraction x = extract("طلاب يحتلون السفارة البريطانية في نيروبي ويحتجزون عشرين رهينة.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("org/GB/embassy");
        });
        assertThat(coded(x, "192")).isEmpty();
    }

    @Test
    void protestersTakingControlOfTheGovernmentSeatRiot() {
        Extraction x = extract("سيطر المحتجون على مقر الحكومة في بيشكيك.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KG/government");
        });
    }

    @Test
    void studentsRankingFirstOccupyNothing() {
        Extraction x = extract("احتل الطلاب المركز الأول في المسابقة.");
        assertThat(x.events()).isEmpty();
    }

    // ------------------------------------------------------------- people held in the premises stormed

    @Test
    void hostagesTakenInAStormedEmbassyAreTakenFromIt() {
        // hostages counted one by one (عشرين رهينة) are no group of their own (الرهائن is: ArabicViolenceS31Test)
        Extraction x = extract("اقتحم مسلحون السفارة الإيطالية في كابول فجر الخميس واحتجزوا عشرين رهينة.");
        assertThat(coded(x, "181")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("org/IT/embassy");
        });
    }

    @Test
    void hostagesTakenByStudentsWhoOccupiedAnEmbassyAreTakenFromIt() {
        Extraction x = extract("طلاب يحتلون السفارة البريطانية في نيروبي ويحتجزون عشرين رهينة.");
        assertThat(coded(x, "181")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/GB/embassy"));
    }

    @Test
    void peopleArrestedInAStormedEmbassyAreTakenFromIt() {
        Extraction x = extract("اقتحمت قوات الأمن السفارة الكندية في كاراكاس واعتقلت عددا من الموظفين.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("org/CA/embassy");
        });
    }

    @Test
    void hostagesTakenByOthersThanTheStormersAreNotAimedAtThePremises() {
        Extraction x = extract("اقتحمت قوات الأمن السفارة الكندية في كاراكاس. واحتجز مسلحون رهائن في مدينة أخرى.");
        assertThat(coded(x, "181")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/CA/embassy"));
    }

    // ------------------------------------------------------------- custody told as a state

    @Test
    void aPresidentAnnouncedUnderHouseArrestIsHeldByTheAnnouncer() {
        Extraction x = extract("وأعلن الجيش البوليفي في بيان أن الرئيس إيفو موراليس \"قيد الإقامة الجبرية\".");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BO/army");
            assertThat(e.targetKey()).isEqualTo("person/evo-morales");
        });
    }

    @Test
    void oneWhoSaysHeIsUnderHouseArrestHoldsNoOne() {
        Extraction x = extract("وقال الناشط الأوغندي بوبي واين إنه قيد الإقامة الجبرية.");
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/bubi-wayn"));
    }

    @Test
    void aManPutUnderHouseArrestIsHeldOnce() {
        Extraction x = extract("ووضعت قوات الأمن رئيس الوزراء السوداني عبد الله حمدوك قيد الإقامة الجبرية.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("person/abdalla-hamdok");
        });
    }

    // ------------------------------------------------------------- the subject of a verb no trigger reads

    @Test
    void forcesDeployedThenFiringTearGasAreItsDoer() {
        Extraction x = extract("انتشرت قوات الأمن الكينية في الساحة وأطلقت الغاز المسيل للدموع على المحتجين.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void troopsAdvancingThenOpeningFireOnACrowdAreItsDoer() {
        Extraction x = extract("تقدمت قوات الجيش الكيني نحو الساحة وفتحت النار على المحتجين.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/army");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }
}

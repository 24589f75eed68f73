package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * Buildings and sites and the acts done to them (session 28): a palace, an air base, an airfield or a camp named by
 * its noun is a place wherever it stands, and an act on places (storming, attacking, bombing) with it as object is
 * aimed at it; its Arabic label is the name as written, its kind and its state's nisba included; raiding one from
 * the air is an air strike and encircling it a show of force; a mission abroad is labelled in English with the
 * place it is posted in, and a capital after a mission's noun stands for its state. Short sentences of our own, on
 * other countries and people.
 */
class ArabicPlacesS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- buildings and sites as objects

    @Test
    void aCampAttackedIsTheTarget() {
        Extraction x = extract("هاجم المتمردون معسكر كابانغا شرقي البلاد.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).startsWith("place/").contains("kabanga");
        });
    }

    @Test
    void aPalaceStormedByACrowdIsTheTarget() {
        Extraction x = extract("اقتحمت حشود من الطلاب قصر كوسوفيتش وحطمت صور الرئيس.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).contains("kusovich"));
    }

    @Test
    void anAirBaseBombedAfterATownIsTheTarget() {
        Extraction x = extract("قالت الحكومة إن طائرات حربية قصفت مدينة كيتا وقاعدة موروني الجوية.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.targetKey()).contains("muruni"));
        Actor base = x.actors().stream().filter(a -> a.key().contains("muruni")).findFirst().orElseThrow();
        assertThat(base.type()).isEqualTo(org.newsgraph.extract.ActorType.PLACE);
    }

    @Test
    void aSiteWhereTheActHappensIsNoTarget() {
        Extraction x = extract("هاجم المسلحون في مطار كيمبا الدولي الجنود.");
        assertThat(x.events()).allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).doesNotContain("kimba"));
    }

    @Test
    void aVerbOfShorteningIsNoPalace() {
        Extraction x = extract("قصر الوزير الدعم على المزارعين.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("place/"));
    }

    @Test
    void aBasesArabicLabelIsAsWrittenWithItsKindAndState() {
        Extraction x = extract("نقل الجرحى إلى قاعدة كيمبا الجوية الفرنسية ثم إلى مطار دوماسي العسكري.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("قاعدة كيمبا الجوية الفرنسية"));
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("مطار دوماسي العسكري"));
    }

    @Test
    void encirclingACampIsAShowOfForceAimedAtIt() {
        Extraction x = extract("وطوقت قوات الأمن معسكر كابانغا فجر اليوم.");
        assertThat(coded(x, "150")).anySatisfy(e -> assertThat(e.targetKey()).contains("kabanga"));
    }

    @Test
    void aLifebuoyIsNoEncircling() {
        Extraction x = extract("كان الاتفاق طوق النجاة للحكومة الكينية.");
        assertThat(coded(x, "150")).isEmpty();
    }

    @Test
    void planesRaidingAPalaceStrikeItFromTheAir() {
        Extraction x = extract("وأغارت طائرات القوات الجوية الكينية على قصر \"موراني\" قبيل الظهر.");
        assertThat(coded(x, "195")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/air-force");
            assertThat(e.targetKey()).contains("murani");
        });
    }

    // ------------------------------------------------------------- missions abroad

    @Test
    void aMissionsEnglishLabelHasThePlaceItIsPostedIn() {
        Extraction x = extract("ونفت السفارة الفرنسية في نيامي هذه الاتهامات.");
        Actor embassy = TestLexicons.actorByKey(x, "org/FR/embassy");
        assertThat(embassy).isNotNull();
        assertThat(embassy.labelEn()).isEqualTo("Embassy of France in Niamey");
        assertThat(embassy.labelAr()).isEqualTo("السفارة الفرنسية");
    }

    @Test
    void aBareMissionAfterSeveralIsTheOneNamedMost() {
        Extraction x = extract("اقتحم محتجون في النيجر السفارة الفرنسية في نيامي. وقالت الحكومة النيجرية إن السفارة "
                + "الفرنسية أغلقت أبوابها. وكانت السفارة النيجرية في باريس قد تلقت تهديدات. وتجمع المحتجون أمام السفارة.");
        assertThat(coded(x, "141")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/FR/embassy"));
        assertThat(coded(x, "141")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/NE/embassy"));
    }

    @Test
    void theBuildingAfterTheSubjectsFollowersIsWhatIsStormed() {
        Extraction x = extract("اقتحم مئات المحتجين من أنصار زعيم المعارضة مبنى السفارة الفرنسية في نيامي.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/FR/embassy"));
    }

    @Test
    void aCapitalAfterAMissionStandsForItsState() {
        Extraction x = extract("المغرب يستدعي السفير بعد اقتحام سفارة باريس في الرباط.");
        assertThat(TestLexicons.actorByKey(x, "org/FR/embassy")).isNotNull();
        assertThat(TestLexicons.actorByKey(x, "org/MA/embassy")).isNull();
    }
}

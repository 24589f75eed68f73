package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Force across borders (session 19): forces landing in (a show of force, 15x since session 21) or invading another
 * state, with both sides, and reactions to "the invasion" aimed at its doer. Short sentences of our own, on other countries and people.
 */
class ArabicInvadeS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- landing forces

    @Test
    void forcesOfANisbaLandingOnAnIslandShowForceToItsState() {
        Extraction x = extract("نزلت قوات بريطانية فجر الجمعة في جزيرة مالطا بعد انهيار الحكومة.");
        assertThat(coded(x, "15")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/GB");
            assertThat(e.targetKey()).isEqualTo("country/MT");
        });
    }

    @Test
    void unitsOfANisbaLandingOnACoast() {
        Extraction x = extract("ونزلت وحدات فرنسية من المظليين على ساحل جزر القمر صباح الأحد.");
        assertThat(coded(x, "15")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("country/KM");
        });
    }

    @Test
    void aStatesOwnArmyLandingAtHomeInvadesNoOne() {
        Extraction x = extract("ونزلت قوات الجيش الفلبيني في جزيرة مينداناو لملاحقة المتمردين.");
        assertThat(coded(x, "15")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/PH"));
    }

    @Test
    void tanksSentIntoTheStreetsAtHomeLandNowhere() {
        Extraction x = extract("وأنزل قائد المنطقة العسكرية الدبابات إلى شوارع مدينة بورتو.");
        assertThat(coded(x, "15")).isEmpty();
    }

    @Test
    void protestersGoingDownToTheStreetsLandNowhere() {
        Extraction x = extract("ونزل آلاف المحتجين إلى الشوارع في مدينة نابولي الإيطالية.");
        assertThat(coded(x, "15")).isEmpty();
    }

    // ------------------------------------------------------------- invading

    @Test
    void anArmyInvadingItsNeighbour() {
        // the forces with the state's nisba are that state's army (session 28): the invader is org/IQ/army
        Extraction x = extract("غزت القوات العراقية الكويت فجر الخميس الثاني من أغسطس.");
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/IQ/army");
            assertThat(e.targetKey()).isEqualTo("country/KW");
        });
    }

    @Test
    void theInvasionOfAStateByAnotherInTheGenitive() {
        Extraction x = extract("وبدأ غزو روسيا لأوكرانيا في فبراير، وفر ملايين السكان.");
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/RU");
            assertThat(e.targetKey()).isEqualTo("country/UA");
        });
    }

    @Test
    void goodsInvadingMarketsAreNoInvasion() {
        Extraction x = extract("غزت المنتجات الصينية الأسواق المصرية خلال العقد الماضي.");
        assertThat(coded(x, "19")).isEmpty();
    }

    // ------------------------------------------------------------- condemning the invasion

    @Test
    void condemningTheInvasionAimsAtTheForcesThatLanded() {
        Extraction x = extract("نزلت قوات بريطانية فجر الجمعة في جزيرة مالطا. "
                + "وفي روما، نددت الحكومة الإيطالية بالغزو، وطالبت بانسحاب القوات.");
        assertThat(coded(x, "11")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/IT/government");
            assertThat(e.targetKey()).isEqualTo("country/GB");
        });
    }

    @Test
    void objectingToTheMilitaryInterventionAimsAtTheInvader() {
        Extraction x = extract("غزت القوات العراقية الكويت فجر الخميس. "
                + "وأعلنت مصر رفضها للتدخل العسكري، ودانت السعودية الغزو بشدة.");
        assertThat(coded(x, "1")).filteredOn(e -> "country/SA".equals(e.sourceKey()))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/IQ/army"));
    }

    @Test
    void describingItAfterAnotherCondemnationAimsAtTheSameDoer() {
        Extraction x = extract("غزت القوات العراقية الكويت فجر الخميس. "
                + "وفي القاهرة، نددت الحكومة المصرية بالغزو، ووصفته وكالة الأنباء السعودية بأنه عدوان سافر.");
        assertThat(coded(x, "11")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isNotEqualTo("org/EG/government");
            assertThat(e.targetKey()).isEqualTo("org/IQ/army");
        });
    }

    @Test
    void criticisingItInTheNextSentenceAimsAtTheSameDoer() {
        Extraction x = extract("نزلت قوات بريطانية فجر الجمعة في جزيرة مالطا. "
                + "وفي روما، نددت الحكومة الإيطالية بالغزو. كما انتقدته تونس، التي طلبت عقد جلسة طارئة.");
        assertThat(coded(x, "11")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/TN");
            assertThat(e.targetKey()).isEqualTo("country/GB");
        });
    }

    @Test
    void aPronounAfterAnArrestIsNoCondemnationOfItsDoer() {
        Extraction x = extract("اعتقلت الشرطة الكينية الصحفي جون كاماو. وانتقدته الصحف الموالية للحكومة.");
        assertThat(coded(x, "11")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/KE/police"));
    }

    @Test
    void aNisbaOfAStateTheLexiconLacksStandsBetweenTheSubjectAndTheInvasion() {
        Extraction x = extract("نزلت قوات بريطانية فجر الجمعة في جزيرة مالطا. وطالبت الحكومة الكوبية بعقد جلسة طارئة. "
                + "وفي بلغراد، نددت الحكومة اليوغوسلافية بالغزو.");
        assertThat(coded(x, "11")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/GB"));
    }

    // ------------------------------------------------------------- resisting the invaders

    @Test
    void resistanceFromAnArmyIsForceOnTheInvaders() {
        Extraction x = extract("نزلت قوات بريطانية فجر الجمعة في جزيرة مالطا. "
                + "وواجه المظليون مقاومة عنيفة من الجيش المالطي قرب المطار.");
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/MT/army");
            assertThat(e.targetKey()).isEqualTo("country/GB");
        });
    }

    @Test
    void resistanceFromArmedMenOfANisbaAfterAnInvasion() {
        Extraction x = extract("غزت القوات العراقية الكويت فجر الخميس. "
                + "وتحدثت الأنباء عن مقاومة من المتطوعين الكويتيين المسلحين في العاصمة.");
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/KW");
            assertThat(e.targetKey()).isEqualTo("org/IQ/army");
        });
    }

    @Test
    void resistanceInPoliticsWithNoInvasionToldIsNoForce() {
        Extraction x = extract("واجهت الحكومة التونسية مقاومة شديدة من البرلمان لخطتها الاقتصادية.");
        assertThat(coded(x, "19")).isEmpty();
    }

    // ------------------------------------------------------------- the coup makers' hand

    @Test
    void aRemovalToldWithNoHandAfterACoupIsTheCoupMakers() {
        Extraction x = extract("أطاح الجيش البوليفي بالرئيس إيفو موراليس فجر الاثنين. "
                + "وأقيل رئيس البرلمان خوسيه غونزاليس من منصبه بعد ساعات.");
        assertThat(coded(x, "17")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BO/army");
            assertThat(e.targetKey()).contains("gunzalis");
        });
    }

    @Test
    void aRemovalAfterAFoiledCoupIsNoPutschistsAct() {
        Extraction x = extract("أعلن الرئيس إحباط محاولة انقلاب قادها ضباط من الجيش البوليفي. "
                + "وأقيل رئيس البرلمان خوسيه غونزاليس من منصبه بعد ساعات.");
        assertThat(coded(x, "17")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/BO/army"));
    }
}

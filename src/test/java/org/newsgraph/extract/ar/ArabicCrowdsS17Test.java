package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The repression of crowds, who and whom (session 17): the police or the army dispersing, firing on or detaining a
 * crowd named by what it does there (الحشود، الجموع، مثيري الشغب، المعتصمين), the crowd being the article's
 * protesters; fire opened with فتح; the agent of a killing after a bare number. Short sentences of our own, on other
 * countries and people.
 */
class ArabicCrowdsS17Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static final String KENYA = "خرج آلاف المتظاهرين في شوارع نيروبي احتجاجا على الضرائب. ";
    private static final String PERU = "خرج آلاف المتظاهرين في شوارع ليما. ";

    // ------------------------------------------------------------- a crowd noun is the article's protesters

    @Test
    void theCrowdsTearGassedToDisperseThemAreTheProtesters() {
        Extraction x = extract(KENYA + "واستخدمت الشرطة الكينية الغاز المسيل للدموع وخراطيم المياه لتفريق الحشود.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void theMassesFiredOnWithLiveRoundsInReportedSpeechAreTheProtestersToo() {
        Extraction x = extract(KENYA + "وقال سكان إن الجنود وعناصر الشرطة أطلقوا الرصاص الحي لتفريق الجموع.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void dozensOfRiotersArrestedAreTheProtesters() {
        Extraction x = extract(PERU + "واعتقلت الشرطة البيروفية العشرات من مثيري الشغب.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PE/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void thoseTakingPartInTheRiotsArrestedAreTheProtesters() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع ليما، وقالت الشرطة البيروفية إنها اعتقلت العشرات من "
                + "المشاركين في أعمال الشغب.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void theSitInDispersedIsTheProtesters() {
        Extraction x = extract(PERU + "وفرقت الشرطة البيروفية المعتصمين بالقوة.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aCrowdInAnArticleThatNamesNoProtestersIsNoOne() {
        Extraction x = extract("احتشدت الحشود في ساحة المدينة لاستقبال المنتخب الكيني. واستخدمت الشرطة الكينية "
                + "خراطيم المياه لتفريق الحشود.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/protesters"));
    }

    @Test
    void troopsMassedAndWhoseCrowdItIsAreNoProtesters() {
        Extraction x = extract("حشدت روسيا الحشود العسكرية على حدود أوكرانيا. وخرج متظاهرون في كييف.");
        assertThat(x.actors()).filteredOn(a -> a.key().equals("group/protesters")).singleElement();
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        Extraction y = extract("احتشدت جموع المصلين في المسجد. وخرج متظاهرون في القاهرة. واعتقلت الشرطة المصرية "
                + "عددا من جموع المصلين.");
        assertThat(y.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    // ------------------------------------------------------------- fire opened with فتح

    @Test
    void troopsOpeningFireOnProtestersTargetThem() {
        Extraction x = extract("تظاهر آلاف المحتجين في داكا. وفتح عناصر من الجيش البنغالي النار على متظاهرين "
                + "حاولوا اقتحام مقر البرلمان.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BD/army");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void policeOpeningFireOnTheCrowdsTargetTheProtesters() {
        Extraction x = extract("تظاهر آلاف المحتجين في داكا. وفتحت الشرطة البنغالية النار على الحشود.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BD/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void soldiersOpeningFireInWhatAGroupSaysAreTheForcesNamedBeforeNotTheSpeaker() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع كمبالا. وقالت منظمة هيومن رايتس ووتش إن قوات الأمن "
                + "الأوغندية قتلت 9 محتجين، عندما فتح جنود النار على متظاهرين تجمعوا في وسط المدينة.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).doesNotContain("human-rights-watch");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
        Extraction y = extract("خرج آلاف المتظاهرين في شوارع كمبالا. وقالت منظمة هيومن رايتس ووتش إن 9 أشخاص "
                + "قتلوا، عندما أطلق جنود النار على الحشود.");
        assertThat(coded(y, "180")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void openingAnInquiryIsNoFire() {
        Extraction x = extract("تظاهر آلاف المحتجين في داكا. وفتحت الشرطة البنغالية تحقيقا في أعمال العنف.");
        assertThat(coded(x, "19")).isEmpty();
    }

    // ------------------------------------------------------------- killed at the hands of

    @Test
    void dozensKilledAtTheHandsOfTheSecurityForcesAreKilledByThem() {
        Extraction x = extract(KENYA + "وقتل العشرات على أيدي قوات الأمن.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void protestersWhoMetTheirDeathAtTheHandsOfTheSecurityForcesWereKilledByThem() {
        Extraction x = extract(KENYA + "وقالت منظمات حقوقية إن عشرات المحتجين لقوا حتفهم على أيدي قوات الأمن.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    // ------------------------------------------------------------- protesters storming buildings

    @Test
    void protestersStormingTwoBuildingsNamedByADualStormTheFirstBody() {
        Extraction x = extract("تظاهر آلاف المحتجين في العاصمة الجورجية تبليسي، غداة اقتحام آلاف المحتجين مبنيي "
                + "البرلمان والرئاسة وإضرام النار فيهما.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/GE/parliament");
        });
    }

    @Test
    void aVerbAfterIdhOpensItsClauseWithItsOwnSubject() {
        Extraction x = extract("تظاهر آلاف المحتجين في العاصمة الجورجية تبليسي. وسرعان ما تحولت المظاهرة إلى "
                + "مواجهات، إذ رشق المحتجون قوات الأمن بالحجارة واقتحموا مقر البرلمان.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("group/security-forces");
        });
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/GE/parliament");
        });
    }

    // ------------------------------------------------------------- pushed back

    @Test
    void policePushingTheProtestersBackRepressThem() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع مانيلا. ودفعت الشرطة الفلبينية المحتجين إلى الوراء.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PH/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
        Extraction y = extract("خرج آلاف المتظاهرين في شوارع مانيلا. وصدت الشرطة الفلبينية الحشود إلى الوراء بالهراوات.");
        assertThat(coded(y, "175")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void theProtestersInTheGenitiveOfPushingAreWhomItIsDoneTo() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع مانيلا. وتقدمت الشرطة الفلبينية ببطء في صفوف متراصة "
                + "لدفع المحتجين إلى الخلف.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void pushingWithoutTheWayBackIsNoRepression() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع مانيلا. ودفعت الأزمة الحكومة الفلبينية إلى الاستقالة.");
        assertThat(coded(x, "17")).isEmpty();
    }

    // ------------------------------------------------------------- force answering an attack

    @Test
    void thePoliceAnsweringStonesWithTearGasAimItAtTheStoneThrowers() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع كيتو. ورشق المحتجون عناصر الشرطة الإكوادورية بالحجارة "
                + "والزجاجات الحارقة، فيما ردت الشرطة الإكوادورية بإطلاق الغاز المسيل للدموع والرصاص المطاطي.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/EC/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void answeringWithWaterCannonIsRepression() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع كيتو. ورشق المحتجون الشرطة الإكوادورية بالحجارة، "
                + "فردت الشرطة الإكوادورية بخراطيم المياه.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/EC/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
        Extraction y = extract("خرج آلاف المتظاهرين في شوارع كيتو. وردت الحكومة الإكوادورية على الانتقادات ببيان.");
        assertThat(coded(y, "17")).isEmpty();
    }
}

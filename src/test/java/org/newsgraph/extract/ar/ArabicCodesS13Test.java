package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The CAMEO code of the verbs news uses (session 13): acts whose trigger was never read, or read without the actor
 * that does it. Short sentences of our own, on other countries and people.
 */
class ArabicCodesS13Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- surrender

    @Test
    void rebelsSurrenderingToTheArmyIsAMilitarySurrender() {
        Extraction x = extract("استسلم المتمردون في الكونغو للجيش الكونغولي.");
        assertThat(coded(x, "0874")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/CD/army");
        });
    }

    @Test
    void announcingOnesSurrenderIsTheAnnouncersSurrender() {
        Extraction x = extract("أعلن المتمردون في الكونغو استسلامهم للجيش.");
        assertThat(coded(x, "0874")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/rebels"));
    }

    @Test
    void aSurrenderDecidedInTheSpeakersWordsIsTheSpeakers() {
        Extraction x = extract("قال قائد المتمردين في الكونغو: \"قررنا الاستسلام\".");
        assertThat(coded(x, "0874")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/rebels"));
    }

    @Test
    void aCallToSurrenderARefusalAndANegatedSurrenderAreNoSurrender() {
        assertThat(coded(extract("دعا الرئيس الكونغولي المتمردين إلى الاستسلام."), "087")).isEmpty();
        assertThat(coded(extract("رفض المتمردون في الكونغو الاستسلام للجيش."), "087")).isEmpty();
        assertThat(coded(extract("قال المتمردون في الكونغو إنهم لن يستسلموا."), "087")).isEmpty();
    }

    // ------------------------------------------------------------- release

    @Test
    void aCourtOrderingAReleaseIsTheCourtsRelease() {
        Extraction x = extract("أمرت المحكمة العليا في كينيا بالإفراج عن زعيم المعارضة رايلا أودينغا.");
        assertThat(coded(x, "0841")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/supreme-court");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    @Test
    void anArmyAnnouncingAReleaseReleases() {
        Extraction x = extract("أعلن الجيش السوداني الإفراج عن 20 معتقلا.");
        assertThat(coded(x, "0841")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/SD/army"));
    }

    @Test
    void whoWelcomesOrDemandsAReleaseDoesNotRelease() {
        assertThat(coded(extract("رحبت الولايات المتحدة بالإفراج عن زعيم المعارضة الكينية رايلا أودينغا."), "0841"))
                .allSatisfy(e -> assertThat(e.sourceKey()).isNull());
        assertThat(coded(extract("طالبت فرنسا الجيش في النيجر بالإفراج عن الرئيس محمد بازوم."), "0841"))
                .allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("country/FR"));
    }

    // ------------------------------------------------------------- verbal nouns joined by و

    @Test
    void theObjectOfAVerbalNounIsNoAgentOfTheNounJoinedToIt() {
        Extraction x = extract("كلف البرلمان القرغيزي، اليوم الأحد، رئيسه بتولي مهام رئيس الدولة، وذلك غداة تصويته على"
                + " عزل الرئيس صدر جباروف وإطلاق سراح رئيسة الوزراء السابقة روزا أوتونباييفا.");
        assertThat(coded(x, "0841")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("name/sadar-jbarov"));
        Extraction y = extract("صوت البرلمان القرغيزي على عزل الرئيس صدر جباروف واعتقال رئيسة الوزراء السابقة روزا"
                + " أوتونباييفا.");
        assertThat(coded(y, "173")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("name/sadar-jbarov"));
    }

    @Test
    void anAgentInTheGenitiveOfTheFirstNounStillActsInTheJoinedOne() {
        Extraction x = extract("أدى رئيس البرلمان اليمين بعد ساعات من اعتقال الجيش البوليفي للرئيس إيفو موراليس"
                + " في منزله وترحيله إلى المكسيك.");
        assertThat(coded(x, "174")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/BO/army"));
    }

    @Test
    void whoIsForcedToStepDownIsWhoHandsOverPower() {
        Extraction x = extract("دخلت قوات تابعة للاتحاد الأفريقي أراضي ليسوتو لإرغام رئيس الوزراء توم ثاباني على التنحي"
                + " وتسليم السلطة إلى البرلمان.");
        assertThat(coded(x, "0831")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isNotNull());
    }
}

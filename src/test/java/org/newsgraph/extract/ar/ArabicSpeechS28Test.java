package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Statements and reactions (session 28): a condemnation is aimed at whoever did the act it names, never at the
 * building or the body it befell; a call to stop an act is aimed at its doer; the speaker's kin set off by commas
 * after the speaker is no object. Short sentences of our own, on other countries and people.
 */
class ArabicSpeechS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- condemnations aimed at the doer

    @Test
    void condemningTheAttackOnAnEmbassyIsAimedAtTheCrowdThatStormedIt() {
        Extraction x = extract("اقتحم مئات المحتجين الغاضبين مبنى السفارة النرويجية في طهران فجر الجمعة. "
                + "وأدان وزير الخارجية النرويجي الهجوم على السفارة. كما دان الاتحاد الأوروبي الهجوم، وطالب السلطات "
                + "الإيرانية بحماية البعثات الدبلوماسية.");
        assertThat(coded(x, "111")).hasSize(2).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    // ------------------------------------------------------------- calls to stop an act

    @Test
    void aCallToStopTheBombingIsAimedAtTheBomberNotAtTheCountryInCrisis() {
        Extraction x = extract("اندلعت اشتباكات عنيفة في السودان بين الجيش السوداني وقوات الدعم السريع. وشنت القوات "
                + "التشادية غارات على مواقع في السودان. ودعت الصين إلى وقف القصف. وطالب الاتحاد الأفريقي بوقف الغارات.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CN");
            assertThat(e.targetKey()).isEqualTo("org/TD/army");
        });
        assertThat(coded(x, "100")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("org/TD/army");
        });
    }

    @Test
    void aCallForCalmStaysAimedAtTheCountryInCrisis() {
        Extraction x = extract("اندلعت اشتباكات عنيفة في السودان بين الجيش السوداني وقوات الدعم السريع. وشنت القوات "
                + "التشادية غارات على مواقع في السودان. ودعت البرازيل إلى الهدوء.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/BR");
            assertThat(e.targetKey()).isEqualTo("country/SD");
        });
    }

    // ------------------------------------------------------------- the speaker described between commas

    @Test
    void theSpeakersKinSetOffByCommasIsNotWhatHeCondemns() {
        Extraction x = extract("من جهته، وصف رئيس البرلمان الصومالي آدم محمد نور، شقيق حاكم إقليم بونتلاند سعيد "
                + "عبد الله دني، ما جرى بأنه كارثة.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).endsWith("adam-mohammed-nur");
            assertThat(e.targetKey()).isNull();
        });
    }
}

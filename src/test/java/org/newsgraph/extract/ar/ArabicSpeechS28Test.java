package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Statements and reactions (session 28): a condemnation is aimed at whoever did the act it names, never at the
 * building or the body it befell; the speaker's kin set off by commas after the speaker is no object. Short sentences
 * of our own, on other countries and people.
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

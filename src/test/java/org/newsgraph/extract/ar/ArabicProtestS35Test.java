package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Rejections and denials (session 35): a denial or rejection that names no one answers the act the article told
 * just before against the one denying or his country (an accusation, an expulsion), and is aimed at that act's
 * doer; after a plain statement or a third party's condemnation, or once the article has moved on, it stays aimed
 * at no one. Short sentences of our own, on other countries and people.
 */
class ArabicProtestS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aDenialAnswersTheAccuser() {
        Extraction x = extract("اتهمت الحكومة الكينية المعارضة بتدبير أعمال العنف. ونفت المعارضة ذلك في بيان.");
        assertThat(coded(x, "016")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/opposition");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aMinistryRejectingAnExpulsionOfItsCountryIsAimedAtTheExpellingState() {
        Extraction x = extract("طردت بولندا ثلاثة دبلوماسيين بيلاروسيين. ورفضت وزارة الخارجية البيلاروسية هذا القرار.");
        assertThat(coded(x, "120")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BY/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/PL");
        });
    }

    @Test
    void aDenialAfterAPlainStatementIsAimedAtNoOne() {
        Extraction x = extract("أعلن الرئيس الكيني أن البلاد مستقرة. ونفت المعارضة ذلك.");
        assertThat(coded(x, "016")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aDenialFarFromTheAccusationIsAimedAtNoOne() {
        Extraction x = extract("اتهمت الحكومة الكينية المعارضة بتدبير أعمال العنف. وهطلت أمطار غزيرة على نيروبي. "
                + "وارتفعت أسعار الشاي. وافتتح ملعب جديد في مومباسا. وتراجع سعر الوقود. ونفت المعارضة ذلك.");
        assertThat(coded(x, "016")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aRefusalAfterAThirdPartysCondemnationIsAimedAtNoOne() {
        Extraction x = extract("دانت وزارة الخارجية المصرية الهجوم الإسرائيلي على غزة. "
                + "ورفض متحدث باسم الجيش الإسرائيلي الرد على أسئلة الصحفيين.");
        assertThat(coded(x, "120")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/IL/army");
            assertThat(e.targetKey()).isNull();
        });
    }
}

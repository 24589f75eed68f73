package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations aimed at the doer of the act they name (session 34): the strike named by its bare noun (وصف الضربة
 * بأنها عدوان), and the act quoted after a ب written apart (ندد بـ"الاعتداء"). Short sentences of our own, on other
 * countries and people than the dev articles'.
 */
class ArabicCondemnS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theStrikeDescribedIsAimedAtWhoeverStruck() {
        Extraction x = extract("شنت إسرائيل غارات على ميناء الحديدة أمس. ووصف وزير الخارجية التركي الضربة بأنها عدوان سافر.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/hakan-fidan");
            assertThat(e.targetKey()).isEqualTo("country/IL");
        });
    }

    @Test
    void theStrikesCondemnedWithNoStrikerToldAreAimedAtNoOne() {
        Extraction x = extract("قتل عشرة أشخاص في انفجار هز سوقا في مدينة كيسمايو أمس. ودان وزير الخارجية التركي الضربات.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/hakan-fidan");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void anActQuotedAfterADetachedBaIsTheObjectCondemned() {
        Extraction x = extract("قصفت القوات الروسية مدينة خاركيف بالصواريخ أمس. "
                + "وندد رئيس الوزراء البولندي بـ\"الاعتداء\"، داعيا إلى محاسبة المسؤولين.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/PL");
            assertThat(e.targetKey()).isEqualTo("org/RU/army");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 18 (lead): a crowd told by its count keeps its size. Short sentences of our own, with the shipped
 * lexicons.
 */
class ArabicEventsS18Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    @Test
    void aCountOfPeopleGatheringIsTheProtestersAndTheProtestsSize() {
        Extraction x = extract("خرج المتظاهرون إلى شوارع ليما أمس. واحتشد نحو عشرين ألف شخص أمام مقر البرلمان.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(20000));
        });
    }

    @Test
    void aBareCountOfDemonstratorsKeepsItsSize() {
        Extraction x = extract("واعتقلت الشرطة عشرات المحتجين في كيتو. وتظاهر نحو خمسة آلاف في وسط المدينة.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(5000));
        });
    }

    // ------------------------------------------------- the genitive of a surrender is who gives in

    @Test
    void theGenitiveOfASurrenderIsWhoSurrenders() {
        Extraction x = extract("وجاء استسلام المتمردين للجيش المالي بعد مفاوضات استمرت يومين.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("0874");
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/ML/army");
        });
        Extraction bare = extract("وأعلن التلفزيون الرسمي في تشاد استسلام المسلحين صباح الثلاثاء.");
        assertThat(coded(bare, "08")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isNull();
        });
    }
}

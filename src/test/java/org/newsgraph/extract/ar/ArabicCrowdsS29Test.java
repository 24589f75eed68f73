package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Crowds counted after a verb of protest (session 29): "تظاهر الآلاف" is a protest by the protesters, with its size,
 * even when the article names the protesters nowhere else; a crowd gathering for another reason stays no one.
 */
class ArabicCrowdsS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void thousandsDemonstratingAreTheProtestersWithTheirNumber() {
        Extraction x = extract("وتظاهر الآلاف في العاصمة الكينية نيروبي ضد قانون الضرائب الجديد.");
        assertThat(coded(x, "141")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(1000));
        });
    }

    @Test
    void fiftyThousandPeopleStagingASitInAreTheProtesters() {
        Extraction x = extract("واعتصم نحو خمسين ألف شخص أمام مقر البرلمان الصربي في بلغراد.");
        assertThat(coded(x, "141")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(50000));
        });
    }

    @Test
    void aCountWhoseWordsSayWhoTheyAreIsNotMadeTheProtesters() {
        Extraction x = extract("وتظاهر عشرات من أنصار حركة النهضة أمام المحكمة في تونس.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/protesters"));
    }

    @Test
    void thousandsGatheringToCelebrateAreNoProtesters() {
        Extraction x = extract("واحتشد الآلاف في ساحة الاستقلال بالعاصمة احتفالا بفوز المنتخب الوطني.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/protesters"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Casualties counted after a verb of bringing about joined by و to the relative clause of an attack (session 33): the
 * killing is the attack's, done by its doer to whom it aimed at. Short sentences of our own, on other countries and
 * people than the dev articles'.
 */
class ArabicCasualtiesS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theKillingOfAnIndefiniteAttacksClauseIsByItsDoerOnItsTarget() {
        Extraction x = extract("شن مسلحون هجوما استهدف قافلة للشرطة الصومالية وأسفر عن مقتل 15 عنصرا.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("org/SO/police");
        });
    }

    @Test
    void theKillingAfterTheAttackWhichAimedAtAConvoyBefellThatConvoysForce() {
        Extraction x = extract("وقع في مقديشو أمس الهجوم الذي استهدف قافلة للشرطة الصومالية، وأسفر عن مقتل 15 عنصرا.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("org/SO/police");
        });
    }

    @Test
    void aClashBetweenTwoSidesTellsNoKiller() {
        Extraction x = extract("اندلعت اشتباكات بين الجيش الصومالي والمتمردين التي استهدفت القرية وأسفرت عن مقتل 15 شخصا.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isNull());
    }
}

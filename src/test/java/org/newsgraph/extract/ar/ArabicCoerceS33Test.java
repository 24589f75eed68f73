package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Coercion (session 33): the body a dissolution needs as its object is what is dissolved, never who dissolves it (a
 * headline's verbs joined by و share the subject before the first); a leader's state of emergency over البلاد is
 * aimed at the article's country with quotes around the measure's words too. Short sentences of our own, on other
 * countries and people.
 */
class ArabicCoerceS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theBodyDissolvedInAHeadlineIsTheTargetAndTheSubjectBeforeTheVerbsTheDoer() {
        Extraction x = extract("الجيش يعلق الدستور ويحل البرلمان ويعلن حالة الطوارئ في النيجر.");
        assertThat(coded(x, "1722")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("org/NE/parliament");
        });
        assertThat(coded(x, "1724")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }

    @Test
    void aDissolutionToldAsANounIsDoneToTheBodyInItsGenitive() {
        Extraction x = extract("حل البرلمان وتعليق الدستور في مالي.");
        assertThat(coded(x, "1722")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("org/ML/parliament");
        });
    }

    @Test
    void aMeasureInQuotesIsInForceOverTheAreaAfterThem() {
        Extraction x = extract("قالت مصادر في بنما إن التوتر تصاعد. "
                + "وأعلن الرئيس البنمي خوان ميندوزا \"حالة الحصار\" في البلاد.");
        assertThat(coded(x, "1724")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/PA"));
    }
}

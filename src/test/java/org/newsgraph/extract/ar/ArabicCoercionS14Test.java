package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who arrested, dismissed, banned or declared (session 14): acts of coercion whose doer is not the subject of their
 * sentence. Short sentences of our own, on other countries and people than the session's blind topics.
 */
class ArabicCoercionS14Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void goingFurtherThanThatExpelsNoOne() {
        Extraction x = extract("وذهب وزير الخارجية الكندي أبعد من ذلك، إذ قال إن الإجراء ينتهك القانون.");
        assertThat(coded(x, "174")).isEmpty();
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * A capital after من (session 32): after the noun of a verbal reaction it is the state that reacted, no place; after
 * any other noun it stays where something comes from. Sentences of our own.
 */
class ArabicCapitalsS32Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aCapitalAfterMinAfterACondemnationIsItsStateReacting() {
        Extraction x = TestLexicons.extractShipped("وقوبل قرار حل البرلمان بإدانة من لندن.", DAY);
        assertThat(x.actors()).extracting(Actor::key).contains("country/GB").doesNotContain("place/london");
    }

    @Test
    void aCapitalAfterMinAfterAJourneyStaysAPlace() {
        Extraction x = TestLexicons.extractShipped("ووصل الوزير إلى بماكو قادما من لندن مساء أمس.", DAY);
        assertThat(x.actors()).extracting(Actor::key).contains("place/london").doesNotContain("country/GB");
    }
}

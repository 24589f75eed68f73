package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A body the lexicon lists, written with its name in quotation marks after its noun (قناة "الجزيرة"), is that
 * body, not a new organisation of the same name (session 28). Short sentences of our own.
 */
class ArabicQuotedBodiesS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    @Test
    void aListedChannelInQuotesIsTheListedChannel() {
        Extraction x = TestLexicons.extractShipped("وأغلقت الشرطة المصرية مكتب قناة \"الجزيرة\" في القاهرة.", PUBLISHED);
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/al-jazeera"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelEn()).containsIgnoringCase("Jazira"));
    }

    @Test
    void aChannelTheLexiconDoesNotListStaysANewBodyOfThatName() {
        Extraction x = TestLexicons.extractShipped("وقالت قناة \"النهار الجديد\" إن الشرطة أوقفت مديرها.", PUBLISHED);
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).contains("النهار الجديد"));
    }
}

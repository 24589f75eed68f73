package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Who is who (session 33): a surname the lexicon also knows as a country's name written without the article is the
 * person the article named in full. Sentences of our own.
 */
class ArabicWhoIsWhoS33Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aSurnameThatIsACountrysVariantIsThePersonNamedBefore() {
        Extraction x = TestLexicons.extractShipped("وقال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده قلقة من التصعيد. "
                + "وأدان كاميرون الهجوم على القافلة.", DAY);
        assertThat(x.actors()).noneMatch(a -> a.key().equals("country/CM"));
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/david-cameron");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void theCountryWithItsArticleStaysTheCountry() {
        Extraction x = TestLexicons.extractShipped("وقال وزير الخارجية البريطاني ديفيد كاميرون إن بلاده قلقة. "
                + "وأدانت الكاميرون الهجوم على القافلة.", DAY);
        assertThat(x.actors()).anyMatch(a -> a.key().equals("country/CM") && a.type() == ActorType.COUNTRY);
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/**
 * Numbers before the verb they count (session 23): a number, من and a group before its verb (إن 30 من المتمردين
 * قتلوا) counts those the verb befell. Short sentences of our own.
 */
class ArabicNumbers3S23Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    @Test
    void aNumberOfAGroupBeforeTheVerbCountsThoseItBefell() {
        Extraction x = extract("وقال قائد الجيش التشادي إن 40 من المتمردين قتلوا في المعارك قرب الحدود.");
        Event killed = TestLexicons.coded(x, "18").get(0);
        assertThat(killed.quantities()).extracting(Quantity::value).containsExactly(40L);
    }
}

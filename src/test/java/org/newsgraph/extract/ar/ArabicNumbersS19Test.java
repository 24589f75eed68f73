package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Numbers said with a fraction (session 19): half or a quarter of a million is the number, and the word for half is
 * no verb of describing. Short sentences of our own, on other countries and people.
 */
class ArabicNumbersS19Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static List<Long> values(Extraction x) {
        return x.events().stream().flatMap(e -> e.quantities().stream()).map(q -> q.value()).toList();
    }

    @Test
    void halfAMillionIsFiveHundredThousand() {
        Extraction x = extract("وخرج المحتجون إلى شوارع صوفيا للمطالبة باستقالة الحكومة. "
                + "وتظاهر نحو نصف مليون من المحتجين في العاصمة يوم الأحد.");
        assertThat(values(x)).contains(500_000L).doesNotContain(1_000_000L);
    }

    @Test
    void aQuarterOfAMillionAndAMillionAndAHalf() {
        assertThat(values(extract("وأعلنت الشرطة البيروفية اعتقال ربع مليون مهاجر خلال العام.")))
                .contains(250_000L).doesNotContain(1_000_000L);
        assertThat(values(extract("وأعلنت الشرطة البيروفية اعتقال مليون ونصف المليون مهاجر خلال العام.")))
                .contains(1_500_000L);
    }

    @Test
    void halfIsNoVerbOfDescribing() {
        // نصف reads as "we describe" (وصف) by its letters: a characterisation of the country with no speaker
        for (String text : List.of("وأحصت الصحف البلغارية نحو نصف مليون مشارك في المسيرة.",
                "وقال رئيس البرلمان السلوفيني إن نصف النواب غابوا عن الجلسة.")) {
            assertThat(x(text)).as(text).noneMatch(e -> e.cameo().startsWith("11"));
        }
    }

    @Test
    void theVerbOfDescribingStillReads() {
        assertThat(events(extract("ووصفت الخارجية الفنزويلية القرار الكولومبي بأنه عدائي."), "criticize"))
                .isNotEmpty();
    }

    private static List<Event> x(String text) {
        return extract(text).events();
    }
}

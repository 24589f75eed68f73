package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Numbers bound to their events (session 17): the count of those sent when troops or police are sent by number.
 * Short sentences of our own, on other countries and people.
 */
class ArabicNumbersS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    /** The largest number of the events of {@code trigger} in {@code text} (what the events query reads), or -1. */
    private static long largest(String text, String trigger) {
        List<Event> es = events(extract(text), trigger);
        return es.stream().flatMap(e -> e.quantities().stream()).mapToLong(q -> q.value()).max().orElse(-1);
    }

    // ------------------------------------------------------------- troops and police sent by number

    @Test
    void policeSentByNumberAreADeployment() {
        assertThat(largest("وأعلن وزير الداخلية البلجيكي أن بلاده أرسلت نحو 300 شرطي إلى الحدود.", "deploy"))
                .isEqualTo(300L);
        assertThat(largest("وأرسلت كينيا ألف شرطي إلى هايتي.", "deploy")).isEqualTo(1000L);
    }

    @Test
    void soldiersInTheSingularAfterHundredsAreADeployment() {
        assertThat(largest("وكان الرئيس الكيني قد أذن في مارس بنشر 700 عسكري في الصومال.", "deploy")).isEqualTo(700L);
    }

    @Test
    void personnelSentAsAVerbalNounAreADeployment() {
        assertThat(largest("وأعلنت الحكومة البرتغالية إرسال 150 عنصرا إضافيا من الشرطة إلى جزر الأزور.", "deploy"))
                .isEqualTo(150L);
    }

    @Test
    void aNumberOfSomethingElseSentIsNoDeployment() {
        assertThat(events(extract("وأرسلت الوزارة 300 رسالة إلى المواطنين."), "deploy")).isEmpty();
        assertThat(events(extract("ونشرت الصحيفة 12 صورة للمحتجين."), "deploy")).isEmpty();
        // a count of men sent nowhere said is too little to be sure of a deployment
        assertThat(events(extract("وقال الوزير إن بلاده أرسلت نحو 300 شرطي."), "deploy")).isEmpty();
    }
}

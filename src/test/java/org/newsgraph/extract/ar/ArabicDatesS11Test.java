package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PartialDate;

/** Session 11: a weekday in a clause about the future is the next such day, not the last. */
class ArabicDatesS11Test {

    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 8, 5);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, WEDNESDAY);
    }

    @Test
    void aWeekdayAfterAFutureVerbIsTheNextOne() {
        Extraction x = shipped("وأعلن الرئيس الفرنسي إيمانويل ماكرون أنه سيزور لبنان الخميس.");
        assertThat(event(x, "visit").date()).isEqualTo(PartialDate.of(LocalDate.of(2020, 8, 6)));
        Extraction y = shipped("ومن المقرر أن يلتقي الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني الجمعة.");
        assertThat(y.events()).isNotEmpty().allMatch(e -> PartialDate.of(LocalDate.of(2020, 8, 7)).equals(e.date()));
    }

    @Test
    void aWeekdayBeforeTheFutureVerbIsThePastDayOfTheSaying() {
        Extraction x = shipped("وقال الرئيس الفرنسي إيمانويل ماكرون الثلاثاء إنه سيزور لبنان.");
        assertThat(event(x, "say").date()).isEqualTo(PartialDate.of(LocalDate.of(2020, 8, 4)));
        Extraction y = shipped("وانتقد الرئيس الفرنسي إيمانويل ماكرون الاثنين الحكومة الإيرانية.");
        assertThat(y.events()).isNotEmpty().allMatch(e -> PartialDate.of(LocalDate.of(2020, 8, 3)).equals(e.date()));
    }

    @Test
    void aDayInDigitsWithMinBeforeTheMonth() {
        Extraction x = shipped("واعتقلت الشرطة الكينية المعارض رايلا أودينغا في 3 من مارس الماضي.");
        assertThat(event(x, "arrest").date()).isEqualTo(PartialDate.of(LocalDate.of(2020, 3, 3)));
    }
}

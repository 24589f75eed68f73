package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.PartialDate;

/** A weekday written with its day of the month: the day of the month gives the date. */
class ArabicDatesS15Test {

    private static PartialDate arrestDate(String text, LocalDate published) {
        return event(TestLexicons.extractShipped(text, published), "arrest").date();
    }

    @Test
    void aWeekdayBeforeItsDayOfTheMonthIsThatDayNotTheLatestSuchWeekday() {
        // published on a Saturday, 18 days after Tuesday 2 October
        assertThat(arrestDate("واعتقلت الشرطة يوم الثلاثاء 2 أكتوبر الصحفي المعارض.", LocalDate.of(2018, 10, 20)))
                .isEqualTo(PartialDate.of(LocalDate.of(2018, 10, 2)));
    }

    @Test
    void aCommaOrAlMuwafiqMayStandBetween() {
        assertThat(arrestDate("واعتقلت الشرطة، الأحد، 4 مارس، ثلاثة ناشطين.", LocalDate.of(2018, 3, 15)))
                .isEqualTo(PartialDate.of(LocalDate.of(2018, 3, 4)));
        assertThat(arrestDate("واعتقلت الشرطة يوم الأحد الموافق 4 مارس ثلاثة ناشطين.", LocalDate.of(2018, 3, 15)))
                .isEqualTo(PartialDate.of(LocalDate.of(2018, 3, 4)));
    }

    @Test
    void aWeekdayAloneIsStillTheLatestSuchDay() {
        assertThat(arrestDate("واعتقلت الشرطة يوم الثلاثاء الصحفي المعارض.", LocalDate.of(2018, 10, 20)))
                .isEqualTo(PartialDate.of(LocalDate.of(2018, 10, 16)));
    }
}

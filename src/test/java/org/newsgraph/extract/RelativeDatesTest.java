package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2022, 1, 8);

    @Test
    void aBareWeekdayIsTheLastSuchDayOnOrBeforePublication() {
        assertThat(RelativeDates.weekday(SATURDAY, DayOfWeek.THURSDAY, RelativeDates.Direction.BARE)).isEqualTo("2022-01-06");
        assertThat(RelativeDates.weekday(SATURDAY, DayOfWeek.SATURDAY, RelativeDates.Direction.BARE)).isEqualTo("2022-01-08");
    }

    @Test
    void lastAndNextAreStrictlyBeforeAndAfter() {
        assertThat(RelativeDates.weekday(SATURDAY, DayOfWeek.SUNDAY, RelativeDates.Direction.LAST)).isEqualTo("2022-01-02");
        assertThat(RelativeDates.weekday(SATURDAY, DayOfWeek.SATURDAY, RelativeDates.Direction.LAST)).isEqualTo("2022-01-01");
        assertThat(RelativeDates.weekday(SATURDAY, DayOfWeek.MONDAY, RelativeDates.Direction.NEXT)).isEqualTo("2022-01-10");
    }

    @Test
    void aDayAndMonthFallInThePublicationYearUnlessThatIsMonthsAhead() {
        assertThat(RelativeDates.monthDay(SATURDAY, 1, 6)).hasToString("2022-01-06");
        assertThat(RelativeDates.monthDay(SATURDAY, 12, 30)).hasToString("2021-12-30");
        assertThat(RelativeDates.monthDay(SATURDAY, 3, 2)).hasToString("2022-03-02");
        assertThat(RelativeDates.monthDay(LocalDate.of(2023, 3, 1), 2, 29)).isNull();
        assertThat(RelativeDates.month(SATURDAY, 5)).hasToString("2021-05");
    }
}

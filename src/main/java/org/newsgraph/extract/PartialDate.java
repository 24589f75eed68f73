package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A calendar date known to the day, the month or only the year ("in May 1992", "since 2016").
 *
 * @param year  the year
 * @param month 1 to 12, or {@code null} when only the year is known
 * @param day   1 to 31, or {@code null} when the day is not known; requires a month
 */
public record PartialDate(int year, Integer month, Integer day) {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException for 31 February and the like
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public boolean isFullDate() {
        return day != null;
    }

    /** The full date; only for {@link #isFullDate()}. */
    public LocalDate toLocalDate() {
        if (day == null) {
            throw new IllegalStateException("not a full date: " + this);
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * ISO 8601: {@code 2022-01-06}, {@code 1992-05} or {@code 2016} (xsd:date, xsd:gYearMonth, xsd:gYear), in ASCII
     * digits whatever the machine's locale (an Arabic one writes numbers in Arabic-Indic digits, no xsd:date).
     */
    @Override
    public String toString() {
        if (day != null) {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }
        if (month != null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d", year);
    }
}

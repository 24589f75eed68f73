package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Dates the text gives relative to the article's publication date, resolved the way news reports use them,
 * whatever the language: a bare weekday ("on Thursday", "يوم الخميس") is the last such day on or before the
 * publication day, "last Sunday" the last one strictly before it, "next Monday" the first one strictly after;
 * a day and month without a year ("Jan. 6", "6 يناير") fall in the publication year unless that puts them more
 * than six months after publication, when they are of the year before.
 */
public final class RelativeDates {

    /** How a weekday is qualified in the text. */
    public enum Direction {
        /** a bare weekday: on or before the publication day */
        BARE,
        /** "last", "الماضي": strictly before */
        LAST,
        /** "next", "المقبل": strictly after */
        NEXT
    }

    private RelativeDates() {
    }

    public static LocalDate weekday(LocalDate published, DayOfWeek day, Direction direction) {
        Objects.requireNonNull(published, "published");
        return switch (direction) {
            case BARE -> published.with(TemporalAdjusters.previousOrSame(day));
            case LAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
        };
    }

    /** A day and month without a year; null when that day does not exist in the year it falls in. */
    public static PartialDate monthDay(LocalDate published, int month, int day) {
        Objects.requireNonNull(published, "published");
        int year = published.getYear();
        if (!valid(year, month, day)) {
            return valid(year - 1, month, day) ? new PartialDate(year - 1, month, day) : null;
        }
        if (LocalDate.of(year, month, day).isAfter(published.plusMonths(6))) {
            year--;
        }
        return valid(year, month, day) ? new PartialDate(year, month, day) : null;
    }

    /** A month without a year ("in May"): the last such month on or before publication. */
    public static PartialDate month(LocalDate published, int month) {
        Objects.requireNonNull(published, "published");
        int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return new PartialDate(year, month, null);
    }

    private static boolean valid(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }
}

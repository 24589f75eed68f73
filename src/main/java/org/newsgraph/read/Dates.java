package org.newsgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates pages write in their metadata. */
final class Dates {

    /** ISO 8601 and its common relatives ({@code 2022-01-08}, {@code 2022-01-08T10:00:00+03:00}, {@code 2022/01/08}). */
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    /** {@code 20220108} and {@code 20220108T100000Z}, as some sites write them. */
    private static final Pattern BASIC = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

    private Dates() {
    }

    /**
     * The calendar date a metadata value names, in the page's own time zone (a time of day and offset are
     * dropped, not converted: the date the newsroom printed is the article's date), or {@code null} when the
     * value is not a date.
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (!m.find()) {
            m = BASIC.matcher(value);
            if (!m.find()) {
                return rfc1123(value.strip());
            }
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Templates fill empty date fields with 0001-01-01 or 1970-01-01; no online news article is that old. */
    private static LocalDate plausible(LocalDate date) {
        return date.getYear() > 1970 && date.getYear() < 2200 ? date : null;
    }

    private static LocalDate rfc1123(String value) {
        try {
            return plausible(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).parse(value)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates are written as xsd wants them on every machine, whichever locale the analyst's system runs in. */
class PartialDateTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void anArabicLocaleStillGivesIsoDatesInAsciiDigits() {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));

        assertThat(new PartialDate(2022, 1, 6)).hasToString("2022-01-06");
        assertThat(new PartialDate(1992, 5, null)).hasToString("1992-05");
        assertThat(new PartialDate(2016, null, null)).hasToString("2016");
    }
}

package org.newsgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import picocli.CommandLine;

/** Dates on the command line: strictly YYYY-MM-DD, so 2022-02-30 or 8/1/2022 are refused, never guessed. */
final class Dates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, ISO);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a date (YYYY-MM-DD): " + value);
            }
        }
    }
}

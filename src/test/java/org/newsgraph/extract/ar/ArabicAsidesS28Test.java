package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * An aside set off by commas and opened by a preposition (، على لسان المتحدث باسمه،، في بيان،) tells who spoke for
 * the subject, or where or how: the verb's object comes after it (session 28). Short sentences of our own.
 */
class ArabicAsidesS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void whoSpeaksForTheSubjectIsNotWhomItAppealsTo() {
        Extraction x = extract("ودعت الأمم المتحدة، على لسان المتحدث باسم الأمين العام أنطونيو غوتيريش، الحكومة الكينية إلى الحوار.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/KE/government"));
        assertThat(coded(x, "02")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/antonio-guterres"));
    }

    @Test
    void theObjectAfterAnAsideOfWhereItSpokeIsWhomItAppealsTo() {
        Extraction x = extract("ودعت الحكومة الكينية، في بيان لها، المحتجين إلى الهدوء.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }
}

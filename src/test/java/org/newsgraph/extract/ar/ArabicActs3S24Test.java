package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Demands on no one named (session 24): a release asked from outside the article's country with no holder of the
 * detained named (طالبت الدولة X بالإفراج عن المعتقلين) is asked of that country, as other appeals from outside are;
 * one asked from within it is not. Short sentences of our own, on other countries and people.
 */
class ArabicActs3S24Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a release asked of no one named

    @Test
    void aReleaseAskedFromOutsideIsAskedOfTheArticlesCountry() {
        Extraction x = extract("شهدت زامبيا انقلابا عسكريا. واعتقل الجيش الرئيس وعددا من الوزراء. وطالبت كندا "
                + "بالإفراج الفوري عن المعتقلين.");
        assertThat(coded(x, "10")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("country/ZM");
        });
    }

    @Test
    void aReleaseAskedFromWithinIsNotAskedOfTheCountry() {
        Extraction x = extract("شهدت زامبيا انقلابا عسكريا. واعتقل الجيش الرئيس وعددا من الوزراء. وطالب المحتجون "
                + "بالإفراج عن المعتقلين.");
        assertThat(coded(x, "10")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/ZM"));
    }
}

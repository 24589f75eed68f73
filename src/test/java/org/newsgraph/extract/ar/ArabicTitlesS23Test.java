package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A title alone is no leader of another state the article names only after it (session 23): "اعتقل الجيش ...
 * والرئيس فلان" in an article on one country, with a foreign president named later, is never that foreign president;
 * a foreign leader named first is still who his title alone means. Short sentences of our own.
 */
class ArabicTitlesS23Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2021, 2, 2));
    }

    @Test
    void aTitleAloneIsNotAForeignLeaderNamedLater() {
        Extraction x = extract("انقلاب في النيجر\n"
                + "اعتقل الجيش في النيجر رئيس الوزراء والرئيس، وأعلن حل الحكومة في النيجر.\n"
                + "وفي باريس، دان الرئيس الفرنسي إيمانويل ماكرون الانقلاب في النيجر.");
        assertThat(TestLexicons.coded(x, "173")).noneSatisfy(e ->
                assertThat(e.targetKey()).isEqualTo("person/emmanuel-macron"));
    }

    @Test
    void aForeignLeaderNamedFirstIsStillHisTitleAlone() {
        Extraction x = extract("أزمة في النيجر\n"
                + "دان الرئيس الفرنسي إيمانويل ماكرون الانقلاب في النيجر.\n"
                + "وقال الرئيس إن بلاده تدعم الحكومة الشرعية في النيجر.");
        assertThat(TestLexicons.coded(x, "01")).anySatisfy(e ->
                assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron"));
    }
}

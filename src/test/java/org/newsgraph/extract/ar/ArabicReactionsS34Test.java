package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions (session 34): a condemnation or welcome voiced with the reacting state named on the noun (أعربت الوزارة
 * عن إدانة المملكة للهجوم), also when where it was voiced stands set off by commas before it. Short sentences of our
 * own, on other countries and people than the dev articles'.
 */
class ArabicReactionsS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCondemnationVoicedInTheStatesNameIsTheSpeakers() {
        Extraction x = extract("أعربت وزارة الخارجية الأردنية، في بيان، عن إدانة المملكة الشديدة للهجوم على الفندق، "
                + "مؤكدة رفضها للعنف.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JO/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aWelcomeVoicedInTheCountrysNameIsTheSpeakers() {
        Extraction x = extract("وأعربت الحكومة النرويجية عن ترحيب بلادها بالإفراج عن الصحفي.");
        assertThat(coded(x, "051")).singleElement().satisfies(e ->
                assertThat(e.sourceKey()).isEqualTo("org/NO/government"));
    }

    @Test
    void aQuotedCondemnationInTheFirstPersonIsTheSpeakers() {
        Extraction x = extract("وقال رئيس الوزراء الهولندي في تغريدة \"أشجب هذا العمل الجبان\".");
        assertThat(coded(x, "111")).singleElement().satisfies(e ->
                assertThat(e.sourceKey()).isEqualTo("person/mark-rutte"));
    }

    @Test
    void aQuotedWelcomeInTheFirstPersonIsTheSpeakers() {
        Extraction x = extract("وقال وزير الخارجية الألماني في بيان: \"أرحب بالاتفاق بين الطرفين\".");
        assertThat(coded(x, "051")).singleElement().satisfies(e ->
                assertThat(e.sourceKey()).isEqualTo("person/annalena-baerbock"));
    }

    @Test
    void theSameLettersOutsideAQuotationAreNoCondemnation() {
        Extraction x = extract("وأدين رئيس الوزراء الهولندي السابق بتهمة الفساد عام 2019.");
        assertThat(coded(x, "111")).isEmpty();
    }
}

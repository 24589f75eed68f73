package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Persons tied to their bodies (session 21): a state office set off by commas after its holder's name, and a bare
 * state office in a sentence that opens on another country's nisba. Short sentences of our own, on invented people.
 */
class ArabicRoles3S21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static final String PERU = "تشهد بيرو أزمة سياسية منذ استقالة الحكومة في بيرو. ";

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a state office in apposition after the name

    @Test
    void aFormerStateOfficeSetOffAfterARankAndNameIsThatPersons() {
        Extraction x = extract(PERU + "وقال الجنرال رودريغو كاسترو، وزير الدفاع الأسبق، إن الجيش منقسم.");
        assertThat(TestLexicons.roles(x)).contains("رودريغو كاسترو: minister-of-defence of country/PE (former)");
    }

    @Test
    void aStateOfficeSetOffAfterAnUnlistedNameIsThatPersons() {
        Extraction x = extract(PERU + "وقال ميروسلاف تسفيتكوف، وزير الخارجية، إن الحكومة لن تستقيل.");
        assertThat(TestLexicons.roles(x)).contains("ميروسلاف تسفيتكوف: minister-of-foreign-affairs of country/PE");
    }

    @Test
    void aStateOfficeJoinedByWaAfterTheCommaIsASecondPersons() {
        Extraction x = extract(PERU + "واستقبل رئيس الوزراء البيروفي خوسيه تابيا، ووزير الخارجية ماريا لوبيز، "
                + "وفدا من البرلمان.");
        assertThat(TestLexicons.roles(x)).noneMatch(r -> r.startsWith("خوسيه تابيا: minister-of-foreign-affairs"));
    }

    // ------------------------------------------------------------- the sentence opens on another country's nisba

    @Test
    void aNisbaOpeningTheSentenceGivesABareStateOfficeItsCountry() {
        Extraction x = extract(PERU + "وفي أول تعليق روسي، قال وزير الخارجية ديمتري بولونسكي إن موسكو تتابع الوضع.");
        assertThat(TestLexicons.roles(x)).contains("ديمتري بولونسكي: minister-of-foreign-affairs of country/RU")
                .noneMatch(r -> r.contains("country/PE"));
    }

    @Test
    void aNisbaOpeningTheSentenceGivesAnApposedStateOfficeItsCountry() {
        Extraction x = extract(PERU + "وفي أول تعليق أميركي، قال جيمس هارتلي، وزير الدفاع، إن واشنطن تتابع الوضع.");
        assertThat(TestLexicons.roles(x)).contains("جيمس هارتلي: minister-of-defence of country/US");
    }

    @Test
    void anOpeningThatNamesABodyLeavesTheOfficeTheArticlesCountrys() {
        Extraction x = extract(PERU + "وفي بيان للسفارة الروسية، قال وزير الخارجية إدواردو فيرا إن الحكومة تتابع الوضع.");
        assertThat(TestLexicons.roles(x)).contains("إدواردو فيرا: minister-of-foreign-affairs of country/PE")
                .noneMatch(r -> r.contains("country/RU"));
    }
}

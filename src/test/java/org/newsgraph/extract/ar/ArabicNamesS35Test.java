package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names no lexicon lists (session 35): titles written in the Egyptian spelling (مسئول، شئون, the hamza on ي before
 * و) are the lexicon's titles, so the name after or before them is found; a short function word (لو، بين) closing a
 * name where the clause gives it nothing to govern is the name's last word. Short sentences of our own, on other
 * countries and people.
 */
class ArabicNamesS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static void assertPerson(Extraction x, String labelAr) {
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.labelAr()).isEqualTo(labelAr);
        });
    }

    @Test
    void aNameApposedToATitleInTheEgyptianSpellingIsAPerson() {
        Extraction x = extract("وحذرت ماريا سانتوس، مسئولة السياسة الخارجية في الاتحاد الأوروبي، من التصعيد.");
        assertPerson(x, "ماريا سانتوس");
    }

    @Test
    void aMinisterOfAffairsInTheEgyptianSpellingHoldsTheOfficeOfHisCountry() {
        Extraction x = extract("وقال وزير الشئون الخارجية الكيني بيتر موانغي إن المحادثات مستمرة.");
        assertPerson(x, "بيتر موانغي");
        assertThat(x.roles()).anySatisfy(r -> assertThat(r.organizationKey()).isEqualTo("country/KE"));
    }

    @Test
    void aFunctionWordBeforeACommaClosesTheName() {
        Extraction x = extract("وقال مدير الشرطة ديفيد لو، إن الحادث قيد التحقيق.");
        assertPerson(x, "ديفيد لو");
    }

    @Test
    void anEastAsianSyllableWrittenAsAPrepositionBeforeWhatWasSaidIsInTheName() {
        Extraction x = extract("وقال الناطق باسم الحكومة ليو مينغ بين إن المحادثات مستمرة.");
        assertPerson(x, "ليو مينغ بين");
    }

    @Test
    void aPrepositionBeforeThatStaysThePreposition() {
        Extraction x = extract("وشدد وزير الدفاع الكيني بيتر موانغي على أن الجيش مستعد.");
        assertPerson(x, "بيتر موانغي");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("على"));
    }

    @Test
    void aPronounEndingAClauseIsNoSurname() {
        Extraction x = extract("وصاح الضابط في الجنود: إن أردتم القائد فها هو، خذوه.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).endsWith("هو"));
    }
}

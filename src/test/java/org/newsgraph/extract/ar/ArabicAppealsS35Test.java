package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Appeals and their speakers (session 35): an envoy or representative named after the title of whom he serves
 * (المبعوث الخاص للأمين العام فلان) is the subject of the verb before him, not an object behind a preposition; a city
 * right after a bare word for authorities (سلطات نيروبي) is whose authorities they are, so an appeal joined by و to a
 * speaker's clause is addressed to them. Short sentences of our own, on other countries and people.
 */
class ArabicAppealsS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anEnvoyNamedAfterTheTitleHeServesMakesTheAppeal() {
        Extraction x = extract("ودعا المبعوث الخاص للأمين العام للأمم المتحدة بيتر هانسن الحكومة الكينية إلى حماية المتظاهرين.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).startsWith("name/").doesNotContain("guterres");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aRepresentativeNamedAfterTheTitleSheServesCriticises() {
        Extraction x = extract("وانتقدت الممثلة الخاصة للأمين العام إلسا بيرغمان السلطات الكينية.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).startsWith("name/");
            assertThat(e.targetKey()).isEqualTo("country/KE");
        });
    }

    @Test
    void aTitleAloneAfterTheServedTitleStillStandsForItsHolder() {
        Extraction x = extract("ودعا الأمين العام للأمم المتحدة الحكومة الكينية إلى ضبط النفس.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void theAuthoritiesOfACapitalAreCalledOnByTheSpeakerBefore() {
        Extraction x = extract("اعتقلت الشرطة الكينية عشرات المتظاهرين في نيروبي. "
                + "ودانت وزارة الخارجية الكندية القمع، ودعت سلطات نيروبي إلى الإفراج عن المعتقلين.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/KE");
        });
    }

    @Test
    void theAuthoritiesOfACapitalOpeningASentenceSpeak() {
        Extraction x = extract("ودعت سلطات نيروبي المواطنين إلى الهدوء.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/KE"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Appeals of named speakers (session 35, second round): people the text names by no actor (المسؤولين، القادة
 * السياسيين), placed by في in a country, are that country's and the call's addressee also when an aside set off by
 * commas (في بيان، في تصريح صحفي) stands between the speaker and them. Short sentences of our own, on other countries
 * and people than the dev articles. A word of time after an act (عقب، إثر) set off by commas between the speaker and
 * whom he addresses opens an aside, no new clause: the actor after it is still addressed, the ones inside are not.
 */
class ArabicSpeechS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void peopleInACountryAfterAMediumAsideAreAddressed() {
        Extraction x = extract("وحث وزير الخارجية الألماني، في تصريح صحفي، المسؤولين في بوليفيا على إجراء حوار وطني.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/BO"));
    }

    @Test
    void leadersInACountryAfterAStatementAsideAreAddressed() {
        Extraction x = extract("ودعت الحكومة اليابانية، في بيان، القادة السياسيين في بيرو إلى تشكيل حكومة جديدة.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JP/government");
            assertThat(e.targetKey()).isEqualTo("country/PE");
        });
    }

    @Test
    void peopleNamedByNoCountryAfterTheAsideAddressNoOne() {
        Extraction x = extract("ودعت الحكومة اليابانية، في بيان، القادة السياسيين إلى تشكيل حكومة جديدة.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void theAddresseeAfterAnAsideOpenedByAfterIsStillTheVerbs() {
        Extraction x = extract("وحث رئيس الوزراء الإسباني، إثر لقائه نظيره البرتغالي في مدريد، فنزويلا على إطلاق سراح المعتقلين.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/VE"));
    }

    @Test
    void aCountryInsideTheAsideIsNotTheOneDemandedOf() {
        Extraction x = extract("وطالب وزير الخارجية النرويجي، عقب اجتماع طارئ مع وزير خارجية تشاد في أوسلو، السودان بالإفراج عن المعتقلين.");
        assertThat(coded(x, "100")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/SD"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Appeals, demands, rejections and threats (session 33). Whom a call turns to: a plural nisba of a country as the
 * object of a calling verb (ودعا الرئيس البيروفيين إلى الوحدة) is that country's people, the call's target, never
 * the verb's subject nor an adjective of the subject before it. What a threat is aimed at: the target of the act it
 * threatens, also when that act is to be done again (هدد بإعادة فرض العقوبات على X). Short sentences of our own, on
 * other countries and people than the dev articles'.
 */
class ArabicAppealsS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCallOnANationAfterAStatementIsTheSpeakersAndAimedAtItsCountry() {
        Extraction x = extract("وقالت رئيسة بيرو دينا بولوارتي إن الوضع خطير، ودعت البيروفيين إلى الوحدة.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/dina-boluarte");
            assertThat(e.targetKey()).isEqualTo("country/PE");
        });
    }

    @Test
    void aNationCalledOnAfterABodyIsNoAdjectiveOfTheBody() {
        Extraction x = extract("ودعت وزارة الخارجية الأرجنتينية البيروفيين إلى وقف العنف.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/AR/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/PE");
        });
    }

    @Test
    void aThreatToReimposeSanctionsIsAimedAtTheirTarget() {
        Extraction x = extract("وهدد الرئيس الأمريكي جو بايدن بإعادة فرض العقوبات على كوبا.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/joe-biden");
            assertThat(e.targetKey()).isEqualTo("country/CU");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who acts when the doer stands far from the verb (session 19): the topic fronted by أما through the verbs of its
 * answer, and a reported clause with a subject of its own. Short sentences of our own, on other countries and people.
 */
class ArabicSpeakersS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a reported clause with its own subject

    @Test
    void aPartysWordsThatThePresidentResignedAreNoResignationOfTheParty() {
        Extraction x = extract("وقال حزب المؤتمر الوطني إن الرئيس استقال من منصبه.");
        assertThat(coded(x, "083")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/hazab-al-mutmr-al-watni"));
    }

    @Test
    void aMinistrysWordsThatTheMinisterResignedAreNoResignationOfTheMinistry() {
        Extraction x = extract("وقالت وزارة الخارجية الكينية إن الوزير استقال من منصبه.");
        assertThat(coded(x, "083")).noneSatisfy(
                e -> assertThat(e.sourceKey()).isEqualTo("org/KE/ministry-of-foreign-affairs"));
    }

    @Test
    void aGovernmentSpeakingOfItselfByItsPronounStillActs() {
        Extraction x = extract("وأعلنت الحكومة الكينية أنها ستفرض حالة الطوارئ في العاصمة.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
    }

    @Test
    void aNamedBodyInTheReportedClauseActs() {
        Extraction x = extract("وقالت الرئاسة الكينية إن الحكومة استقالت.");
        assertThat(coded(x, "083")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
    }
}

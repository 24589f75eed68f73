package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Victims counted out of a group (session 27): after a verb whose letters hide a passive (قُتل، خُطف), a count, من
 * and a group name whom the act befell, never who did it, and the speaker of the sentence is not its doer either.
 * Short sentences of our own.
 */
class ArabicCountedVictimsS27Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void policemenCountedAfterAKillingAreItsVictims() {
        Extraction x = extract("قتل سبعة من أفراد الشرطة على الأقل في الهجوم.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("group/police");
            assertThat(e.sourceKey()).isNull();
        });
        assertThat(coded(x, "18")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/police"));
    }

    @Test
    void anAbductionReportedByAnotherBodyIsNotThatBodysAct() {
        Extraction x = extract("وقال الجيش إن خمسة جنود أصيبوا، فيما خطف أكثر من 20 من رجال الشرطة.");
        assertThat(coded(x, "181")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("group/police");
            assertThat(e.sourceKey()).isNull();
        });
    }

    @Test
    void aCountInWordsOfProtestersKilled() {
        Extraction x = extract("وقتل نحو ثلاثين من المحتجين في المواجهات.");
        assertThat(coded(x, "18")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        assertThat(coded(x, "18")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aSubjectBeforeTheVerbStillKills() {
        Extraction x = extract("وأضاف أن الجيش قتل 8 من المسلحين.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void aFeminineVerbKeepsItsSubject() {
        Extraction x = extract("وقالت الشرطة إنها قتلت أربعة من المسلحين.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }
}

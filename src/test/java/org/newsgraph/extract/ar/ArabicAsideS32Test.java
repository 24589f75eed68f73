package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions voiced in an aside with no commas (session 32): where a condemnation was voiced (في بيان صادر عن مكتبه،
 * في تصريح للصحفيين، في كلمة متلفزة مساء الأحد) stands between the verb with its subject and the act condemned, which
 * stays the condemnation's object, so that it is aimed at the act's doers. Short sentences of our own, on other
 * countries and people.
 */
class ArabicAsideS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aStatementIssuedByAnOfficeLeavesTheActCondemnedAfterIt() {
        Extraction x = extract("وقتل مسلحون عشرين شخصا في هجوم على فندق في نيروبي. "
                + "وندد رئيس الوزراء الكندي في بيان صادر عن مكتبه بالهجوم.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/justin-trudeau");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void aSayingToJournalistsLeavesTheActCondemnedAfterIt() {
        Extraction x = extract("وأدان وزير الخارجية البرازيلي في تصريح للصحفيين اغتيال الصحفي على يد مسلحين.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void aTelevisedSpeechAndTheDayItWasGivenLeaveTheActCondemnedAfterThem() {
        Extraction x = extract("وأدان رئيس الوزراء البلجيكي في كلمة متلفزة مساء الأحد اغتيال الصحفي على يد مسلحين.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void aStatementAnotherBodyIssuedLeavesTheActCondemnedAfterIt() {
        Extraction x = extract("اقتحم متظاهرون مقر البرلمان في ليما. "
                + "ودانت الحكومة البيروفية في بيان أصدرته وزارة الداخلية اقتحام المتظاهرين للبرلمان.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PE/government");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }
}

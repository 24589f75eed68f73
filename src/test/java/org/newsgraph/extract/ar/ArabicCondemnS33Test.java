package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations aimed at the doer of the act they name (session 33): the act named after where the condemnation was
 * voiced (في بيان الاعتداء), the act named under an operation noun (عملية الاغتيال), and attacks that are not a
 * state's closing of its borders; and a condemnation quoted from its speaker (أعلنت الوزارة أنها "تدين"، قال: "ندين")
 * is the speaker's. Short sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicCondemnS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anActNamedRightAfterTheStatementIsTheObjectCondemned() {
        Extraction x = extract("اقتحم محتجون مقر السفارة الكندية في نيروبي أمس. "
                + "ودانت الحكومة الكينية في بيان الاعتداء على السفارة.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void anOperationNounHeadingTheActNamesThatAct() {
        Extraction x = extract("اغتال مسلحون حاكم إقليم في شمال كينيا أمس. ودان وزير الخارجية الكندي عملية الاغتيال.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void attacksCondemnedAreNotTheStateThatClosedItsBorders() {
        Extraction x = extract("قتل عشرون شخصا في تفجيرات استهدفت فنادق في نيروبي، وأغلقت السلطات الكينية الحدود البرية "
                + "عقب التفجيرات. ودان وزير الخارجية الكندي الهجمات.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aCondemnationQuotedAfterTheSpeakersPronounIsTheSpeakers() {
        Extraction x = extract("استولى ضباط على السلطة في نيامي أمس. "
                + "وأعلنت وزارة الخارجية الكندية في بيان أنها \"تدين الانقلاب\".");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("group/soldiers");
        });
    }

    @Test
    void aCondemnationQuotedInTheFirstPersonPluralIsTheSpeakers() {
        Extraction x = extract("استولى ضباط على السلطة في نيامي أمس. "
                + "وقال وزير الخارجية الكندي: \"نحن ندين الاستيلاء على السلطة بالقوة\".");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("group/soldiers");
        });
    }
}

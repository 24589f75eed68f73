package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Material acts read with their right code and sides (session 22): fire opened on an unarmed crowd is an assault on
 * it (180), fire between armed parties military force (190); the owner named after a building a verb acts on (سيطر
 * على مقر ...) is its target, never its subject. Short sentences of our own, on other countries and people.
 */
class ArabicActsS22Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void fireOpenedOnProtestersIsAnAssaultOnThem() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع ليما. وفتحت قوات الأمن النار على المتظاهرين قرب البرلمان.");
        assertThat(coded(x, "180")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        assertThat(coded(x, "190")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        Extraction y = extract("وأطلق عناصر من الشرطة الكينية النار على حشد من المحتجين في نيروبي.");
        assertThat(coded(y, "180")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void fireOpenedOnArmedMenOrForcesStaysMilitaryForce() {
        Extraction x = extract("وفتح مسلحون النار على عناصر الشرطة في شمال البلاد.");
        assertThat(coded(x, "190")).isNotEmpty();
        assertThat(coded(x, "180")).isEmpty();
        Extraction y = extract("وأطلقت القوات الباكستانية النار على القوات الأفغانية عند المعبر.");
        assertThat(coded(y, "190")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/AF/army"));
        assertThat(coded(y, "180")).isEmpty();
    }

    @Test
    void theOwnerOfABuildingSeizedIsTheTargetNotTheSubject() {
        Extraction x = extract("أعلن الجيش الكيني أنه عزل الرئيس. وسيطر على مقر البرلمان الكيني فجر الخميس.");
        assertThat(coded(x, "192")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.targetKey()).isNotNull();
            assertThat(e.sourceKey()).isNotEqualTo(e.targetKey());
        });
    }
}

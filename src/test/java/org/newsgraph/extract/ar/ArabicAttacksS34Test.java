package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The story's own act of force (session 34): an attack launched (أطلق، شن) is its launcher's, even with the day it
 * fell between them. Short sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicAttacksS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anAttackLaunchedIsItsLaunchersEvenAfterTheDayItFell() {
        Extraction x = extract("أطلقت أذربيجان صباح الثلاثاء هجوما واسعا على أرمينيا.");
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/AZ");
            assertThat(e.targetKey()).isEqualTo("country/AM");
        });
    }

    @Test
    void releasingSomeoneIsLaunchingNoAttack() {
        Extraction x = extract("أطلقت السلطات الأرمينية سراح ثلاثة جنود أذربيجانيين.");
        assertThat(coded(x, "19")).isEmpty();
    }
}

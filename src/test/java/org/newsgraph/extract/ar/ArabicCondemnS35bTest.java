package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations aimed at the attack's doer (session 35, second round): تبنى with the attack itself as its object is
 * a claim (CAMEO 015), and whoever claimed the attack is whom condemning "the attack" or "the assault" aims at, not
 * the force that struck back at them afterwards. Short sentences of our own, on other countries and people.
 */
class ArabicCondemnS35bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void claimingTheAttackItselfIsAClaim() {
        Extraction x = extract("وتبنت حركة الشباب الهجوم على الفندق.");
        assertThat(coded(x, "015")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/al-shabaab");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void adoptingAResolutionThatNamesTheAttacksIsNoClaim() {
        Extraction x = extract("وتبنى البرلمان الكيني بالإجماع قرارا يدين فيه الهجمات.");
        assertThat(coded(x, "015")).isEmpty();
    }

    @Test
    void condemningTheClaimedAttackAimsAtTheClaimantNotAtTheStrikesAnsweringIt() {
        Extraction x = extract("انفجرت سيارة مفخخة أمام فندق في مقديشو أمس. وتبنت حركة الشباب الهجوم. "
                + "وشنت القوات الكينية غارات جوية على مواقع الحركة. ودانت قطر الاعتداء. كما أدانت تركيا الهجوم.");
        assertThat(coded(x, "111")).hasSize(2).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/al-shabaab"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The story's own act of force (session 34): a doer named only by what he is (انتحاري) sets off the blast, and the
 * casualties it causes are his. Short sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicAttacksS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aSuicideBomberWhoBlewHimselfUpIsTheBombingsDoer() {
        Extraction x = extract("فجر انتحاري نفسه في سوق شعبي بمدينة كويتا صباح الأحد.");
        assertThat(coded(x, "183")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/attackers"));
    }

    @Test
    void theDeathsTheBlastCausedAreTheBombersKilling() {
        Extraction x = extract("فجر انتحاري نفسه قرب مركز للشرطة في بيشاور، ما أدى إلى مقتل أربعة من رجال الشرطة.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/attackers");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void theAdjectiveOfASuicideAttackIsNoBomber() {
        Extraction x = extract("أسفر هجوم انتحاري عن مقتل سبعة أشخاص في مقديشو.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/attackers"));
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

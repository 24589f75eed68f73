package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations of attacks (session 32): the doers of an attack named only by what they did (المهاجمون، منفذو
 * الهجوم، الانتحاريون) are a group of their own, and condemning the attack, when the article tells no other doer,
 * is aimed at them; in an article that names gunmen, the attackers are those gunmen. Short sentences of our own, on other countries and people.
 */
class ArabicReactionsS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theAttackersNamedByWhatTheyDidAreAGroup() {
        Extraction x = extract("وقالت الشرطة الكينية إن المهاجمين فروا بعد الحادث.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("group/attackers"));
    }

    @Test
    void anAttackCondemnedIsAimedAtItsPerpetratorsNamedLater() {
        Extraction x = extract("استهدف هجوم فندقا في نيروبي أمس. وتعهدت الحكومة الكينية بملاحقة منفذي الهجوم. "
                + "ودان وزير الخارجية الكندي الهجوم.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/attackers"));
    }

    @Test
    void bombingsCondemnedAreAimedAtTheSuicideBombers() {
        Extraction x = extract("قالت السلطات التشادية إن الانتحاريين ينتمون إلى شبكة واحدة. "
                + "ودانت اليابان التفجيرات.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/JP");
            assertThat(e.targetKey()).isEqualTo("group/attackers");
        });
    }

    @Test
    void anAttackWithNoDescribedDoersStaysAimedAtNoOne() {
        Extraction x = extract("استهدف هجوم فندقا في نيروبي أمس. ودان وزير الخارجية الكندي الهجوم.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void theAttackersOfAnArticleThatNamesGunmenAreThoseGunmen() {
        Extraction x = extract("هاجم مسلحون ثكنة في مالي. وقتل الجيش خمسة من المهاجمين.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/attackers"));
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("group/gunmen"));
    }

    @Test
    void attacksInThePluralCondemnedAreAimedAtTheAttackers() {
        Extraction x = extract("قالت الشرطة الكينية إن المهاجمين فروا بعد الحادث. "
                + "ودان رئيس الوزراء الإيطالي الهجمات بشدة.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/attackers"));
    }
}

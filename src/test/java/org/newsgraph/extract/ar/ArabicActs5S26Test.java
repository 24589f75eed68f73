package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts read under the wrong code or with one side lost (session 26): a crowd storming or attacking a building riots
 * (145) against its owner, where troops storming it use force (190); fighting told by its nouns (معارك، قتال، مواجهة
 * عسكرية) is military force between the two sides after بين, also when the second side is quoted, follows a comma,
 * or the first side's leader is named between them. Short sentences of our own, on other countries and people.
 */
class ArabicActs5S26Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- storming by a crowd

    @Test
    void protestersStormingAnEmbassyRiotAgainstIt() {
        Extraction x = extract("وكان متظاهرون فرنسيون قد اقتحموا ليل الأحد مقر السفارة الإيطالية في باريس، وألقوا عليه الحجارة.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/IT/embassy");
        });
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void protestersAttackingAConsulateRiotRatherThanCriticise() {
        Extraction x = extract("هاجم محتجون القنصلية الإيطالية في مرسيليا وأضرموا فيها النار.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/IT/consulate"));
        assertThat(coded(x, "11")).isEmpty();
    }

    @Test
    void aLeadersSupportersStormingParliamentRiot() {
        Extraction x = extract("اقتحم آلاف من أنصار الرئيس البيروفي السابق بيدرو كاستيو مبنى البرلمان في ليما.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/PE/parliament"));
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void securityForcesStormingAnOfficeStillUseForce() {
        Extraction x = extract("اقتحمت قوات الأمن مقر الحزب في ليما.");
        assertThat(coded(x, "180")).isNotEmpty();
        assertThat(coded(x, "145")).isEmpty();
    }

    @Test
    void aPresidentAttackingTheOppositionIsStillWords() {
        Extraction x = extract("هاجم الرئيس الفرنسي المعارضة بشدة.");
        assertThat(coded(x, "145")).isEmpty();
    }

    // ------------------------------------------------------------- fighting told by its nouns

    @Test
    void battlesBetweenTheArmyAndAMovementAreMilitaryForce() {
        Extraction x = extract("اندلعت معارك عنيفة بين الجيش الكونغولي وحركة 23 مارس في غوما.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CD/army");
            assertThat(e.targetKey()).isEqualTo("org/m23");
        });
    }

    @Test
    void fightingWagedAgainstAMovementHasTheSubjectAsSource() {
        Extraction x = extract("خاض الجيش الكونغولي قتالا عنيفا ضد حركة 23 مارس.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CD/army");
            assertThat(e.targetKey()).isEqualTo("org/m23");
        });
    }

    @Test
    void anElectoralBattleIsNoFighting() {
        Extraction x = extract("تستعد الأحزاب لمعركة انتخابية بين حزب العمال وحزب المحافظين.");
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void theSecondSideIsReadPastQuotesACommaAndTheFirstSidesLeader() {
        assertThat(coded(extract("اندلعت أمس معارك بين الجيش الكونغولي و«حركة 23 مارس» في غوما."), "190"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/m23"));
        assertThat(coded(extract("اندلعت مواجهة عسكرية بين الجيش الكونغولي، وقوات حركة 23 مارس."), "190"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/m23"));
        assertThat(coded(extract("اندلعت مواجهة عسكرية بين الجيش بقيادة الرئيس فيليكس تشيسكيدي، وحركة 23 مارس."), "190"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/m23"));
    }

    @Test
    void clashesBetweenAQuotedSideKeepBothSides() {
        Extraction x = extract("اندلعت اشتباكات بين الجيش و«حركة 23 مارس» في غوما.");
        assertThat(coded(x, "193")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/m23"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who said what to whom (session 25): condemnations set off by commas, appeals quoted from their object, and the
 * people an object pronoun on a verb of speaking stands for. Short sentences of our own, on other countries and
 * people.
 */
class ArabicSpeech4S25Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- condemnations and appeals

    @Test
    void aCommaBeforeHowStronglyOneCondemnsLeavesTheActCondemned() {
        Extraction x = extract("أطاح عسكريون في ملاوي بالرئيس، مساء الأحد. "
                + "ودان الاتحاد الأفريقي، \"بأشد العبارات\" ما وصفه بالاستيلاء على السلطة بالقوة.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("group/soldiers");
        });
    }

    @Test
    void anAppealQuotedFromEveryoneConcernedOnIsAimedAtTheCountryInCrisis() {
        Extraction x = extract("أطاح عسكريون في ملاوي بالرئيس، مساء الأحد. "
                + "وقالت وزارة الخارجية الفرنسية إنها قلقة، ودعت \"جميع الأطراف المعنية إلى الهدوء وضبط النفس\".");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/FR/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/MW");
        });
    }

    // ------------------------------------------------------------- object pronouns

    @Test
    void anAccusationsPronounIsThePersonNamedBefore() {
        Extraction x = extract("وعاد المعارض الملاوي جوزيف بندا إلى العاصمة أمس. "
                + "واتهمه وزير الداخلية الملاوي بالتحريض على العنف.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("name/juzif-banda"));
    }

    @Test
    void aWarningsPronounMayBeABody() {
        Extraction x = extract("وقال رئيس البرلمان الملاوي إن الحكومة تماطل، وحذرها من العواقب.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/MW/government"));
    }

    @Test
    void anAppealsPluralPronounIsTheGroupNamedBefore() {
        Extraction x = extract("وتجمع المحتجون أمام مقر البرلمان الملاوي، فيما دعاهم الرئيس الملاوي إلى الهدوء.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aDualPronounIsTheTwoNamedBeforeEachOneAccused() {
        Extraction x = extract("ودعا المعارض الملاوي جوزيف بندا والناشطة ماري فيري أنصارهما إلى التظاهر، "
                + "فيما اتهمهما الرئيس الملاوي بالتحريض على العنف.");
        assertThat(coded(x, "112")).extracting(e -> e.targetKey())
                .containsExactlyInAnyOrder("name/juzif-banda", "name/marie-firi");
    }

    // ------------------------------------------------------------- release demands

    @Test
    void aCallToFreeSomeoneIsAimedAtWhoeverDetainedThem() {
        Extraction x = extract("واعتقل عسكريون الرئيس الملاوي بيتر موثاريكا فجر الإثنين. "
                + "ودعا وزير الخارجية الفرنسي إلى \"الإفراج فورا\" عن موثاريكا.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("group/soldiers");
        });
    }

    @Test
    void withNoDetainerToldACallFromAbroadToFreeSomeoneIsAimedAtTheCountry() {
        Extraction x = extract("ويقبع المعارض الملاوي جوزيف بندا في السجن منذ أشهر. "
                + "ودعا وزير الخارجية الفرنسي إلى الإفراج عن بندا.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/MW"));
    }
}

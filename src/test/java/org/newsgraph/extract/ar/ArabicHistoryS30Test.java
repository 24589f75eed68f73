package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * Old articles read by their date (session 30): a capital a former state had stands for that state in an article
 * written before its end (موسكو in 1980 is the Soviet Union, today Russia); the former states go by the names the
 * press gave them (ألمانيا الديمقراطية, حلف وارسو); a bare surname the lexicon gives one listed person is another
 * listed person of that surname when the article names him in full and never the first. Short sentences of our own.
 */
class ArabicHistoryS30Test {

    private static List<String> actorKeys(Extraction x) {
        return x.actors().stream().map(Actor::key).toList();
    }

    // ------------------------------------------------------------- former states and their capitals

    @Test
    void moscowBeforeTheEndOfTheSovietUnionIsTheSovietUnion() {
        Extraction x = TestLexicons.extractShipped("وأعلنت موسكو أمس أنها سترسل وفدا إلى نيودلهي لبحث صفقة أسلحة.",
                LocalDate.of(1980, 5, 4));
        assertThat(actorKeys(x)).contains("country/SU").doesNotContain("country/RU");
    }

    @Test
    void moscowTodayIsRussia() {
        Extraction x = TestLexicons.extractShipped("وأعلنت موسكو أمس أنها سترسل وفدا إلى نيودلهي لبحث صفقة أسلحة.",
                LocalDate.of(2024, 5, 4));
        assertThat(actorKeys(x)).contains("country/RU").doesNotContain("country/SU");
    }

    @Test
    void belgradeInTheSeventiesIsYugoslavia() {
        Extraction x = TestLexicons.extractShipped("وطالبت بلجراد أمس بعقد قمة لدول عدم الانحياز في هافانا.",
                LocalDate.of(1979, 3, 2));
        assertThat(actorKeys(x)).contains("country/YU").doesNotContain("country/RS");
    }

    @Test
    void theDemocraticGermanyIsEastGermany() {
        Extraction x = TestLexicons.extractShipped(
                "ووقعت بولندا وألمانيا الديمقراطية اتفاقا تجاريا في وارسو.", LocalDate.of(1975, 6, 1));
        assertThat(actorKeys(x)).contains("country/DD").doesNotContain("country/DE");
    }

    @Test
    void theWarsawPactIsAnOrganisation() {
        Extraction x = TestLexicons.extractShipped("وعقد وزراء دفاع حلف وارسو اجتماعا في صوفيا أمس.",
                LocalDate.of(1983, 10, 21));
        assertThat(actorKeys(x)).contains("org/warsaw-pact");
    }

    // ------------------------------------------------------------- a surname two listed people share

    @Test
    void aSurnameInTheHeadlineIsTheListedManTheArticleNamesInFull() {
        Extraction x = TestLexicons.extractShipped("""
                شولتز يلتقي الملك حسين في عمان
                التقى وزير الخارجية الأمريكي جورج شولتز العاهل الأردني الملك حسين في عمان أمس. وقال شولتز إن المحادثات كانت مفيدة.
                """, LocalDate.of(1985, 4, 12));
        assertThat(actorKeys(x)).contains("person/george-shultz").doesNotContain("person/olaf-scholz");
    }

    @Test
    void aSurnameAloneStaysTheLexiconsManWhenNoOtherIsNamedInFull() {
        Extraction x = TestLexicons.extractShipped("وقال شولتس إن برلين سترسل مساعدات إضافية إلى مولدوفا.",
                LocalDate.of(2023, 4, 12));
        assertThat(actorKeys(x)).contains("person/olaf-scholz");
    }

    // ------------------------------------------------------------- relatives named with a listed person's names

    @Test
    void aDaughterNamedWithAListedPresidentsFamilyNameIsAnotherPerson() {
        Extraction x = TestLexicons.extractShipped("وقالت هدى عبد الناصر، ابنة الرئيس الراحل، إن والدها لم يترك ثروة.",
                LocalDate.of(2015, 6, 21));
        assertThat(actorKeys(x)).doesNotContain("person/gamal-abdel-nasser").anySatisfy(k -> assertThat(k).startsWith("name/"));
    }

    @Test
    void aWifeNamedWithAListedMinistersSurnameBeforeTheKinNounIsAnotherPerson() {
        Extraction x = TestLexicons.extractShipped("وقالت سارة فيدان زوجة وزير الخارجية التركي إن الأسرة بخير.",
                LocalDate.of(2015, 6, 21));
        assertThat(actorKeys(x)).doesNotContain("person/hakan-fidan").anySatisfy(k -> assertThat(k).startsWith("name/sara"));
    }

    // ------------------------------------------------------------- a surname the article gave, after a title

    @Test
    void aKnownSurnameAfterATitleTakesNoPredicateIntoTheName() {
        Extraction x = TestLexicons.extractShipped(
                "وأعلن الرئيس البولندي يانوش كوفالسكي حالة الطوارئ. والجنرال كوفالسكي بطل من أبطال الحرب.",
                LocalDate.of(1981, 6, 21));
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("name/")).extracting(Actor::key)
                .containsExactly("name/yanush-kufalsky");
    }
}

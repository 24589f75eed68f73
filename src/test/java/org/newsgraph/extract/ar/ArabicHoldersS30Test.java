package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Statement;

/**
 * The shipped people lexicon with the past holders of the highest offices since 1945 (session 30,
 * src/build/gazetteer/people-historical.txt): an old article finds its people, and "the former president" with no
 * name is the one who left the office last, not any of the many the lexicon now lists; a listed name is named
 * again by its last two words and by its lineage from a filial particle on, as an unlisted one is. Short sentences
 * of our own.
 */
class ArabicHoldersS30Test {

    @Test
    void aPastHolderNamedInAnOldArticleIsTheListedPerson() {
        Extraction x = TestLexicons.extractShipped("وقال الرئيس البرازيلي فرناندو هنريكي كاردوسو إن الاقتصاد يتعافى.",
                LocalDate.of(1997, 4, 2));
        assertThat(x.statements()).extracting(Statement::speakerKey).containsExactly("person/fernando-henrique-cardoso");
    }

    @Test
    void theFormerHolderWithNoNameIsTheOneWhoLeftTheOfficeLast() {
        Extraction x = TestLexicons.extractShipped("وقال الرئيس الأمريكي السابق إن الاتفاق التجاري مفيد.", LocalDate.of(1995, 6, 1));
        assertThat(x.statements()).extracting(Statement::speakerKey).containsExactly("person/george-h-w-bush");
        assertThat(x.roles()).singleElement().satisfies(r -> assertThat(r.former()).isTrue());
    }

    @Test
    void twoHoldersWhoLeftInTheSameLastYearLeaveTheFormerTitleToNoOne() {
        // Egypt's prime ministers Nazif, Shafik and Sharaf all left office in 2011, Ganzouri held it in 2012
        Extraction x = TestLexicons.extractShipped("وقال رئيس الوزراء المصري السابق إن الانتخابات نزيهة.", LocalDate.of(2012, 5, 1));
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void theLastTwoWordsOfAListedNameNameHimAgain() {
        Extraction x = TestLexicons.extractShipped("وقال الرئيس النيجيري عمر موسى يارادوا إن الانتخابات نزيهة. "
                + "واتهم موسى يارادوا المعارضة بالتحريض.", LocalDate.of(2008, 5, 1));
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/umaru-musa-yaradua");
            assertThat(e.targetKey()).isEqualTo("group/opposition");
        });
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("name/"));
    }

    @Test
    void theLineageFromAFilialParticleOfAListedNameNamesHimAgain() {
        Extraction x = TestLexicons.extractShipped("وقال رئيس الوزراء القطري الأسبق حمد بن جاسم إن الأزمة طويلة. "
                + "وأضاف بن جاسم أن الحل سياسي.", LocalDate.of(2015, 5, 1));
        assertThat(x.statements()).extracting(Statement::speakerKey)
                .containsOnly("person/hamad-bin-jassim-al-thani").hasSize(2);
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("name/"));
    }

    @Test
    void theOustedHolderIsNoPastHolderTheLexiconGives() {
        // no holder named, a term ending in the article's year: "المخلوع" is the one just ousted, whom the lexicon
        // still gives as sitting that year, never one who left before
        Extraction x = TestLexicons.extractShipped("وقال الرئيس الأوكراني المخلوع إنه سيعود.", LocalDate.of(2014, 3, 1));
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void aPronounAfterADeadKingIsTheLivingManTheSentenceIsAbout() {
        // طلحة ends in ة but is a prince's name (الأمير); the late king named after him is not whom the pronoun is
        Extraction x = TestLexicons.extractShipped("والأمير طلحة بن فهد هو الابن الأصغر للملك الراحل فهد بن سعيد، "
                + "وقد عين وليا للعهد عام 1995، قبل أن يعفيه الملك سالم بن فهد من منصبه عام 2001.", LocalDate.of(2020, 5, 1));
        assertThat(coded(x, "172")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/salem-bin-fahad");
            assertThat(e.targetKey()).isEqualTo("name/talaha-bin-fahad");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Persons as unseen articles name them (session 16, second round): a plural or dual title shared out over pairs of
 * a country and a name; a title, where its office is, then the holder's name set off by commas; an ambassador named
 * with a pronoun. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicNamesS16bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void aPluralTitleOverCountriesAndNamesGivesEachHolder() {
        Extraction x = extract("وأدان الهجوم رؤساء بيرو ماريو سالازار، والأوروغواي خوان بيريرا، وباراغواي كارلوس "
                + "بينيتيز، فيما التزمت الحكومة الصمت.");
        person(x, "ماريو سالازار");
        person(x, "خوان بيريرا");
        person(x, "كارلوس بينيتيز");
        assertThat(rolesOf(x, "خوان بيريرا")).isNotEmpty();
    }

    @Test
    void aDualTitleOverTwoCountriesGivesBothHolders() {
        Extraction x = extract("ووصل وزيرا خارجية النمسا هانس غروبر وهولندا بيتر دي يونغ إلى العاصمة أمس.");
        person(x, "هانس غروبر");
        person(x, "بيتر دي يونغ");
        assertThat(rolesOf(x, "هانس غروبر")).isNotEmpty();
        Extraction y = extract("وحضر وزيرا دفاع غانا كوفي مينساه وتوغو جون أدو الاجتماع.");
        person(y, "كوفي مينساه");
        person(y, "جون أدو");
    }

    @Test
    void aPluralTitleBeforeABodyNamesNoOne() {
        Extraction x = extract("واجتمع رؤساء الدول الأفريقية في العاصمة لبحث الأزمة.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void whereTheOfficeIsThenTheNameBetweenCommasIsTheHolder() {
        Extraction x = extract("وقال قائد شرطة مقاطعة الشمال، ماركو بيليني، إن التحقيق مستمر.");
        person(x, "ماركو بيليني");
        assertThat(rolesOf(x, "ماركو بيليني")).isNotEmpty();
        Extraction y = extract("وقال قائد الجيش في إقليم كاتانغا، بيير موانزا، إن قواته استعادت البلدة.");
        person(y, "بيير موانزا");
    }

    @Test
    void wordsGoingOnWithTheClauseBeforeACommaAreNoPlaceOfTheOffice() {
        Extraction x = extract("وقال رئيس الوزراء في بيان، نشره مكتبه أمس، إن الحكومة لن تستقيل.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void anAmbassadorNamedWithAPronounIsTheHolder() {
        Extraction x = extract("وأعلنت البرازيل أنها استدعت سفيرها لدى لشبونة، رودريغو ألميدا، للتشاور.");
        person(x, "رودريغو ألميدا");
        assertThat(rolesOf(x, "رودريغو ألميدا")).isNotEmpty();
    }

    @Test
    void anAmbassadorWithAPronounAndNoNameLeavesTheHostToTheAct() {
        Extraction x = extract("قالت الحكومة البرازيلية إنها استدعت سفيرها لدى البرتغال للتشاور، ووصفت الاتفاق بأنه باطل.");
        String portugal = TestLexicons.actor(x, "البرتغال").key();
        assertThat(x.events()).anyMatch(e -> portugal.equals(e.targetKey()));
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }
}

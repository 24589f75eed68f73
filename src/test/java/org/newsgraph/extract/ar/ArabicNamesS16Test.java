package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;

/**
 * Persons as unseen articles name them (session 16): where a name ends (before an age set off without brackets,
 * before the ف of a predicate after أما), what may open or close a name (a given name opening with ف after a body,
 * a city's name as a surname), names after a dual title, and whose kin a name with a family name is. Short sentences
 * of our own, read with every shipped lexicon.
 */
class ArabicNamesS16Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. where a name ends

    @Test
    void anAgeSetOffWithoutBracketsFollowsAPersonsName() {
        Extraction x = extract("وأوقفت الشرطة في المكان ماتيو رينالدي 52 عاما، الذي اعترف بالهجوم.");
        person(x, "ماتيو رينالدي");
        Extraction y = extract("وكان الضحية توماس برينر 34 عاما ، المعروف بين جيرانه بلطفه، قد توفي.");
        person(y, "توماس برينر");
    }

    @Test
    void yearsThatGoOnWithTheClauseAreNoAge() {
        Extraction x = extract("وقضى الرجل 20 عاما في السجن قبل الإفراج عنه.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void thePredicateAfterAmmaEndsTheName() {
        Extraction x = extract("أما رئيس الوزراء ستيفانو موريتي فتعهد بمحاسبة الجناة.");
        person(x, "ستيفانو موريتي");
        Extraction y = extract("أما وزير الداخلية كارلوس مينديز فقال إن الوضع تحت السيطرة.");
        person(y, "كارلوس مينديز");
    }

    // 2. what may stand in a name

    @Test
    void aGivenNameOpeningWithFaFollowsABodyAfterATitle() {
        Extraction x = extract("وقال المتحدث باسم الوزارة فيكتور أندرييف إن التحقيق مستمر.");
        person(x, "فيكتور أندرييف");
        Extraction y = extract("وقال المتحدث باسم اللجنة فرانسوا ديبريه إن التحقيق مستمر.");
        person(y, "فرانسوا ديبريه");
    }

    @Test
    void aCityAfterAGivenNameIsASurname() {
        Extraction x = extract("وقال النائب ماريو نابولي إن الحزب لم يرتكب أي مخالفة.");
        person(x, "ماريو نابولي");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
        Extraction y = extract("وقال الطبيب كينجي فوكوشيما، في مؤتمر صحافي، إن حالته مستقرة.");
        person(y, "كينجي فوكوشيما");
    }

    @Test
    void aCityAfterAVerbStaysTheCity() {
        Extraction x = extract("وزار الوزير نابولي أمس.");
        assertThat(x.actors()).anyMatch(a -> a.type() == ActorType.PLACE && "نابولي".equals(a.labelAr()));
    }

    @Test
    void aCityAfterATitleIsThePersonTheArticleNamesInFull() {
        Extraction x = extract("وقال الوزير: \"أحث الرئيس نابولي على وقف القمع\". وتتزايد الضغوط على حكومة الرئيس "
                + "ماريو نابولي، داخل البلاد وخارجها.");
        person(x, "ماريو نابولي");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }

    @Test
    void theNameAfterARelativeVerbOfHeadingIsAPerson() {
        Extraction x = extract("وأعلنت هيئة مكافحة الفساد، التي يرأسها بيتر موريتي، فتح تحقيق في العقود.");
        person(x, "بيتر موريتي");
        Extraction y = extract("وقالت اللجنة الانتخابية التي يترأسها كوفي مينساه إن النتائج ستعلن غدا.");
        person(y, "كوفي مينساه");
    }

    // 3. names after a dual title

    @Test
    void bothNamesAfterADualTitleArePeople() {
        Extraction x = extract("واعتقلت الشرطة الوزيرين السابقين كوفي مينساه وجون أدو في العاصمة.");
        person(x, "كوفي مينساه");
        person(x, "جون أدو");
        Extraction y = extract("وقال النائبان ماريو نابولي وبيتر موريتي إن الحزب بريء.");
        person(y, "ماريو نابولي");
        person(y, "بيتر موريتي");
    }

    // 4. whose kin

    @Test
    void aKinsNameWithTheFamilyNameOfSomeoneNamedIsThatPersonsKin() {
        Extraction x = extract("ونقل رئيس الوزراء السابق كينجي تاناكا إلى المستشفى. وقال الطبيب ماساو إيتو إن حالته "
                + "حرجة. وكانت زوجته يوكي تاناكا قد وصلت إلى المستشفى.");
        Actor wife = person(x, "يوكي تاناكا");
        Actor husband = person(x, "كينجي تاناكا");
        assertThat(x.relations()).anyMatch(r -> r.kind() == Relation.Kind.RELATIVE_OF
                && r.subjectKey().equals(wife.key()) && r.objectKey().equals(husband.key()));
        assertThat(labels(x)).contains("ماساو إيتو");
    }
}

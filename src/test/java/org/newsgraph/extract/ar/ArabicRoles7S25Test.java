package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Roles (session 25): a dual title names two holders (النائبان فلان وعلان، الرئيسين المشاركين لحزب كذا فلان وفلانة),
 * co-chairs hold an office of their own, a body's adjective with its complement (المؤيد للعمال) may stand before the
 * holder, and a member of parliament holds the seat in the chamber the article names. Short sentences of our own, on
 * other countries and people.
 */
class ArabicRoles7S25Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theTwoCoChairsOfAPartyAfterItsAdjectiveAreEachACoChairAndAMember() {
        Extraction x = shipped("واعتقلت الشرطة التركية الرئيسين المشاركين لحزب «الأمة» المؤيد للعمال مراد أيدين وسلمى كايا.");
        person(x, "مراد أيدين");
        person(x, "سلمى كايا");
        String party = TestLexicons.actor(x, "حزب «الأمة»").key();
        assertThat(roles(x)).contains("مراد أيدين: co-chair of " + party, "سلمى كايا: co-chair of " + party);
        assertThat(members(x)).contains(member(x, "مراد أيدين", "حزب «الأمة»"), member(x, "سلمى كايا", "حزب «الأمة»"));
    }

    @Test
    void aDualTitleNamesBothMembersOfParliament() {
        Extraction x = shipped("وقال النائبان كارلوس مينديز وبيدرو رويس إن الحكومة البيروفية أخطأت.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("كارلوس مينديز: member-of-parliament of "))
                .anyMatch(r -> r.startsWith("بيدرو رويس: member-of-parliament of "));
    }

    @Test
    void aDualWithNoNamesAfterItNamesNoOne() {
        Extraction x = shipped("وجرى لقاء بين الرئيسين في ليما أمس.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
        assertThat(x.roles()).isEmpty();
    }

    @Test
    void aDualAfterAnotherTitleIsTwoPeopleOfItsOwn() {
        Extraction x = shipped("واستقبل رئيس الوزراء البيروفي الوزيرين هانس مولر وكارل فيشر في ليما.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("هانس مولر: prime-minister"));
        assertThat(roles(x)).anyMatch(r -> r.startsWith("هانس مولر: minister of "));
    }

    @Test
    void aMemberOfParliamentHoldsTheSeatInTheParliamentTheArticleNames() {
        Extraction x = shipped("وقال النائب كارلوس مينديز إن البرلمان البيروفي سيصوت على القانون غدا.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("كارلوس مينديز: member-of-parliament of org/PE/"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Session 17: memberships of persons in their party and of states in a bloc, said in phrasings of their own. */
class ArabicRelationsS17Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void statesListedBeforeTheCueAreEachAMember() {
        Extraction x = shipped("وقالت فرنسا وألمانيا الأعضاء في مجموعة السبع إن العقوبات ستستمر.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "فرنسا", "مجموعة السبع"),
                member(x, "ألمانيا", "مجموعة السبع"));
    }

    @Test
    void aStateBelongingToABodyInARelativeClauseIsOneOfIt() {
        Extraction x = shipped("ودعت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، التي تنتمي إليها غانا، إلى ضبط النفس.");
        assertThat(members(x)).containsExactly(member(x, "غانا", "المجموعة الاقتصادية لدول غرب أفريقيا"));
        Extraction y = shipped("وأدان الاتحاد الأوروبي، الذي تنتمي إليه بولندا، القرار.");
        assertThat(members(y)).containsExactly(member(y, "بولندا", "الاتحاد الأوروبي"));
    }

    @Test
    void aMemberOfSeveralBodiesIsOneOfEach() {
        Extraction x = shipped("وأثار القرار قلقا في البرتغال، العضو في الاتحاد الأوروبي وحلف شمال الأطلسي.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "البرتغال", "الاتحاد الأوروبي"),
                member(x, "البرتغال", "حلف شمال الأطلسي"));
    }
}

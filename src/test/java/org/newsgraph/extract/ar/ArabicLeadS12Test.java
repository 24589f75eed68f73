package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/** Session 12, the lead's rules: years in a span are no counts. */
class ArabicLeadS12Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static java.util.List<Long> counted(Extraction x) {
        return x.events().stream().flatMap(e -> e.quantities().stream()).map(Quantity::value).toList();
    }

    @Test
    void theSecondYearOfASpanIsNoCountOfPeople() {
        Extraction x = shipped("وأسفرت الحرب الأهلية عن مقتل نحو 400 ألف شخص بين عامي 2013 و2018.");
        assertThat(counted(x)).contains(400000L).doesNotContain(2018L, 2013L);
        Extraction y = shipped("وقتل أكثر من ستة آلاف شخص في حملة الشرطة الكينية بين 2016 و2022.");
        assertThat(counted(y)).contains(6000L).doesNotContain(2022L, 2016L);
        Extraction z = shipped("واعتقلت الشرطة الكينية 300 شخص في الأعوام 2019 و2020 و2021.");
        assertThat(counted(z)).contains(300L).doesNotContain(2019L, 2020L, 2021L);
    }

    @Test
    void aNumberAfterAndThatIsNoYearStillCounts() {
        Extraction x = shipped("واعتقلت الشرطة الكينية 12 طالبا و30 صحفيا في نيروبي.");
        assertThat(counted(x)).contains(12L);
        assertThat(x.events().stream().flatMap(e -> e.quantities().stream()).map(Quantity::counts).toList())
                .isNotEmpty();
    }

    @Test
    void aBodyAfterTheVerbOfMembershipListsItsMembersAfterItsCount() {
        Extraction x = shipped("وتضم \"منظمة شنغهاي للتعاون\" عشر دول، بينها الصين وروسيا والهند.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "الصين", "منظمة شنغهاي للتعاون"),
                member(x, "روسيا", "منظمة شنغهاي للتعاون"), member(x, "الهند", "منظمة شنغهاي للتعاون"));
        Extraction y = shipped("ويضم الاتحاد الأوروبي 27 دولة بينها فرنسا وألمانيا.");
        assertThat(members(y)).containsExactlyInAnyOrder(member(y, "فرنسا", "الاتحاد الأوروبي"),
                member(y, "ألمانيا", "الاتحاد الأوروبي"));
        // a body that houses offices lists no members
        Extraction z = shipped("ويضم المجمع الحكومي وزارة الداخلية ووزارة العدل.");
        assertThat(members(z)).isEmpty();
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Memberships (session 24): a member noun in construct with its body, no في between (عضو المجلس العسكري العقيد
 * فلان، فلان، عضو المكتب السياسي للحركة،), and a partitive that names some of a body's leaders after an
 * among-marker (قيادات الحركة، بينهم فلان وعلان); a plural with no names after the body, or members counted, names
 * no one. Short sentences of our own, on other countries and people.
 */
class ArabicRoles6S24Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aMemberNounInConstructWithTheCouncilMakesTheOfficerAfterItOneOfIt() {
        Extraction x = shipped("نيامي (أ ف ب) - قال عضو المجلس العسكري العقيد إبراهيم سالم إن الانتخابات ستجرى العام المقبل.");
        assertThat(members(x)).containsExactly(member(x, "إبراهيم سالم", "المجلس العسكري"));
    }

    @Test
    void theLeadersOfAMovementNamedAfterAnAmongMarkerAreEachOneOfIt() {
        Extraction x = shipped("وفرضت واشنطن عقوبات على قيادات حركة العدل والمساواة، بينهم خليل إدريس وأحمد سليمان.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "خليل إدريس", "حركة العدل والمساواة"),
                member(x, "أحمد سليمان", "حركة العدل والمساواة"));
    }

    @Test
    void aMemberOfAnInnerBodyOfAMovementNamedBeforeTheNounIsOneOfTheMovement() {
        Extraction x = shipped("وقال المعارض يوسف منصور، عضو المكتب السياسي لحركة العدل والمساواة، إن الحركة سترد.");
        assertThat(members(x)).containsExactly(member(x, "يوسف منصور", "حركة العدل والمساواة"));
    }

    @Test
    void thePluralWithNoNamesAfterTheBodyNamesNoOne() {
        assertThat(members(shipped("وقال المعارض يوسف منصور إن أعضاء حزب التجمع الوطني سيقاطعون الانتخابات."))).isEmpty();
    }

    @Test
    void membersCountedBeforeTheNounNameNoOne() {
        assertThat(members(shipped("واعتقلت الشرطة في السنغال 40 عضوا في حزب التجمع الوطني."))).isEmpty();
    }
}

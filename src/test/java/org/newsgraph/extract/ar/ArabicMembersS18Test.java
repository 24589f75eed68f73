package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Session 18: a party's members told by a describing clause after the person and by a seat held for the party. */
class ArabicMembersS18Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aMemberCueAfterADescribingPronounIsAboutThePersonBeforeIt() {
        Extraction x = shipped("وقالت الرئيسة هيلا أحمد، وهي محامية تنتمي إلى حزب المؤتمر، إن الحكومة ستستقيل.");
        assertThat(members(x)).containsExactly(member(x, "هيلا أحمد", "حزب المؤتمر"));
        Extraction y = shipped("وقال الوزير كمال داود، وهو طبيب بيطري منتسب إلى حزب العدالة، إن الحكومة ستستقيل.");
        assertThat(members(y)).containsExactly(member(y, "كمال داود", "حزب العدالة"));
    }

    @Test
    void anOpponentOfAPartyDescribedSoIsNoMember() {
        assertThat(members(shipped("وقال الوزير كمال داود، وهو معارض لحزب العدالة، إن الحكومة ستستقيل."))).isEmpty();
        assertThat(members(shipped("وقال الوزير كمال داود، المعارض لحزب العدالة، إن الحكومة ستستقيل."))).isEmpty();
    }

    @Test
    void aSeatHeldForAPartyMakesItsHolderAMember() {
        Extraction x = shipped("وقال النائب عن حزب العدالة الوزير كمال داود إن الحكومة ستستقيل.");
        assertThat(members(x)).containsExactly(member(x, "كمال داود", "حزب العدالة"));
        Extraction y = shipped("وقال الوزير كمال داود، النائب السابق عن حزب العدالة، إن الحكومة ستستقيل.");
        assertThat(members(y)).containsExactly(member(y, "كمال داود", "حزب العدالة"));
    }

    @Test
    void aSeatForAConstituencyIsNoMembership() {
        assertThat(members(shipped("وقال الوزير كمال داود، النائب عن ولاية كيرالا، إن الحكومة ستستقيل."))).isEmpty();
    }

    @Test
    void aLeaderAfterACountryIsNoMemberOfIt() {
        assertThat(members(shipped("وزار الرئيس كمال داود فرنسا، بزعامة الرئيس إيمانويل ماكرون."))).isEmpty();
    }

    @Test
    void oneOfTheMembersOfABodyIsAMember() {
        Extraction x = shipped("وقالت بولندا، أحد أعضاء حلف شمال الأطلسي، إن القرار خاطئ.");
        assertThat(members(x)).containsExactly(member(x, "بولندا", "حلف شمال الأطلسي"));
        Extraction y = shipped("وقال الوزير كمال داود، أحد مؤسسي حزب العدالة، إن الحكومة ستستقيل.");
        assertThat(members(y)).containsExactly(member(y, "كمال داود", "حزب العدالة"));
    }

    @Test
    void partiesListedInQuotesBeforeTheCueAreEachAMember() {
        Extraction x = shipped("ويعد \"حزب العدالة\" و\"حزب المؤتمر\" من أعضاء تحالف \"الأمل\" المعارض.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "حزب العدالة", "تحالف \"الأمل\""),
                member(x, "حزب المؤتمر", "تحالف \"الأمل\""));
        Extraction y = shipped("ويعد حزب العدالة وحزب المؤتمر من أعضاء تحالف الأمل.");
        assertThat(members(y)).containsExactlyInAnyOrder(member(y, "حزب العدالة", "تحالف الأمل"),
                member(y, "حزب المؤتمر", "تحالف الأمل"));
    }

    @Test
    void aPartyLedBySomeoneAfterItsStatusWordHasItsLeaderAsMember() {
        Extraction x = shipped("ووصف حزب العدالة الاعتقال بأنه انتقام من جانب حزب المؤتمر الحاكم بزعامة الرئيس كمال داود.");
        assertThat(members(x)).containsExactly(member(x, "كمال داود", "حزب المؤتمر"));
        Extraction y = shipped("وفازت جبهة التحرير الحاكمة، بقيادة الرئيس أحمد سالم، بأغلبية المقاعد.");
        assertThat(members(y)).containsExactly(member(y, "أحمد سالم", "جبهة التحرير"));
    }
}

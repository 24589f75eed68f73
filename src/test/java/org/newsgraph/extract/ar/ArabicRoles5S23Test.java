package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Roles and memberships (session 23): a body's head named after a title (برئاسة الجنرال فلان، بزعامة رئيس الوزراء
 * السابق فلان); a party office joined to the party by ل (الأمين العام لحزب كذا), not an opponent of the party; a
 * member taken up by فهي/فهو, a member named before the singular عضو alone, a state that joined a body in a relative
 * clause, the predicate عضوا after a clause set off, a party's founder; members counted are none named. Short
 * sentences of our own, on other countries and people.
 */
class ArabicRoles5S23Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- heads named after a title

    @Test
    void aGeneralAfterHeadedByHeadsTheCouncilBeforeIt() {
        Extraction x = shipped("نيامي (أ ف ب) - أعلن الجيش في النيجر تشكيل \"المجلس الأعلى للدولة\" برئاسة الجنرال كمال داود.");
        String council = actor(x, "المجلس الأعلى للدولة").key();
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo(actor(x, "كمال داود").key());
            assertThat(r.office()).isEqualTo("president");
            assertThat(r.organizationKey()).isEqualTo(council);
        });
    }

    @Test
    void aFormerPrimeMinisterAfterLedByLeadsThePartyAndIsOneOfIt() {
        Extraction x = shipped("ستوكهولم - وفاز الحزب الديمقراطي الحر، بزعامة رئيس الوزراء السابق يوهان كارلسون، "
                + "بالانتخابات في السويد.");
        String party = actor(x, "الحزب الديمقراطي الحر").key();
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo(actor(x, "يوهان كارلسون").key());
            assertThat(r.office()).isEqualTo("leader");
            assertThat(r.organizationKey()).isEqualTo(party);
        });
        assertThat(members(x)).contains(member(x, "يوهان كارلسون", "الحزب الديمقراطي الحر"));
    }

    // ------------------------------------------------------------- a party office after ل

    @Test
    void theSecretaryGeneralOfAPartyJoinedByLamHoldsItsOfficeAndIsOneOfIt() {
        Extraction x = shipped("وقال كمال داود، الأمين العام لحزب التجمع، إن الحكومة ستستقيل.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo(actor(x, "كمال داود").key());
            assertThat(r.office()).isEqualTo("secretary-general");
            assertThat(r.organizationKey()).isEqualTo(actor(x, "حزب التجمع").key());
        });
        assertThat(members(x)).containsExactly(member(x, "كمال داود", "حزب التجمع"));
    }

    @Test
    void anOpponentOfAPartyJoinedByLamIsNoMemberOfIt() {
        assertThat(members(shipped("وقال كمال داود، المعارض لحزب التجمع، إن الحكومة ستستقيل."))).isEmpty();
    }

    // ------------------------------------------------------------- who the member is

    @Test
    void thePronounAfterTheFaTakesUpTheSubjectNotTheNameBeforeIt() {
        Extraction x = shipped("وتربط كازاخستان علاقات وثيقة بالصين، فهي عضو في منظمة شنغهاي للتعاون.");
        assertThat(members(x)).containsExactly(member(x, "كازاخستان", "منظمة شنغهاي للتعاون"));
    }

    @Test
    void theSingularMemberNounIsTheLastNameBeforeItNotTheWholeList() {
        Extraction x = shipped("وتشهد العلاقات بين موسكو وريغا، العضو في حلف شمال الأطلسي، توترا متزايدا.");
        assertThat(members(x)).containsExactly(actor(x, "لاتفيا").key() + " in " + actor(x, "حلف شمال الأطلسي").key());
    }

    @Test
    void aStateThatJoinedABodyInARelativeClauseIsAMember() {
        Extraction x = shipped("وتعد كرواتيا، التي انضمت إلى الاتحاد الأوروبي عام 2013، من أصغر دوله.");
        assertThat(members(x)).containsExactly(member(x, "كرواتيا", "الاتحاد الأوروبي"));
    }

    @Test
    void aMemberPredicateAfterAClauseSetOffIsTheSubjects() {
        Extraction x = shipped("وتعد جيبوتي، التي تستضيف قواعد أجنبية، عضوا في جامعة الدول العربية.");
        assertThat(members(x)).containsExactly(member(x, "جيبوتي", "جامعة الدول العربية"));
    }

    @Test
    void membersCountedNameNoMember() {
        assertThat(members(shipped("وقررت المحكمة العليا في تونس توقيف 40 عضوا في حزب النهضة."))).isEmpty();
    }

    // ------------------------------------------------------------- founders

    @Test
    void theFounderOfAPartyIsOneOfIt() {
        Extraction x = shipped("ولا يملك حزب \"الغد الجديد\"، الذي أسسه الوزير كمال داود، أي مقعد في البرلمان.");
        assertThat(members(x)).containsExactly(member(x, "كمال داود", "حزب \"الغد الجديد\""));
    }

    @Test
    void theFounderOfANewspaperIsNoMemberOfIt() {
        assertThat(members(shipped("وأغلقت الحكومة صحيفة \"الفجر\"، التي أسسها الصحفي كمال داود عام 1990."))).isEmpty();
    }
}

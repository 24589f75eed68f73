package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.members;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;

/**
 * Roles, memberships and kin (session 27): an office held told by a verb (الذي يشغل أيضا منصب كذا، شغل منصب), a
 * party's head by its verb after a relative pronoun (الذي يتزعمه فلان), a state's force with a head and a
 * spokesperson as a body has, a title's party named in quotation marks, a possessive on a title's last word (رئيس
 * مفوضيته), a bare الاتحاد after في, the first secretary and the parliamentary group leader, and a name right before a
 * kinship noun and a title. Short sentences of our own, on other countries and people.
 */
class ArabicRoles9S27Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anOfficeAlsoHeldIsThePersonsTheRelativeClauseIsAbout() {
        Extraction x = shipped("وتوجه الرئيس البيروفي خوسيه رامون، الذي يشغل أيضا منصب الأمين الأول لحزب العمال البيروفي، إلى ليما.");
        String party = TestLexicons.actor(x, "حزب العمال البيروفي").key();
        assertThat(roles(x)).contains("خوسيه رامون: president of country/PE", "خوسيه رامون: first-secretary of " + party);
        assertThat(members(x)).contains(TestLexicons.member(x, "خوسيه رامون", "حزب العمال البيروفي"));
    }

    @Test
    void aLocalOfficeHeldIsHeldInTheCityNamedAfterIt() {
        Extraction x = shipped("واتهم رئيس الوزراء البولندي زعيم المعارضة بيوتر نوفاك، الذي يشغل أيضا منصب رئيس بلدية كراكوف، بالتحريض.");
        assertThat(roles(x)).contains("بيوتر نوفاك: mayor of place/krakow");
    }

    @Test
    void anOfficeHeldInThePastIsAFormerOneWithNoDateOfTakingIt() {
        Extraction x = shipped("وقال الرئيس البيروفي خوسيه رامون، الذي شغل منصب وزير الدفاع بين عامي 2010 و2012، إن الجيش موحد.");
        assertThat(roles(x)).contains("خوسيه رامون: minister-of-defence of country/PE (former)");
        assertThat(x.roles()).filteredOn(r -> r.office().equals("minister-of-defence")).allMatch(r -> r.since() == null);
    }

    @Test
    void aPartysLeaderNamedByTheVerbAfterARelativePronounLeadsIt() {
        Extraction x = shipped("وفازت حركة النهضة الوطنية، التي تتزعمها ماريا كوستا، بأغلبية المقاعد.");
        String party = TestLexicons.actor(x, "حركة النهضة").key();
        assertThat(roles(x)).contains("ماريا كوستا: leader of " + party);
    }

    @Test
    void theLeaderAfterTheVerbMayBeNamedWithATitle() {
        Extraction x = shipped("وكان حزب التجمع الوطني الذي يتزعمه الرئيس السابق خوسيه رامون قد فاز في الانتخابات.");
        String party = TestLexicons.actor(x, "حزب التجمع الوطني").key();
        assertThat(roles(x)).contains("خوسيه رامون: leader of " + party);
    }

    @Test
    void aStatesForceNamedBeforeIsWhoseSpokespersonItsPronounNames() {
        Extraction x = shipped("ونفى الجيش الكيني ذلك، وقال المتحدث الرسمي باسمه العميد جوزيف موانغي إن الوضع هادئ.");
        assertThat(roles(x)).contains("جوزيف موانغي: spokesperson of org/KE/army");
    }

    @Test
    void whoLeadsTheArmyAfterBiqiyadaIsItsLeader() {
        Extraction x = shipped("واندلعت مواجهات بين الجيش بقيادة رئيس المجلس العسكري الفريق أول أحمد ساليفو والمتمردين.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("أحمد ساليفو: leader of ") && r.endsWith("army"));
    }

    @Test
    void aPartyInQuotationMarksAfterAnApposedTitleIsTheOfficesNotItsNisbasCountry() {
        Extraction x = shipped("وانتقد توماس بيرغر، رئيس \"حزب الخضر النمساوي\"، القرار.");
        String party = TestLexicons.actor(x, "حزب الخضر النمساوي").key();
        assertThat(roles(x)).contains("توماس بيرغر: president of " + party).doesNotContain("توماس بيرغر: president of country/AT");
    }

    @Test
    void aMovementInQuotationMarksBeforeTheNameIsTheOffices() {
        Extraction x = shipped("واعتقلت الشرطة ماريو غوميز، زعيم \"الحركة الوطنية البوليفية\"، في لاباز.");
        String movement = TestLexicons.actor(x, "الحركة الوطنية البوليفية").key();
        assertThat(roles(x)).contains("ماريو غوميز: leader of " + movement);
    }

    @Test
    void aPossessiveOnTheTitlesLastWordIsTheBodyNamedBefore() {
        Extraction x = shipped("وسارع الاتحاد الأفريقي إلى إدانة الانقلاب، وقال رئيس مفوضيته موسى كامارا في بيان إن الاتحاد يدين ذلك.");
        assertThat(roles(x)).contains("موسى كامارا: commission-chair of org/african-union");
    }

    @Test
    void aBareUnionAfterFiIsTheUnionNamedBefore() {
        Extraction x = shipped("ودعا الاتحاد الأوروبي إلى الهدوء.\nوقالت منسقة السياسة الخارجية في الاتحاد آنا بيانكي إن العنف مرفوض.");
        assertThat(roles(x)).contains("آنا بيانكي: high-representative of org/eu");
    }

    @Test
    void theParliamentaryGroupLeaderHoldsTheOfficeInTheParty() {
        Extraction x = shipped("كما استقال هانس لانغر، رئيس الكتلة البرلمانية لحزب الخضر، من منصبه.");
        String party = TestLexicons.actor(x, "حزب الخضر").key();
        assertThat(roles(x)).anyMatch(r -> r.startsWith("هانس لانغر: parliamentary-group-leader of " + party));
    }

    @Test
    void aNameRightBeforeAKinshipNounAndATitleIsThatHoldersKin() {
        Extraction x = shipped("وقال الرئيس الكيني جون موانغي إن الوضع هادئ.\n"
                + "وأفادت مصادر بأن الشيخ حسن موانغي شقيق الرئيس قتل في الهجوم.");
        String brother = TestLexicons.person(x, "حسن موانغي").key();
        String president = TestLexicons.person(x, "جون موانغي").key();
        assertThat(x.relations()).anyMatch(r -> r.subjectKey().equals(brother) && r.kind() == Relation.Kind.RELATIVE_OF
                && r.objectKey().equals(president));
    }
}

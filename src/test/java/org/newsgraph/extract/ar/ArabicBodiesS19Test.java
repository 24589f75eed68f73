package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;
import static org.newsgraph.extract.ar.TestLexicons.organization;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * Session 19: bodies named only by a state body's pattern and more words of a name (a revolutionary military council,
 * a council for national salvation), and the people a council is said to be made of.
 */
class ArabicBodiesS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aPatternWithNameAdjectivesIsABodyOfThatName() {
        Extraction x = shipped("وأعلن الضباط في بوركينا فاسو تشكيل الحرس الوطني الثوري الذي تسلم السلطة.");
        Actor guard = organization(x, "الحرس الوطني الثوري");
        assertThat(guard.labelEn()).startsWith("Revolutionary National Guard");
        Extraction y = shipped("وقال المجلس العسكري الشعبي في النيجر إنه سيحكم البلاد.");
        organization(y, "المجلس العسكري الشعبي");
    }

    @Test
    void aPatternWithAPurposeIsABodyOfThatName() {
        Extraction x = shipped("وفي تشاد، أعلن الجنرال تشكيل المجلس العسكري للتجديد الوطني، الذي علق العمل بالدستور.");
        Actor council = organization(x, "المجلس العسكري للتجديد الوطني");
        assertThat(council.labelEn()).startsWith("Military Council of National Renewal");
        Extraction y = shipped("وفي غينيا تولى المجلس العسكري للتقدم السلطة.");
        organization(y, "المجلس العسكري للتقدم");
    }

    @Test
    void thePatternAloneAfterTheLongerNameIsThatBody() {
        Extraction x = shipped("وفي تشاد، تشكل المجلس العسكري للتجديد الوطني. وقال المجلس العسكري إنه سيحكم ستة أشهر.");
        assertThat(x.actors()).filteredOn(a -> a.labelEn().startsWith("Military Council")).hasSize(1);
    }

    @Test
    void aStatusWordOrWhoseAfterThePatternNamesNoLongerBody() {
        assertThat(labels(shipped("وقال المجلس العسكري الحاكم في السودان إنه سيسلم السلطة.")))
                .contains("المجلس العسكري").doesNotContain("المجلس العسكري الحاكم");
        assertThat(labels(shipped("وفي السودان، قال المجلس العسكري للبلاد إنه سيسلم السلطة.")))
                .noneMatch(l -> l.startsWith("المجلس العسكري للبلاد"));
        assertThat(labels(shipped("وفي تشاد، قالت الحكومة الانتقالية الجديدة إنها ستجري انتخابات.")))
                .noneMatch(l -> l.startsWith("الحكومة الانتقالية"));
    }

    @Test
    void theVerbOfMakingUpThenTheCouncilThenItsPeople() {
        Extraction x = shipped("وفي البيرو، يتألف المجلس العسكري من قائد الجيش الفريق ماركو سانشيز، وقائد البحرية "
                + "الأدميرال لويس باريديس، وقائد سلاح الجو الجنرال خوسيه ألفارو، وقد أعلن حل البرلمان.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "ماركو سانشيز", "المجلس العسكري"),
                member(x, "لويس باريديس", "المجلس العسكري"), member(x, "خوسيه ألفارو", "المجلس العسكري"));
    }

    @Test
    void aCouncilMadeUpOfPeopleAfterIt() {
        Extraction x = shipped("وفي مالي أعلن الضباط تشكيل المجلس العسكري المؤلف من الفريق أحمد سالم والعقيد كمال داود.");
        assertThat(members(x)).containsExactlyInAnyOrder(member(x, "أحمد سالم", "المجلس العسكري"),
                member(x, "كمال داود", "المجلس العسكري"));
        Extraction y = shipped("وفي السودان أعلن الضباط تشكيل مجلس السيادة الذي يضم الفريق أحمد سالم والعقيد كمال داود.");
        assertThat(members(y)).containsExactlyInAnyOrder(member(y, "أحمد سالم", "مجلس السيادة"),
                member(y, "كمال داود", "مجلس السيادة"));
    }

    @Test
    void aPartyListedWithItsLeaderListsNoPersonAsMember() {
        Extraction x = shipped("وفي كينيا تضم الحكومة الجديدة حزب العدالة بزعامة كمال داود وحزب المؤتمر.");
        assertThat(members(x)).doesNotContain(member(x, "كمال داود", "الحكومة"));
    }

    @Test
    void aQuotedNameAfterAUnionNounIsABodyAndQuotedAgainTheSameBody() {
        Extraction x = shipped("ولدت نقابة «الكرامة» المستقلة قبل عامين في زيمبابوي. وقالت الشرطة إنها اعتقلت قادة «الكرامة» أمس.");
        Actor union = organization(x, "نقابة «الكرامة»");
        assertThat(x.actors()).filteredOn(a -> a.type() == org.newsgraph.extract.ActorType.ORGANIZATION
                && a.labelAr().contains("الكرامة")).containsExactly(union);
        assertThat(x.mentions()).filteredOn(m -> m.actorKey().equals(union.key())).hasSize(2);
    }

    @Test
    void aQuotedWordNoBodyWasNamedByIsNoBody() {
        assertThat(labels(shipped("ووصف الوزير الاحتجاجات بأنها «فوضى» في زيمبابوي.")))
                .noneMatch(l -> l.contains("فوضى"));
    }

    @Test
    void aNameSetOffBeforeALeaderOfAQuotedBodyIsAPerson() {
        Extraction x = shipped("أما كمال داود، زعيم «الكرامة»، فقد نقل إلى العاصمة.");
        TestLexicons.person(x, "كمال داود");
        Extraction y = shipped("واعتقلت الشرطة هيلا أحمد، رئيسة «الكرامة»، في منزلها.");
        TestLexicons.person(y, "هيلا أحمد");
    }

    @Test
    void aNameAfterLedByABodyIsItsLeader() {
        Extraction x = shipped("وشكل الرئيس حكومة مع حركة اليسار الأخضر بزعامة ماركو سانشيز.");
        Actor leader = TestLexicons.person(x, "ماركو سانشيز");
        assertThat(members(x)).contains(member(x, "ماركو سانشيز", "حركة اليسار الأخضر"));
        assertThat(x.roles()).anyMatch(r -> r.personKey().equals(leader.key()) && r.office().equals("leader"));
        Extraction y = shipped("وتقدمت قوات المتمردين بقيادة لويس باريديس نحو العاصمة.");
        assertThat(labels(y)).doesNotContain("لويس باريديس نحو");
    }

    @Test
    void aBodysNounAloneIsTheOneBodyOfThatNounNamedBefore() {
        Extraction x = shipped("وفي زيمبابوي، ولدت نقابة «الكرامة» قبل عامين. وقالت النقابة إن الإضراب سيستمر.");
        Actor union = organization(x, "نقابة «الكرامة»");
        assertThat(TestLexicons.event(x, "say").sourceKey()).isEqualTo(union.key());
        Extraction y = shipped("وفي تشاد، تشكل المجلس العسكري للتجديد الوطني. ويتألف المجلس من الفريق أحمد سالم والعقيد كمال داود.");
        assertThat(members(y)).containsExactlyInAnyOrder(member(y, "أحمد سالم", "المجلس العسكري للتجديد الوطني"),
                member(y, "كمال داود", "المجلس العسكري للتجديد الوطني"));
        Extraction z = shipped("وفي البيرو، قال حزب العدالة إن الانتخابات ستجري. وأضاف الحزب أنه سيشارك فيها.");
        Actor party = organization(z, "حزب العدالة");
        assertThat(TestLexicons.events(z, "say")).extracting(e -> e.sourceKey()).containsExactly(party.key(), party.key());
    }

    @Test
    void aBodysNounAloneAfterTwoBodiesOfThatNounIsNeither() {
        Extraction x = shipped("وفي البيرو، قال حزب العدالة وحزب المؤتمر إن الانتخابات ستجري. وأضاف الحزب أنه سيشارك فيها.");
        assertThat(TestLexicons.events(x, "say")).hasSize(1);
    }

    @Test
    void aBodysNounAloneAfterItsFollowersIsNoOneActing() {
        Extraction x = shipped("وفي البيرو، قال حزب العدالة إن الانتخابات ستجري. ودعا الوزير كمال داود أنصار الحزب إلى التظاهر.");
        Actor party = organization(x, "حزب العدالة");
        assertThat(x.events()).noneMatch(e -> e.cameo().startsWith("02") && party.key().equals(e.targetKey()));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Session 11: memberships an article states without a membership list (who leads a body, a membership suspended, an office in a party). */
class ArabicRelationsS11Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void whoLeadsABodyIsOneOfIt() {
        Extraction x = shipped("ودخلت فصائل المعارضة المسلحة، بقيادة \"جبهة الخلاص الوطني\"، العاصمة فجر الأحد.");
        assertThat(members(x)).containsExactly(member(x, "جبهة الخلاص الوطني", "المعارضة"));
        Extraction y = shipped("ويتزعم رجب طيب أردوغان حزب العدالة والتنمية منذ تأسيسه.");
        assertThat(members(y)).containsExactly(member(y, "رجب طيب أردوغان", "حزب العدالة والتنمية"));
    }

    @Test
    void aSuspendedMembershipNamesTheMemberAndTheBody() {
        Extraction x = shipped("وأعلن الاتحاد الأفريقي تعليق عضوية مالي في المنظمة حتى عودة النظام الدستوري.");
        assertThat(members(x)).containsExactly(member(x, "مالي", "الاتحاد الأفريقي"));
        Extraction y = shipped("وقرر الاتحاد الأوروبي تعليق عضوية المجر.");
        assertThat(members(y)).containsExactly(member(y, "المجر", "الاتحاد الأوروبي"));
    }

    @Test
    void anOfficeInAPartyIsMembership() {
        Extraction x = shipped("وقال زعيم حزب الوفد حسن عمر إن الانتخابات مزورة.");
        assertThat(members(x)).containsExactly(member(x, "حسن عمر", "حزب الوفد"));
        // an office in a state is no membership of it
        Extraction y = shipped("وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس قلقة.");
        assertThat(members(y)).isEmpty();
    }

    @Test
    void aBodyListsItsMembersRightAfterItsName() {
        Extraction x = shipped("وأدانت المجموعة الاقتصادية لدول غرب أفريقيا، التي تضم 15 دولة بينها غانا، الهجوم.");
        assertThat(members(x)).containsExactly(member(x, "غانا", "المجموعة الاقتصادية لدول غرب أفريقيا"));
        Extraction z = shipped("والمجموعة الاقتصادية لدول غرب أفريقيا تأسست عام 1975، وتضم: نيجيريا وغانا والسنغال.");
        assertThat(members(z)).containsExactly(member(z, "نيجيريا", "المجموعة الاقتصادية لدول غرب أفريقيا"),
                member(z, "غانا", "المجموعة الاقتصادية لدول غرب أفريقيا"), member(z, "السنغال", "المجموعة الاقتصادية لدول غرب أفريقيا"));
        // what a building houses is no member of a body the sentence named before it
        Extraction y = shipped("وأضرم المحتجون النار في مبنى البرلمان، وامتدت الحرائق إلى مجمع حكومي يضم وزارة الداخلية ووزارة العدل.");
        assertThat(members(y)).isEmpty();
    }

    @Test
    void aKinshipNounWithAPronounBeforeATitleMakesItsHolderKinOfTheOneNamedBefore() {
        Extraction x = shipped("وتولى الرئيس إلهام علييف الحكم عام 2003 خلفا لوالده الراحل الرئيس حيدر علييف.");
        assertThat(x.relations()).extracting(r -> r.subjectKey() + " " + r.kind() + " " + r.objectKey() + " " + r.detail())
                .containsExactly(actor(x, "حيدر علييف").key() + " RELATIVE_OF " + actor(x, "إلهام علييف").key() + " parent");
        Extraction y = shipped("وكان الرئيس ماتيو كاسونغو قد عين أخاه الجنرال بيير كاسونغو قائدا للجيش.");
        assertThat(y.relations()).extracting(r -> r.subjectKey() + " " + r.objectKey() + " " + r.detail())
                .containsExactly(actor(y, "بيير كاسونغو").key() + " " + actor(y, "ماتيو كاسونغو").key() + " sibling");
    }
}

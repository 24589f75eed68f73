package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Roles told by a verb of heading in a relative clause after the holder's name (session 35): "فلان، الذي يرأس
 * منظمة كذا،"، "فلانة التي تتزعم حركة كذا"، "فلان، الذي كان يقود الجيش،" (an office held before). A verb whose
 * object is no body (يقود سيارته) gives no role. السكرتير العام is the secretary-general. Short sentences of our
 * own, on other countries and people.
 */
class ArabicRolesS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void whoHeadsABodyInARelativeClauseChairsIt() {
        Extraction x = extract("وقال الرئيس الأوروغواياني ماركوس فيرا، الذي يرأس حاليا منظمة الدول الأمريكية، "
                + "إنه قلق من العنف.");
        assertThat(roles(x)).contains("ماركوس فيرا: president of org/oas");
    }

    @Test
    void whoLeadsAPartyInARelativeClauseIsItsLeader() {
        Extraction x = extract("شهدت بوليفيا احتجاجات واسعة. وقالت الناشطة إيلينا روخاس التي تتزعم حركة العدالة "
                + "الشعبية إن المظاهرات ستستمر.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("إيلينا روخاس: leader of org/"));
    }

    @Test
    void whoUsedToLeadTheArmyHeldThatOfficeBefore() {
        Extraction x = extract("شهدت الإكوادور توترا أمنيا. وقال الجنرال دييغو باريديس، الذي كان يقود الجيش، إن "
                + "الوضع هادئ.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("دييغو باريديس: leader of ") && r.endsWith("(former)"));
    }

    @Test
    void whoDrivesHisCarHoldsNoOffice() {
        Extraction x = extract("شهدت الإكوادور توترا أمنيا. وقال الجنرال دييغو باريديس الذي يقود سيارته إنه "
                + "لم ير شيئا.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("دييغو باريديس: leader"));
    }

    @Test
    void theSecretaryGeneralByItsOlderNameHeadsTheParty() {
        Extraction x = extract("وقال نيقولاي بوبيسكو السكرتير العام للحزب الشيوعي البلغاري إن الغزو خطأ جسيم.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("نيقولاي بوبيسكو: secretary-general of org/"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.member;
import static org.newsgraph.extract.ar.TestLexicons.members;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Session 13, the lead's rules: a body's members listed after its count and هي ("namely"). */
class ArabicLeadS13Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 6);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theMembersAfterACountAndHiAreTheBodysMembers() {
        Extraction x = shipped("وتضم مجموعة السبع سبع دول هي الولايات المتحدة وكندا واليابان وألمانيا وفرنسا وإيطاليا وبريطانيا.");
        assertThat(members(x)).hasSize(7).contains(member(x, "كندا", "مجموعة السبع"), member(x, "اليابان", "مجموعة السبع"));
        Extraction y = shipped("ويضم الاتحاد الأفريقي 55 دولة، وهي الدول الأفريقية كلها.");
        assertThat(members(y)).isEmpty();
    }

    @Test
    void hiWithNoCountBeforeItListsNoMembers() {
        Extraction x = shipped("وقال وزير الخارجية الكندي إن الأزمة في الشرق الأوسط هي الأخطر، وإن فرنسا وألمانيا تشاركان كندا القلق.");
        assertThat(members(x)).isEmpty();
    }

    @Test
    void theIslandAndThePeninsulaAreNoChannel() {
        for (String text : List.of("وتقع الجزيرة في البحر المتوسط، ويزورها آلاف السياح.",
                "وقال المسؤول إن دول شبه الجزيرة العربية تواجه تحديات كبيرة.")) {
            assertThat(shipped(text).actors()).extracting(a -> a.key()).doesNotContain("org/al-jazeera");
        }
        assertThat(shipped("وقال وزير الخارجية الكندي لقناة الجزيرة إن الوضع هادئ.").actors()).extracting(a -> a.key())
                .contains("org/al-jazeera");
    }
}

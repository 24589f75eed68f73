package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Kin by rank among siblings (كبرى بنات، ابنته الصغرى) and half-siblings (الأخ غير الشقيق). */
class ArabicKinS21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static List<String> kin(Extraction x) {
        return x.relations().stream().map(r -> r.subjectKey() + " " + r.kind() + " " + r.objectKey() + " " + r.detail()).toList();
    }

    @Test
    void theEldestDaughterOfAFormerPresidentIsHisChild() {
        Extraction x = TestLexicons.extractShipped(
                "وقالت الصحفية كريستينا نيكولوفا، كبرى بنات الرئيس الأسبق جيليو جيليف، إن الاعتقال سياسي.", PUBLISHED);
        assertThat(kin(x)).contains(actor(x, "كريستينا نيكولوفا").key() + " RELATIVE_OF " + actor(x, "جيليو جيليف").key() + " child");
    }

    @Test
    void aRankBetweenTheKinshipNounAndTheNameKeepsTheKin() {
        Extraction x = TestLexicons.extractShipped(
                "وأصيب المعارض فيكتور باراني وابنته الصغرى إيلينا باراني بجراح في الهجوم.", PUBLISHED);
        assertThat(kin(x)).contains(actor(x, "إيلينا باراني").key() + " RELATIVE_OF " + actor(x, "فيكتور باراني").key() + " child");
    }

    @Test
    void aHalfBrotherInAppositionIsKinOfTheOfficeHolderAfterIt() {
        Extraction x = TestLexicons.extractShipped(
                "واعتقل أيضا نيكولاي بانوف، الأخ غير الشقيق للوزير سيميون دياكوف، في منزله.", PUBLISHED);
        assertThat(kin(x)).contains(actor(x, "نيكولاي بانوف").key() + " RELATIVE_OF " + actor(x, "سيميون دياكوف").key() + " sibling");
    }

    @Test
    void theLargestPartyNamesNoOnesKin() {
        Extraction x = TestLexicons.extractShipped(
                "وقال زعيم الحزب الأكبر في البرلمان إن الحكومة ستسقط، فيما رفض الرئيس الوحيد المنتخب التعليق.", PUBLISHED);
        assertThat(x.relations()).isEmpty();
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Kin named by a given name alone after a kinship noun with its pronoun (زوجته فلانة، ونجله فلان). */
class ArabicKinS13Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static List<String> kin(Extraction x) {
        return x.relations().stream().map(r -> r.subjectKey() + " " + r.kind() + " " + r.objectKey() + " " + r.detail()).toList();
    }

    @Test
    void aForeignGivenNameAloneAfterAKinshipNounIsThatKin() {
        Extraction x = TestLexicons.extractShipped(
                "واعتقلت الشرطة الرئيس السابق أندريس كاماتشو في منزله برفقة زوجته لوسيانا ونجله ماتيو، ونقلتهم إلى مقر الشرطة.", PUBLISHED);
        String camacho = actor(x, "أندريس كاماتشو").key();
        assertThat(kin(x)).contains(actor(x, "لوسيانا").key() + " RELATIVE_OF " + camacho + " spouse",
                actor(x, "ماتيو").key() + " RELATIVE_OF " + camacho + " child");
    }

    @Test
    void theGivenNameEndsAtAWordWithAPreposition() {
        Extraction x = TestLexicons.extractShipped("وأصيب المعارض فيكتور باراني وابنته إيلينا بجراح خطيرة في الهجوم.", PUBLISHED);
        assertThat(kin(x)).contains(actor(x, "إيلينا").key() + " RELATIVE_OF " + actor(x, "فيكتور باراني").key() + " child");
    }

    @Test
    void anOrdinaryWordAfterTheKinshipNounNamesNoOne() {
        Extraction x = TestLexicons.extractShipped("وقال المعارض فيكتور باراني إن زوجته مريضة، وإن ابنته غائبة عن البلاد منذ عام.", PUBLISHED);
        assertThat(x.relations()).isEmpty();
        assertThat(x.actors()).extracting(a -> a.labelAr()).doesNotContain("مريضة", "غائبة");
    }

    @Test
    void theKinOfASurnameNamedAgainAreThatPersonsNotTheStorysFirstSpeakers() {
        Extraction x = TestLexicons.extractShipped("قال الرئيس الفرنسي إيمانويل ماكرون إن القوات اعتقلت الرئيس السابق لوران كامبا في منزله."
                + " واقتيد كامبا برفقة زوجته سيمون ونجله ميشال إلى فندق في المدينة.", PUBLISHED);
        String kamba = actor(x, "لوران كامبا").key();
        assertThat(kin(x)).containsExactlyInAnyOrder(actor(x, "سيمون").key() + " RELATIVE_OF " + kamba + " spouse",
                actor(x, "ميشال").key() + " RELATIVE_OF " + kamba + " child");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Buildings stormed and attacked (session 18): the body housed in a building is the target of the act on it, through
 * the command or the inner building named after it (مقر قيادة الجيش، ثكنة القيادة العامة للجيش), and after a subject
 * read through a partitive (مجموعة من المسلحين). Short sentences of our own, on other countries and people.
 */
class ArabicStormS18Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a building of a command, a barracks

    @Test
    void theSeatOfTheCommandOfTheArmyIsTheArmys() {
        Extraction x = extract("شهدت غينيا توترا. وهاجم مسلحون مقر قيادة الجيش في كوناكري.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void aBarracksOfTheGeneralCommandAfterAPartitiveSubject() {
        Extraction x = extract("شهدت تشاد توترا. وهاجمت مجموعة من المسلحين ثكنة القيادة العامة للجيش ليلا.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void aBarracksOfTheGeneralCommandOfThePolice() {
        Extraction x = extract("شهدت مالي توترا. وهاجم جنود متمردون ثكنة القيادة العامة للشرطة في باماكو.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/police"));
    }

    @Test
    void theCommandOfThePoliceInsideItsSeat() {
        Extraction x = extract("شهدت النيجر توترا. واقتحم محتجون مبنى قيادة الشرطة في نيامي.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/police"));
    }

    @Test
    void aBuildingInsideTheSeatOfAParty() {
        Extraction x = extract("شهدت زامبيا احتجاجات. واقتحم متظاهرون مبنى مقر الحزب الديمقراطي الاشتراكي في لوساكا.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.targetKey()).isNotNull());
    }

    @Test
    void aHomeOfNoOneNamedIsNoBody() {
        Extraction x = extract("شهدت كينيا احتجاجات. واقتحم محتجون منزلا في القرية ونهبوا محلا تجاريا.");
        assertThat(coded(x, "145")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }
}

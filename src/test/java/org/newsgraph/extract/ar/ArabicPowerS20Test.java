package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Coups told as taking power, and what the soldiers did afterwards (session 20): an armed body that receives or
 * seizes power (تسلم الجيش السلطة، أعلن توليه الحكم، استولى على السلطة with words between) makes a coup, whose
 * makers held those the story tells as held with no hand of their own; a lone actor put in custody is the one held.
 * Short sentences of our own, on other countries and people.
 */
class ArabicPowerS20Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- taking power

    @Test
    void theArmyTakingPowerIsACoup() {
        Extraction x = extract("تسلم الجيش السلطة في مالاوي فجر الاثنين.");
        assertThat(coded(x, "180")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
        Extraction y = extract("تسلم الجيش مقاليد الحكم في مالاوي فجر الاثنين.");
        assertThat(coded(y, "180")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }

    @Test
    void theArmyAnnouncingItTookPowerIsACoup() {
        Extraction x = extract("أعلن الجيش في مالاوي توليه السلطة فجر الاثنين.");
        assertThat(coded(x, "180")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }

    @Test
    void seizingPowerWithThePlaceBetweenIsACoupNotAnOccupation() {
        Extraction x = extract("استولى الجيش في مالاوي على السلطة فجر الاثنين.");
        assertThat(coded(x, "180")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void anElectedPresidentTakingOfficeIsNoCoupNorAHandover() {
        Extraction x = extract("تسلم الرئيس المنتخب السلطة في مالاوي يوم الاثنين.");
        assertThat(coded(x, "18")).isEmpty();
        assertThat(coded(x, "0831")).isEmpty();
    }

    @Test
    void theArmyHandingPowerToCiviliansStaysAHandover() {
        Extraction x = extract("سلم الجيش في مالاوي السلطة إلى المدنيين.");
        assertThat(coded(x, "0831")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
        assertThat(coded(x, "18")).isEmpty();
    }

    // ------------------------------------------------------------- what the coup makers did afterwards

    @Test
    void anArrestWithNoHandAfterTheArmyTookPowerIsTheArmys() {
        Extraction x = extract("استولى الجيش في مالاوي على السلطة فجر الاثنين. واعتُقل رئيس الوزراء جون موتاريكا في "
                + "منزله.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).endsWith("mutarika");
        });
    }

    @Test
    void aLoneActorPutUnderHouseArrestIsTheOneHeld() {
        Extraction x = extract("تسلم الجيش السلطة في مالاوي فجر الاثنين. كما وضع الرئيس بيتر باندا تحت الإقامة "
                + "الجبرية.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.targetKey()).endsWith("banda");
            assertThat(e.sourceKey()).isEqualTo("group/army");
        });
    }

    @Test
    void theHolderNamedBeforeTheOneHeldStaysTheDoer() {
        Extraction x = extract("وضعت الشرطة الكينية المعارض جوزيف كاماو قيد الاحتجاز مساء الخميس.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).endsWith("kamaw");
        });
    }
}

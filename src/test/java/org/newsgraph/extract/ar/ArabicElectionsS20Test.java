package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Disputed elections (session 20): who accuses whom of rigging when the accuser is set off by an aside, or described
 * by a relative clause whose own object stands right before the verb. Short sentences of our own, on other countries
 * and people.
 */
class ArabicElectionsS20Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static final String ANNOUNCED = "نيروبي- أعلنت لجنة الانتخابات في كينيا فوز الرئيس بولاية ثانية. ";

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anAccuserSetOffByHisOfficeBeforeQadStillAccuses() {
        Extraction x = extract(ANNOUNCED + "وكان زعيم المعارضة جون سميث، رئيس الوزراء الأسبق، قد اتهم الحكومة "
                + "بالتلاعب بالنتائج.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).doesNotStartWith("org/");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void anAccuserDescribedByWahuaBeforeQadStillCriticises() {
        Extraction x = extract(ANNOUNCED + "وكان زعيم المعارضة جون سميث، وهو رئيس وزراء سابق، قد انتقد الحكومة.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).doesNotStartWith("org/");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void theObjectOfARelativeClauseBeforeTheVerbIsNotTheAccuser() {
        Extraction x = extract(ANNOUNCED + "غير أن أحزاب المعارضة الثلاثة التي دخلت البرلمان تتهم الحكومة بتزوير "
                + "النتائج.");
        assertThat(coded(x, "112")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/parliament"));
    }
}

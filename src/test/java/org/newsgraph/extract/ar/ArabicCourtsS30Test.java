package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A court named after the word for its decision (قرار المحكمة الجنائية الدولية، بقرار المحكمة العليا): the court is
 * read, and what is said of the decision is aimed at it (session 30: the Sudanese government's rejection of the ICC's
 * warrant had no target, the court being hidden by a cue for "the court's decision"). Sentences of our own.
 */
class ArabicCourtsS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    @Test
    void rejectingTheDecisionOfAnInternationalCourtIsAimedAtTheCourt() {
        Extraction x = TestLexicons.extractShipped(
                "رفضت الحكومة الميانمارية قرار المحكمة الجنائية الدولية فتح تحقيق في ترحيل الروهينغا.", PUBLISHED);
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/icc"));
        assertThat(coded(x, "12")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/icc"));
    }

    @Test
    void welcomingANationalCourtsDecisionNamesThatCourt() {
        Extraction x = TestLexicons.extractShipped("ورحبت المعارضة الزامبية بقرار المحكمة العليا إلغاء نتائج الانتخابات.",
                PUBLISHED);
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/ZM/supreme-court"));
    }
}

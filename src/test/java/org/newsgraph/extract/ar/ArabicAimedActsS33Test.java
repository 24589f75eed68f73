package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * An act of force told by its noun and a verb of aiming (session 33): "هجوم انتحاري استهدف ..." is aimed at the verb's
 * object. Sentences of our own.
 */
class ArabicAimedActsS33Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aSuicideAttackAimedAtAConvoyIsAimedAtItsForce() {
        Extraction x = TestLexicons.extractShipped("وقتل 17 جنديا في هجوم انتحاري استهدف قافلة للجيش الباكستاني قرب "
                + "الحدود.", DAY);
        assertThat(coded(x, "183")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/PK/army"));
    }

    @Test
    void aBombingAimedAtAPartyInARelativeClause() {
        Extraction x = TestLexicons.extractShipped("وأدان الرئيس التفجير الذي استهدف مقر حزب المؤتمر.", DAY);
        assertThat(coded(x, "183")).singleElement()
                .satisfies(e -> assertThat(TestLexicons.label(x, e.targetKey())).isEqualTo("حزب المؤتمر"));
    }
}

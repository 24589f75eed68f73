package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts of coups and crackdowns (session 29): government forces are a group of their own, the doers of what they do, and
 * forces named in a purpose (لمنع وصول إمدادات القوات) are no later verb's subject. Short sentences of our own,
 * on other countries and people.
 */
class ArabicCrackdownS29bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- government forces

    @Test
    void governmentForcesFiringOnACrowdAreItsDoers() {
        Extraction x = extract("وفتحت القوات الحكومية النار مساء الأحد على حشد من المتظاهرين في مدينة حمص.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/government-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void forcesNamedInAPurposeAreNoLaterVerbsSubject() {
        Extraction x = extract("وقطع المسلحون الجسر الرئيسي لمنع وصول إمدادات القوات الحكومية إلى البلدة، "
                + "وأطلقوا النار على الشرطة.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/gunmen"));
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/government-forces"));
    }
}

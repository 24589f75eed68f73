package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts of crackdowns (session 29): forces named in a purpose (لمنع وصول إمدادات قوات الأمن) are no later plural
 * verb's subject. Short sentences of our own, on other countries and people.
 */
class ArabicCrackdownS29bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a purpose's actors

    @Test
    void forcesNamedInAPurposeAreNoLaterVerbsSubject() {
        Extraction x = extract("وقطع المسلحون الجسر الرئيسي لمنع وصول إمدادات قوات الأمن إلى البلدة، "
                + "وأطلقوا النار على الشرطة.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/gunmen"));
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/security-forces"));
    }
}

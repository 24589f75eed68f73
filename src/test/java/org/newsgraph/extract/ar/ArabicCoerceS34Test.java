package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Coercion (session 34): suspects named only as such (in the plural) are a group, the target of the arrests that
 * name them. Short sentences of our own, on other countries and people.
 */
class ArabicCoerceS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void suspectsCountedOrNotAreTheTargetOfTheirArrest() {
        Extraction x = extract("وقال مصدر أمني إن الشرطة أوقفت عددا من المشتبه بهم في مدينة مومباسا.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/suspects");
        });
        Extraction y = extract("واعتقلت قوات الأمن الكينية العشرات من المشتبه في تورطهم بالهجوم.");
        assertThat(coded(y, "173")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/suspects"));
    }

    @Test
    void oneSuspectIsNoGroup() {
        Extraction x = extract("وقالت الشرطة إن المشتبه به اعتقل في مكان الحادث.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("group/suspects"));
    }
}

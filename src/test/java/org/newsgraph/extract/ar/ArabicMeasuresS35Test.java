package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Measures of states and bodies (session 35): a crowd dispersed in the present with its pronoun on the verb
 * (قبل أن تفرقهم الشرطة), a crowd told as a feminine singular (الحشود: تفرقها) among them, never the crowd breaking up
 * by itself (تفرق المحتجون); closing one's own borders or airspace is a restriction (172), as the golds code it.
 * Short sentences of our own, on other countries and people.
 */
class ArabicMeasuresS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCrowdDispersedInThePresentWithItsPronounIsTheTarget() {
        Extraction x = extract("وتجمع مئات الطلاب أمام جامعة الخرطوم، قبل أن تفرقهم الشرطة بالغاز المسيل للدموع.");
        assertThat(coded(x, "175")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/students");
        });
    }

    @Test
    void aCrowdBreakingUpByItselfIsNoDispersal() {
        Extraction x = extract("واعتصم المحتجون أمام مبنى البرلمان، ثم تفرق المحتجون بعد ساعات دون أن تتدخل الشرطة.");
        assertThat(coded(x, "175")).isEmpty();
    }

    @Test
    void aCrowdToldAsAFeminineSingularIsTheDispersedGroup() {
        Extraction x = extract("وتجمعت حشود من المحتجين أمام مبنى البرلمان في نيروبي، قبل أن تفرقها الشرطة بالغاز المسيل للدموع.");
        assertThat(coded(x, "175")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void closingOnesOwnAirspaceIsARestrictionByThatState() {
        Extraction x = extract("وأغلقت كينيا مجالها الجوي أمام حركة الطيران منذ صباح الخميس.");
        assertThat(coded(x, "172")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/KE"));
        assertThat(coded(x, "191")).isEmpty();
    }
}

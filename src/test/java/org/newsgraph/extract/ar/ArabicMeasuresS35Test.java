package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Measures of states and bodies (session 35): a crowd dispersed in the present with its pronoun on the verb
 * (قبل أن تفرقهم الشرطة), never the crowd breaking up by itself (تفرق المحتجون); an emergency a government declares
 * over the whole country by its own words (في عموم البلاد) is aimed at that country. Short sentences of our own, on
 * other countries and people.
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
    void aGovernmentsEmergencyOverTheWholeCountryIsAimedAtThatCountry() {
        Extraction x = extract("وأعلنت الحكومة البيروفية حالة الطوارئ في عموم البلاد لمدة عشرة أيام.");
        assertThat(coded(x, "1724")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PE/government");
            assertThat(e.targetKey()).isEqualTo("country/PE");
        });
    }

    @Test
    void aCouncilsEmergencyInARegionNamesNoCountry() {
        Extraction x = extract("وأعلن مجلس الوزراء البيروفي فرض حالة الطوارئ في الإقليم لمدة ستة أشهر.");
        assertThat(coded(x, "1724")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }
}

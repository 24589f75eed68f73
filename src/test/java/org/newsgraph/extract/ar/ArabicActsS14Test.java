package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Which act a reaction or a decree is about (session 14, round 2): a decree's doer is its issuer, never the man it
 * removes. Short sentences of our own, on other countries and people than the session's blind topics.
 */
class ArabicActsS14Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a decree as the subject of the act it orders

    @Test
    void aDecreeEndingAGeneralsDutiesRemovesHimAndIsNotHisAct() {
        Extraction x = extract("وبث التلفزيون الرسمي صباح الأحد مرسوما رئاسيا ينهي مهام قائد الجيش الجنرال كوفي منساه.");
        assertThat(coded(x, "172")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("name/kufi-mansah"));
        assertThat(coded(x, "172")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/kufi-mansah"));
    }

    @Test
    void theIssuerOfTheDecreeIsTheDoer() {
        Extraction x = extract("وأصدر الرئيس الغاني جون ماهاما مرسوما ينهي مهام قائد الجيش الجنرال كوفي منساه.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-mahama");
            assertThat(e.targetKey()).isEqualTo("name/kufi-mansah");
        });
    }

    @Test
    void aDecisionProvidingForADismissalKeepsTheMinisterAsItsObject() {
        Extraction x = extract("ونشرت الجريدة الرسمية قرارا يقضي بإقالة وزير المالية كوامي أدو.");
        assertThat(coded(x, "172")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("name/kuami-ado"));
        assertThat(coded(x, "172")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/kuami-ado"));
    }

    @Test
    void endingSomeonesDutiesIsADismissal() {
        Extraction x = extract("وقرر المجلس العسكري في النيجر إنهاء مهام رئيس الوزراء يوسف بكاري.");
        assertThat(coded(x, "172")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("name/youssef-bkari"));
    }

    @Test
    void theIssuerNamedByThePronounOnIssuingIsTheDoerNotTheSubjectOfTheActBefore() {
        Extraction x = extract("أطاح ضباط في الجيش الغاني صباح الأحد بالرئيس جون ماهاما، بعد ساعات من إصداره مرسوما يقضي "
                + "بإقالة قائد الجيش الجنرال كوفي منساه.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-mahama");
            assertThat(e.targetKey()).isEqualTo("name/kufi-mansah");
        });
        assertThat(coded(x, "172")).noneSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/soldiers");
            assertThat(e.targetKey()).isEqualTo("name/kufi-mansah");
        });
    }

    @Test
    void aGovernmentIssuingByItsPronounIsTheDoer() {
        Extraction x = extract("تظاهر آلاف الطلاب أمام مقر الحكومة الكينية بعد يوم من إصدارها قرارا يقضي بإقالة رئيس الجامعة "
                + "جيمس أوتينو.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
            assertThat(e.targetKey()).isEqualTo("name/james-otino");
        });
    }

    // ------------------------------------------------------------- the first named among those counted

    @Test
    void theManNamedFirstAmongThoseCountedIsTheObject() {
        Extraction x = extract("أعلنت الحكومة الكينية إقالة ثلاثة من كبار الضباط، في مقدمتهم قائد الشرطة الجنرال جيمس أوتينو.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
            assertThat(e.targetKey()).isEqualTo("name/james-otino");
        });
    }

    @Test
    void aNameAfterAnUncountedObjectIsNotSingledOut() {
        // no number counts the officers: the man after the comma is no one singled out among them
        Extraction x = extract("أعلنت الحكومة الكينية إقالة الضباط، بينما قال المعارض جيمس أوتينو إن القرار متأخر.");
        assertThat(coded(x, "172")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("name/james-otino"));
    }
}

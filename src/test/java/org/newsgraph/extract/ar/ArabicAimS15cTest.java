package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 15, round 2b: events whose words are there but gave nothing. Short sentences of our own, on other
 * countries and people, with the shipped lexicons.
 */
class ArabicAimS15cTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------------------------ "أودى بحياة": a killing, its subject the cause

    @Test
    void aWarThatClaimedTheLivesOfPeopleIsAKillingWithThatCount() {
        Extraction x = extract("وشهدت ليبيريا حربا أهلية بين عامي 1989 و2003 أودت بحياة نحو 250 ألف شخص.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(250000));
        });
    }

    @Test
    void aMasculineCauseThatClaimedLivesIsAKillingToo() {
        Extraction x = extract("وضرب زلزال قوي شمال أفغانستان أمس، وأودى بحياة 40 شخصا على الأقل.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(40));
        });
    }

    @Test
    void aPresentTenseClaimingOfLivesIsAKillingWithThatCount() {
        Extraction x = extract("وقالت منظمة الصحة العالمية إن الوباء يودي بحياة 300 طفل كل يوم في نيجيريا.");
        assertThat(coded(x, "18")).anySatisfy(e ->
                assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(300)));
    }

    // ---------------------------------------- "الذي أقاله الرئيس": a hollow verb with its pronoun, not the noun إقالة

    @Test
    void theMinisterWhomThePresidentDismissedIsTheTarget() {
        Extraction x = extract("وقال وزير الدفاع السابق باسل حداد، الذي أقاله الرئيس الكيني وليام روتو الشهر الماضي، إنه بريء.");
        assertThat(coded(x, "172")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("name/basil-hadad");
        });
    }

    @Test
    void theGeneralWhomTheCouncilDismissedIsTheTarget() {
        Extraction x = extract("وانتقد الجنرال أحمد ديالو، الذي أقاله المجلس العسكري في مالي، قرار الحكومة.");
        assertThat(coded(x, "172")).singleElement().satisfies(e ->
                assertThat(e.targetKey()).isEqualTo("name/ahmed-dialo"));
    }
}

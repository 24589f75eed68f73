package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 16: acts the press tells in words that had no event, or an event with no one on the receiving end:
 * handing oneself in, surviving or undergoing an attack, an inquiry into an act, a verdict with the court between
 * the verb and the verdict. Short sentences of our own, on other countries and people, with the shipped lexicons.
 */
class ArabicEventsS16Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------- handing oneself in

    @Test
    void handingOneselfInToThePoliceYieldsToThePolice() {
        Extraction x = extract("وكان وزير الداخلية السابق كمال بن علي قد سلّم نفسه للشرطة مساء الأربعاء.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/kamal-bin-ali");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void handingOneselfInToTheAuthoritiesIsNoHandingOverOfPower() {
        Extraction x = extract("وسلم النائب المعارض فريد الطاهري نفسه إلى السلطات التونسية.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("080");
            assertThat(e.sourceKey()).isEqualTo("name/farid-al-tahri");
            assertThat(e.targetKey()).isEqualTo("country/TN");
        });
    }

    @Test
    void handingOverPowerStaysAHandingOver() {
        Extraction x = extract("وسلم الجيش السلطة إلى المدنيين.");
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("0831"));
    }

    // ------------------------------------------------- the subject of a verb of undergoing is the act's target

    @Test
    void survivingAnAssassinationAttemptMakesTheSurvivorItsTarget() {
        Extraction x = extract("نجا الرئيس الغاني نانا أكوفو أدو من محاولة اغتيال مساء الخميس في أكرا.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("person/nana-akufo-addo"));
    }

    @Test
    void undergoingAnAttackWithLamMakesTheSubjectItsTarget() {
        Extraction x = extract("وتعرض النائب الكيني جون موانغي لاعتداء أمام منزله في نيروبي.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("name/john-muangi"));
    }

    @Test
    void anArmedAttackUndergoneIsAimedAtWhoUnderwentItNotAtGunmen() {
        Extraction x = extract("وتعرض النائب جون موانغي لهجوم مسلح.");
        // an attack on one man is an assault on him (18x, ArabicViolenceS35Test), no fight between forces
        assertThat(coded(x, "18")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("name/john-muangi"));
    }

    @Test
    void protestersWhoStormedAParliamentAndBeatDeputiesAssaultedTheDeputyNamedAmongThem() {
        Extraction x = extract("اقتحم مئات المحتجين مبنى البرلمان الكيني مساء الخميس، واعتدوا بالضرب على عدد من النواب، "
                + "بينهم النائب جون موانغي.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("name/john-muangi");
        });
    }

    @Test
    void escapingAnArrestIsNoArrestOfTheOneWhoEscaped() {
        Extraction x = extract("ونجا المعارض الكيني جون موانغي من الاعتقال.");
        assertThat(coded(x, "17")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("name/john-muangi"));
    }

    // ------------------------------------------------- an inquiry is about the act named after في

    @Test
    void anInquiryIntoTheAttackIsAimedAtTheAttackers() {
        Extraction x = extract("هاجم مسلحون مجهولون النائب الكيني جون موانغي أمام منزله في نيروبي. "
                + "وقال قائد الشرطة إن الشرطة فتحت تحقيقا في الهجوم.");
        assertThat(coded(x, "09")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void anInquiryIntoAKillingWithNoDoerIsAimedAtTheOneKilled() {
        Extraction x = extract("وفتحت الشرطة الكينية تحقيقا في مقتل الصحفي الكيني جون موانغي.");
        assertThat(coded(x, "09")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("name/john-muangi");
        });
    }

    // ------------------------------------------------- a verdict with the court between verb and verdict

    @Test
    void aVerdictIssuedByANamedCourtSentencesThePersonAfterIt() {
        Extraction x = extract("وأصدرت المحكمة الدستورية الكينية حكما بسجن الرئيس السابق جون موانغي 15 شهرا.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/constitutional-court");
            assertThat(e.targetKey()).isEqualTo("name/john-muangi");
        });
    }

    @Test
    void issuingAStatementIsNoVerdict() {
        Extraction x = extract("وأصدرت المحكمة العليا الكينية بيانا بشأن الوزير السابق جون موانغي.");
        assertThat(coded(x, "17")).isEmpty();
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Killings, attacks and fighting (session 34): people killed or wounded in a fight with a side named after its target
 * marker (قتلوا في اشتباكات مع المتمردين) were killed by that side, whose fight against the victims' side it is; an
 * explicit passive of an act of violence that counts no victims (اغتيل) is the act of the attack it happened in
 * (في هجوم شنه مسلحون); a count out of a group right before a passive (إن 13 جنديا من الجيش قتلوا) is whom it
 * befell; an angry crowd (جموع غاضبة) is a group of its own, and two gunmen (مسلحان) are gunmen. Short sentences
 * of our own, on other countries and people.
 */
class ArabicViolenceS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void soldiersKilledInClashesWithRebelsWereKilledByTheRebels() {
        Extraction x = extract("وقتل 9 جنود من الجيش الكيني في اشتباكات مع المتمردين قرب بلدة مانديرا.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/KE/army");
        });
        assertThat(coded(x, "19")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/KE/army");
        });
    }

    @Test
    void policemenWoundedInConfrontationsWithProtestersWereWoundedByThem() {
        Extraction x = extract("وأصيب 15 من عناصر الشرطة البيروفية في مواجهات مع المحتجين في ليما.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/PE/police");
        });
    }

    @Test
    void aKillingInClashesBetweenTwoSidesStillHasNoDoer() {
        Extraction x = extract("وقتل 11 جنديا في اشتباكات بين الجيش الكيني والمتمردين.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isNull());
    }

    @Test
    void anAssassinationInAnAttackCarriedOutByGunmenIsTheGunmensAct() {
        Extraction x = extract("اغتيل النائب البيروفي خوسيه راميريز فجر الأحد في هجوم شنه مسلحون على منزله.");
        assertThat(coded(x, "186")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/jose-ramiriz");
        });
    }

    @Test
    void aCountOutOfAGroupBeforeAReportedPassiveIsWhomItBefell() {
        Extraction x = extract("وقال متحدث إن 13 جنديا من الجيش الكيني قتلوا في اشتباكات مع المتمردين شمالي البلاد.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/KE/army");
        });
    }

    @Test
    void aLeaderWoundedDuringBattlesWithRebelsWasWoundedByThem() {
        Extraction x = extract("وأصيب الرئيس الكيني بجروح خلال اشتباكات مع المتمردين في شمال البلاد.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isNotNull();
        });
    }

    @Test
    void theDoerOfTheMeansIsNotMadeTheDoerOfACasualtyItIsAlsoTheVictimOf() {
        Extraction x = extract("وأعلنت الوزارة أن 8 جنود قتلوا في قصف القوات الصومالية لمواقعهم.");
        assertThat(coded(x, "18")).isNotEmpty().noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo(e.targetKey()));
    }

    @Test
    void anAngryCrowdIsTheDoerOfTheAttack() {
        Extraction x = extract("وهاجمت جموع غاضبة مبنى السفارة الفرنسية في نيامي.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("group/mob"));
        assertThat(coded(x, "19")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/mob");
            assertThat(e.targetKey()).isEqualTo("org/FR/embassy");
        });
    }

    @Test
    void twoMaskedGunmenAreGunmen() {
        Extraction x = extract("وأطلق مسلحان ملثمان النار على الصحفي البيروفي خوسيه راميريز أمام منزله.");
        // fire opened on one man is an assault on him (18x, ArabicViolenceS35Test), no fight between forces
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/jose-ramiriz");
        });
    }
}

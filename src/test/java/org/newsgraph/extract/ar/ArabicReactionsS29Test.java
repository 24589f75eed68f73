package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions and their objects (session 29): condemning "the operation" is aimed at whoever carried out the act of
 * force told before, past the background between; whoever says he is the victim of an act, or suffered it, is its
 * target, not its doer; a verbal noun after a negated copula (لم يكن احتجاجا) is no act; a city naming a treaty
 * (اتفاقية فيينا) is no act of its state. Short sentences of our own.
 */
class ArabicReactionsS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- "the operation"

    @Test
    void condemningTheOperationIsAimedAtTheForceThatCarriedItOut() {
        Extraction x = extract("اقتحمت الشرطة البيروفية سفارة تشيلي في ليما واعتقلت المعارض خوان بيريز. "
                + "ونقل بيريز بعد اعتقاله إلى سجن شديد الحراسة. وأدانت حكومات البرازيل وكولومبيا العملية.");
        assertThat(coded(x, "111")).hasSize(2).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/PE/police"));
    }

    @Test
    void condemningTheOperationPassesOverAnArrestToldWithNoDoer() {
        Extraction x = extract("داهمت قوات الأمن الأرجنتينية مقر صحيفة معارضة في بوينس آيرس. وكان رئيس تحرير الصحيفة "
                + "قد اعتقل العام الماضي. وندد الاتحاد الأوروبي بالعملية.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/eu");
            assertThat(e.targetKey()).isEqualTo("org/AR/security-forces");
        });
    }

    // ------------------------------------------------------------- the victim of an act

    @Test
    void whoSaysHeIsTheVictimOfPersecutionIsItsTarget() {
        Extraction x = extract("وقال المعارض الفنزويلي خوان بيريز إنه ضحية ملاحقة سياسية.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("name/juan-biriz");
        });
    }

    @Test
    void whoSufferedAnArrestIsItsTargetNotItsDoer() {
        Extraction x = extract("وقال المعارض الفنزويلي خوان بيريز إنه تعرض للاعتقال التعسفي مرتين.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("name/juan-biriz");
        });
    }

    // ------------------------------------------------------------- what something was not

    @Test
    void whatTheSpeakerSaysWasNoProtestIsNoProtest() {
        Extraction x = extract("وقال رئيس الوزراء الألباني صالح بريشا: \"ما حدث اليوم لم يكن احتجاجا، بل أعمال شغب\".");
        assertThat(coded(x, "141")).isEmpty();
    }

    @Test
    void sayingWhatHappenedWasNoCoupAccusesNoOne() {
        Extraction x = extract("وقال الجيش السوداني إن ما حدث ليس انقلابا.");
        assertThat(coded(x, "112")).isEmpty();
    }

    // ------------------------------------------------------------- treaties named after cities

    @Test
    void aCityNamingATreatyIsNoActorAndTheCondemnationHasNoTarget() {
        Extraction x = extract("وقال المتحدث إن الولايات المتحدة تدين أي انتهاك لاتفاقية فيينا للعلاقات الدبلوماسية.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("country/AT"));
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void theSameCityActingStillStandsForItsState() {
        Extraction x = extract("وأدانت فيينا الهجوم على السفارة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("country/AT"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Accusations and blame (session 33): a body named again by its bare noun (الحركة، الحزب، الجماعة) as the one who
 * accuses or the one accused is the body of that noun the article named before. Short sentences of our own, on other
 * countries and people. Claims of responsibility (CAMEO 015): تبنى with responsibility as its
 * object, أعلن/زعم with the claimer's own responsibility; تبنى with a law or a resolution adopts it.
 */
class ArabicBlameS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theMovementAccusedIsTheMovementNamedBefore() {
        Extraction x = extract("سيطرت حركة طالبان على مدينة قندهار. واتهمت الحكومة الأفغانية الحركة بقتل المدنيين.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/AF/government");
            assertThat(e.targetKey()).isEqualTo("org/taliban");
        });
    }

    @Test
    void theGroupThatAccusesIsTheGroupNamedBefore() {
        Extraction x = extract("شنت جماعة الحوثي هجوما على مأرب. واتهمت الجماعة الرئيس اليمني رشاد العليمي بالخيانة.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/houthis");
            assertThat(e.targetKey()).isNotNull().isNotEqualTo("org/houthis");
        });
    }

    @Test
    void aBareNounWithNoSuchBodyNamedBeforeIsNoOne() {
        Extraction x = extract("واتهمت الحكومة الأفغانية الحركة بقتل المدنيين.");
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("org/")).extracting(a -> a.key())
                .containsExactly("org/AF/government");
    }

    @Test
    void aGroupThatAdoptsResponsibilityClaimsTheAct() {
        Extraction x = extract("وتبنت حركة الشباب الصومالية المسؤولية عن الهجوم على الفندق في بيان.");
        assertThat(coded(x, "015")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/al-shabaab");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aGroupThatAnnouncesItsResponsibilityClaimsTheAct() {
        Extraction x = extract("وأعلن تنظيم الدولة الإسلامية مسؤوليته عن التفجير في بيان.");
        assertThat(coded(x, "015")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/isis"));
    }

    @Test
    void aParliamentThatAdoptsALawClaimsNothing() {
        Extraction x = extract("وتبنى البرلمان الكيني القانون الجديد بأغلبية كبيرة.");
        assertThat(coded(x, "015")).isEmpty();
    }

    @Test
    void announcingAnAttackIsNoClaim() {
        Extraction x = extract("وأعلنت الحكومة الكينية الهجوم على المتمردين.");
        assertThat(coded(x, "015")).isEmpty();
    }

    @Test
    void theOneAccusedInTheFirstPersonIsTheTargetAndTheSpeakerAccuses() {
        Extraction x = extract("وقال الرئيس الكيني وليام روتو: «أتهم رئيس الوزراء الإثيوبي آبي أحمد بدعم المتمردين».");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("person/abiy-ahmed");
        });
    }

    @Test
    void weHoldDeepInAQuotationIsTheSpeakerBlaming() {
        Extraction x = extract("وقالت حركة الشباب في بيان: «بعد التدقيق في الوقائع، فإننا نحمّل الحكومة الصومالية "
                + "المسؤولية الكاملة عن هذا العدوان».");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/al-shabaab");
            assertThat(e.targetKey()).isEqualTo("org/SO/government");
        });
    }

    @Test
    void thePartyWithAnAdjectiveIsNotThePartyNamedBefore() {
        Extraction x = extract("وكان زعيم حزب العمال الكيني قد اتهم الحزب الحاكم بتزوير الانتخابات.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/hazab-al-amal-al-kini");
            assertThat(e.targetKey()).isNotEqualTo(e.sourceKey());
        });
    }
}

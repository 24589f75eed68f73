package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Coercion (session 35): the people named after بينهم are those an arrest befell even when a long description of the
 * group stands between the verb and the list, unless another act told between names them. Short sentences of our own, on other countries and people.
 */
class ArabicCoerceS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aListFarAfterAnotherActIsThatActs() {
        // the attack's verb stands far before بينهم, past the killing that names those it befell
        Extraction x = extract("تعيش تشيلي يوم حداد بعد الهجوم المسلح الذي استهدف مقر الإذاعة الرسمية في حي بروفيدنسيا بالعاصمة"
                + " سانتياغو صباح أمس، وأسفر عن مقتل 9 أشخاص، بينهم الصحفي خوان بيريث.");
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("19"))
                .noneMatch(e -> "name/juan-birith".equals(e.targetKey()));
    }

    @Test
    void thoseNamedAmongTheArrestedFarAfterTheGroupAreItsTargets() {
        Extraction x = extract("احتجز الجيش في غامبيا عددا من الوزراء المنتمين إلى جناح داخل الحزب الحاكم، المؤيد لزوجة الرئيس،"
                + " ومن بينهم وزير المالية خوان بيريث ووزير الزراعة كارلوس منديث.");
        assertThat(coded(x, "173")).extracting(e -> e.targetKey())
                .containsExactlyInAnyOrder("name/juan-birith", "name/carlos-mandith");
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }
}

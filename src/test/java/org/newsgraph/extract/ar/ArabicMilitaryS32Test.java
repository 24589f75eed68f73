package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Military operations (session 32): forces spreading out in a place (انتشر الجنود في شوارع المدينة، انتشرت وحدات من
 * الجيش حول القصر) are a show of force (150) by the forces themselves, or the armed body named before them, aimed at
 * the place; never by a body named around the streets, nor by one a word of force merely stands before; nothing
 * spreads when a rumour does, nor when forces are only stationed somewhere. Short sentences of our own, on other
 * countries and people.
 */
class ArabicMilitaryS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void unitsOfTheArmySpreadingInTheCapitalShowForceThere() {
        Extraction x = extract("أعلن الجيش الكيني حالة التأهب القصوى. وانتشرت وحدات من الجيش في شوارع نيروبي.");
        assertThat(coded(x, "150")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/army");
            assertThat(e.targetKey()).isEqualTo("place/nairobi");
        });
    }

    @Test
    void soldiersSpreadingAroundThePresidencyAreTheArmysNotThePresidencys() {
        Extraction x = extract("استولى الجيش على السلطة في غينيا أمس. "
                + "وانتشر الجنود في شوارع كوناكري وحول مقر الرئاسة ومبنى الإذاعة.");
        assertThat(coded(x, "150")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("place/conakry");
        });
    }

    @Test
    void aBodyTheArmyAccusesIsNoArmedBodyWhoseSoldiersSpread() {
        Extraction x = extract("ويتهم الجيش النيجيري اللجنة الانتخابية المستقلة بالتقاعس. وانتشر الجنود في شوارع لاغوس.");
        assertThat(coded(x, "150")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NG/army");
            assertThat(e.targetKey()).isEqualTo("place/lagos");
        });
    }

    @Test
    void armouredVehiclesSpreadingInSomeDistrictsOfTheCapitalAimAtIt() {
        Extraction x = extract("أعلن الجيش البيروفي فرض الأمن. وانتشرت المدرعات في عدد من مناطق العاصمة ليما.");
        assertThat(coded(x, "150")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PE/army");
            assertThat(e.targetKey()).isEqualTo("place/lima");
        });
    }

    @Test
    void newsSpreadingInTheStreetsIsNoShowOfForce() {
        Extraction x = extract("انتشر الخبر في شوارع العاصمة الكينية نيروبي بسرعة.");
        assertThat(coded(x, "150")).isEmpty();
    }

    @Test
    void forcesStationedInACountryForYearsAreNoActOfTheDay() {
        Extraction x = extract("وتنتشر في مالي منذ عام 2013 قوة لحفظ السلام تضم آلاف الجنود.");
        assertThat(coded(x, "150")).isEmpty();
    }
}

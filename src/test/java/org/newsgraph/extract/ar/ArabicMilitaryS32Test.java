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
 * spreads when a rumour does, nor when forces are only stationed somewhere. Beginning or launching a military
 * operation (بدأ الجيش عملية عسكرية ضد، أطلق عملية برية) uses force on the one after ضد or على as waging one does;
 * the Saudi-led coalition in Yemen (التحالف العربي) and the Houthi militias (ميليشيات الحوثي) are actors by those
 * names. Short sentences of our own, on other countries and people.
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

    @Test
    void launchingAGroundOperationAgainstPositionsOfAGroupUsesForceOnIt() {
        Extraction x = extract("أطلق الجيش الكيني، صباح الاثنين، عملية برية ضد مواقع حركة الشباب في جنوب الصومال.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/army");
            assertThat(e.targetKey()).isEqualTo("org/al-shabaab");
        });
    }

    @Test
    void releasingPrisonersOrBeginningAVaccinationDriveIsNoOffensive() {
        Extraction x = extract("أطلق الرئيس سراح المعتقلين. بدأ الوزير حملة تطعيم في البلاد.");
        assertThat(coded(x, "190")).isEmpty();
    }

    @Test
    void theArabCoalitionStrikesTheHouthiMilitias() {
        Extraction x = extract("بدأ التحالف العربي غارات جوية على مواقع ميليشيا الحوثي قرب الحديدة.");
        assertThat(coded(x, "195")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/arab-coalition");
            assertThat(e.targetKey()).isEqualTo("org/houthis");
        });
    }
}

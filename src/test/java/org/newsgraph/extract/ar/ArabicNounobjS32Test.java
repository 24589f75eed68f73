package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A verbal noun with its doer in the genitive and its object after ل (session 32): the genitive is who acts, the
 * ل-phrase what the act is done to, also when that is no actor but a thing (positions, a hospital, its bases) or an
 * act (condemning the bombings); the actor whose thing it is, named right after it, is the target. A ل of time or of
 * reason after a man's noun keeps the genitive as whom the act befell. Short sentences of our own, on other
 * countries and people.
 */
class ArabicNounobjS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theArmyInTheGenitiveShellsThePositionsOfTheArmyAfterLam() {
        Extraction x = extract("وقالت الحكومة الكينية إن قصف الجيش الروسي لمواقع الجيش الأوكراني مستمر.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/RU/army");
            assertThat(e.targetKey()).isEqualTo("org/UA/army");
        });
    }

    @Test
    void aircraftOfACountryInTheGenitiveBombAHospitalAfterLam() {
        Extraction x = extract("وأدانت الحكومة الكينية قصف الطائرات الروسية لمستشفى في المدينة.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/RU");
            assertThat(e.targetKey()).isNotEqualTo("country/RU");
        });
    }

    @Test
    void forcesInTheGenitiveAttackTheirOwnersBasesNamedByAPronoun() {
        Extraction x = extract("ونددت الحكومة الأرجنتينية بمهاجمة القوات البريطانية لقواعدها.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/GB");
            assertThat(e.targetKey()).isNotEqualTo("country/GB");
        });
    }

    @Test
    void aCountryInTheGenitiveOfCondemnationCondemnsTheActAfterLam() {
        Extraction x = extract("وأكد المتحدث إدانة المكسيك للاعتداءات.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/MX");
            assertThat(e.targetKey()).isNotEqualTo("country/MX");
        });
    }

    @Test
    void aJournalistsCountryBeforeLamOfReasonIsStillWhomTheArrestBefell() {
        Extraction x = extract("واستنكرت النقابة اعتقال الصحفي الكيني لانتقاده الوزير.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNotEqualTo("country/KE");
            assertThat(e.targetKey()).isEqualTo("country/KE");
        });
    }

    @Test
    void aLamOfTimeAfterTheGenitiveLeavesItWhomTheActBefell() {
        Extraction x = extract("وانتقدت المنظمة اعتقال الصحفي الكيني لأيام.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/KE"));
    }
}

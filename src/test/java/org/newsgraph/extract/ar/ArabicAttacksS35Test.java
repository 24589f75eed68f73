package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A state's own military acts (session 35): a state or a body reporting that "its forces" (قواتها المسلحة، سلاحها
 * الجوي، قواتها البرية والجوية) struck or shot down something is the doer, the adjective after the possessed noun
 * being no subject of its own; a helicopter or a craft with its owner's pronoun is something to shoot down. Short
 * sentences of our own, on other countries and people.
 */
class ArabicAttacksS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theSpeakersForcesWithAnAdjectiveAreTheSpeakerAsDoer() {
        Extraction x = extract("أعلنت وزارة الدفاع الأرمينية أن قواتها البرية قصفت مواقع المسلحين.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/AM/ministry-of-defence");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void aStatesAirForceShootingDownACraftIsTheStatesAct() {
        Extraction x = extract("وكانت كولومبيا قد أعلنت أن سلاحها الجوي أسقط طائرة فنزويلية.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CO");
            assertThat(e.targetKey()).isEqualTo("country/VE");
        });
    }

    @Test
    void aHelicopterIsACraftToShootDown() {
        Extraction x = extract("أسقط الجيش السوداني مروحية إثيوبية قرب الحدود.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/ET"));
    }

    @Test
    void aNamedForceAfterTheComplementizerStaysTheDoer() {
        Extraction x = extract("قالت الحكومة الجورجية إن القوات الروسية قصفت مواقع المسلحين.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isNotEqualTo("org/GE/government"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The story's main act (session 33): an attack on a force's positions, camps or convoy (مواقع لـ، قافلة لـ) is aimed
 * at the force whose they are, and aircraft or guns with their state's nisba put before the verb with قد (وكانت
 * طائرات روسية قد قصفت) are that state acting. Short sentences of our own, on other countries and people.
 */
class ArabicMainActS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void positionsOfAGroupBombedAreAimedAtThatGroup() {
        Extraction x = extract("قصفت طائرات باكستانية خمسة مواقع لحركة طالبان في أفغانستان.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/PK");
            assertThat(e.targetKey()).isEqualTo("org/taliban");
        });
    }

    @Test
    void aircraftWithTheirStateBeforeQadAreTheDoers() {
        Extraction x = extract("وكانت طائرات روسية قد قصفت، الخميس الماضي، مواقع للمتمردين في ليبيا.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/RU");
            assertThat(e.targetKey()).isEqualTo("group/rebels");
        });
    }

    @Test
    void aConvoyAttackedStandsForTheForceItBelongsTo() {
        Extraction x = extract("هاجم مسلحون قافلة للجيش في النيجر.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void theOwnerOfPremisesBombedIsTheTargetNotTheDoer() {
        Extraction x = extract("قصفت الطائرات مقر الحزب الشيوعي في كوبا.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).startsWith("org/");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Measures of states (session 34): a state's own envoy named with his state (سفير البلد X لدى البلد Y) recalled
 * from where he is posted; a measure taken on a foreign envoy or on a state's goods aimed at that state, as a verbal
 * noun after أعلن too (إمهال القائم بالأعمال البلد-ي 48 ساعة، وقف الواردات البلد-ية); a ban on travel to a state.
 * Short sentences of our own, on other countries and people.
 */
class ArabicMeasuresS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anEnvoyNamedWithHisOwnStateIsRecalledFromWhereHeIsPosted() {
        Extraction x = extract("وأعلنت وزارة الخارجية الكندية استدعاء سفير كندا لدى فنزويلا للتشاور.");
        assertThat(coded(x, "160")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/VE");
        });
    }

    @Test
    void aForeignEnvoySummonedWhereHeIsPostedStaysTheOneSummoned() {
        Extraction x = extract("واستدعت وزارة الخارجية الكندية السفير الفنزويلي لدى أوتاوا.");
        assertThat(coded(x, "160")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/VE"));
    }

    @Test
    void aDeadlineToLeaveAsAVerbalNounIsAnExpulsionOfTheEnvoysState() {
        Extraction x = extract("وأعلنت النرويج إمهال القائم بالأعمال الإيراني 72 ساعة لمغادرة البلاد.");
        assertThat(coded(x, "166")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/NO");
            assertThat(e.targetKey()).isEqualTo("country/IR");
        });
    }

    @Test
    void anExpulsionAsAVerbalNounIsAimedAtTheEnvoysState() {
        Extraction x = extract("وأعلنت النرويج طرد السفير الإيراني.");
        assertThat(coded(x, "161")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/IR"));
    }

    @Test
    void haltingAStatesImportsIsAnEmbargoOnThatState() {
        Extraction x = extract("وقررت الحكومة الأرجنتينية وقف كل الواردات البرازيلية.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/BR"));
    }

    @Test
    void haltingItsOwnExportsIsAimedAtNoOne() {
        Extraction x = extract("وقررت الحكومة الأرجنتينية وقف الصادرات الأرجنتينية.");
        assertThat(coded(x, "163")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/AR"));
    }

    @Test
    void barringCitizensFromTravelToAStateReducesRelationsWithIt() {
        Extraction x = extract("ومنعت البرتغال مواطنيها من السفر إلى غينيا.");
        assertThat(coded(x, "160")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/PT");
            assertThat(e.targetKey()).isEqualTo("country/GN");
        });
    }

    @Test
    void onePreventedFromTravelWithNoDestinationIsCoerced() {
        Extraction x = extract("ومنعت الشرطة البيروفية الصحفي من السفر.");
        assertThat(coded(x, "160")).isEmpty();
        assertThat(coded(x, "170")).hasSize(1);
    }

    @Test
    void aLeadersNationwideMeasureIsOverHisOwnStateInAnArticleOnAnother() {
        Extraction x = extract("شنت ألمانيا هجوما على فرنسا. وقالت ألمانيا إن العملية محدودة. وأكدت ألمانيا أنها لن تتراجع. "
                + "وأعلن الرئيس الفرنسي إيمانويل ماكرون الأحكام العرفية في عموم البلاد.");
        assertThat(coded(x, "1724")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/FR"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Statements, vows and threats of the main speakers (session 34, second round): whom a threat naming no one is
 * aimed at. Short sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicSpeechS34bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aThreatAfterAnAccusationIsAimedAtTheAccused() {
        Extraction x = extract("اتهم الرئيس الفنزويلي نيكولاس مادورو كولومبيا بالتآمر على بلاده وتوعد بالرد في الوقت المناسب.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/nicolas-maduro");
            assertThat(e.targetKey()).isEqualTo("country/CO");
        });
    }

    @Test
    void aThreatAfterBlameIsAimedAtTheBlamed() {
        Extraction x = extract("حمّل رئيس الوزراء الباكستاني عمران خان الهند مسؤولية الهجوم، متوعدا برد حازم.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/IN"));
    }

    @Test
    void aThreatAfterAnotherSpeakersAccusationKeepsNoTarget() {
        Extraction x = extract("اتهم الرئيس الفنزويلي نيكولاس مادورو كولومبيا بالتآمر، وتوعد رئيس الوزراء الباكستاني عمران خان بالرد.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/imran-khan");
            assertThat(e.targetKey()).isNotEqualTo("country/CO");
        });
    }

    @Test
    void aGroupRightAfterTheCommaClosingTheSubjectIsWhomTheThreatIsAimedAt() {
        Extraction x = extract("هاجم مسلحون فندقا في باماكو أمس. "
                + "وتوعد الرئيس الفرنسي إيمانويل ماكرون، منفذي الهجوم الذي استهدف الفندق، بالملاحقة.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void theTwoBombingsPerpetratorsAreTheAttackers() {
        // the dual (منفذي التفجيرين) and مرتكبي name the gunmen the article told of, as the plural does
        String attack = "وفجر مسلحون سيارتين مفخختين في مرسيليا. ";
        Extraction x = extract(attack + "وتوعد الرئيس الفرنسي إيمانويل ماكرون منفذي التفجيرين بالملاحقة.");
        assertThat(coded(x, "13")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
        Extraction y = extract(attack + "وتوعد الرئيس الفرنسي إيمانويل ماكرون مرتكبي الاعتداء بالملاحقة.");
        assertThat(coded(y, "13")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Calls, appeals and demands, and whom they address (session 21): دعا/ناشد/حث is an appeal (020) to its addressee,
 * طالب a demand (10), one for someone's departure from office a demand for a change in leadership (1041) aimed at
 * the one to go. Short sentences of our own, on other countries and people.
 */
class ArabicAppealsS21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- demands

    @Test
    void demandingSomeonesResignationIsADemandForAChangeInLeadershipAimedAtHim() {
        Extraction x = extract("وطالب زعيم المعارضة الكينية رايلا أودينغا باستقالة الرئيس وليام روتو.");
        assertThat(coded(x, "1041")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/raila-odinga");
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
        assertThat(coded(x, "02")).isEmpty();
    }

    @Test
    void aDemandedResignationIsNoResignation() {
        Extraction x = extract("وطالب زعيم المعارضة الكينية رايلا أودينغا باستقالة الرئيس وليام روتو.");
        assertThat(coded(x, "083")).isEmpty();
    }

    @Test
    void aDemandMadeOfSomeoneIsAimedAtHimWhateverItAsks() {
        Extraction x = extract("وطالبت منظمة العفو الدولية الحكومة الكينية بالإفراج عن المعتقلين.");
        assertThat(coded(x, "10")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/amnesty-international");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void protestsCalledForADepartureAreADemandOfTheProtesters() {
        Extraction x = extract("وتظاهر آلاف المحتجين في نيروبي مطالبين برحيل الرئيس وليام روتو.");
        assertThat(coded(x, "1041")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
    }

    @Test
    void aDemandedDepartureInAVerbalNounIsAimedAtTheOneToGo() {
        Extraction x = extract("وتشهد العاصمة الكينية احتجاجات للمطالبة برحيل الرئيس وليام روتو.");
        assertThat(coded(x, "1041")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/william-ruto"));
    }

    // ------------------------------------------------------------- appeals

    @Test
    void aCallStaysAnAppealNoDemand() {
        Extraction x = extract("وحث الأمين العام للأمم المتحدة الطرفين على ضبط النفس.");
        assertThat(coded(x, "10")).isEmpty();
        assertThat(coded(x, "020")).isNotEmpty();
    }
}

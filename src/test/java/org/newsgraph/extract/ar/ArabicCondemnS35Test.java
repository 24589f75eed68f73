package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations (session 35): condemning an attack told in other words (اقتحم مسلحون، then الهجوم) is aimed at
 * the article's main violent actor, not at the police or security forces that answered it in the sentences after
 * (killing the attackers); a resolution a body adopted condemns for
 * that body. Short sentences of our own, on other countries and people.
 */
class ArabicCondemnS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theAttackCondemnedIsTheGunmensNotThePolicesThatKilledOneOfThem() {
        Extraction x = extract("اقتحم مسلحون فندقا في باماكو أمس وأطلقوا النار على النزلاء. وقتلت الشرطة أحد المهاجمين. "
                + "ودان وزير الخارجية الكندي الهجوم.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void aResolutionAdoptedAfterAFrontedPlaceCondemnsForTheAssembly() {
        Extraction x = extract("وفي نيويورك، اعتمدت الجمعية العامة للأمم المتحدة قرارا يدين الغزو الروسي لأوكرانيا.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/un-general-assembly");
            assertThat(e.targetKey()).isEqualTo("country/RU");
        });
    }

    @Test
    void aResolutionAdoptedAtAMeetingCondemnsForWhoHeldIt() {
        Extraction x = extract("وفي بروكسل عقد المجلس الأوروبي جلسة طارئة تبنى فيها قرارا يدين اعتقال المعارض في بيلاروس.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/european-council"));
    }

    @Test
    void aResolutionOfABodyNoActorNamesCondemnsForItsOrganisation() {
        Extraction x = extract("وفي لاغوس، تبنى المكتب السياسي لحزب المؤتمر قرارا يدين اعتقال رئيس الحزب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/hazab-al-mutmr"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Decisions of authorities on people in office (session 31): charging someone with a task of office (كلف فلانا
 * بتشكيل الحكومة) appoints him as عين does; suspending someone from work (أوقف فلانا عن العمل) sanctions him as a
 * dismissal does, where أوقف with no "from work" stays an arrest; accepting someone's resignation (قرر قبول استقالة
 * فلان) is the authority's act on him, not his own resignation; a decision joined by و after such an object and its
 * apposition is the same decider's, and so is appointing a successor (وتعيين فلان خلفا له). Short sentences of our
 * own, on other countries and people.
 */
class ArabicDecisionsS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void chargingSomeoneWithFormingTheGovernmentAppointsHim() {
        Extraction x = extract("وكلف الرئيس الباكستاني آصف علي زرداري شهباز شريف بتشكيل الحكومة الجديدة.");
        assertThat(coded(x, "050")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/asif-ali-zardari");
            assertThat(e.targetKey()).isEqualTo("person/shehbaz-sharif");
        });
    }

    @Test
    void aCostIsNoCharge() {
        Extraction x = extract("وقال وزير المالية إن الحرب تكلف باكستان مليارات الدولارات كل عام.");
        assertThat(coded(x, "050")).isEmpty();
    }

    @Test
    void suspendingAMinisterFromWorkSanctionsHim() {
        Extraction x = extract("وأوقف الرئيس الأوكراني فولوديمير زيلينسكي وزير الخارجية دميترو كوليبا عن العمل.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/volodymyr-zelensky");
            assertThat(e.targetKey()).isEqualTo("person/dmytro-kuleba");
        });
        assertThat(coded(x, "173")).isEmpty();
    }

    @Test
    void acceptingAResignationIsTheAuthoritysActOnTheOneResigning() {
        Extraction x = extract("وقرر الرئيس الأوكراني فولوديمير زيلينسكي قبول استقالة وزير الخارجية دميترو كوليبا.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/volodymyr-zelensky");
            assertThat(e.targetKey()).isEqualTo("person/dmytro-kuleba");
        });
        assertThat(coded(x, "083")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/dmytro-kuleba"));
    }

    @Test
    void aDecisionJoinedAfterAnApposedObjectKeepsTheDecider() {
        Extraction x = extract("وقرر الرئيس الأوكراني فولوديمير زيلينسكي قبول استقالة دميترو كوليبا، وزير الخارجية، "
                + "وإيقاف أندريه سيبيها عن العمل.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/volodymyr-zelensky");
            assertThat(e.targetKey()).isEqualTo("person/andrii-sybiha");
        });
        assertThat(coded(x, "172")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/dmytro-kuleba"));
    }

    @Test
    void anAppointmentOfASuccessorJoinedToADismissalIsTheDismissersAct() {
        Extraction x = extract("وأعلن رئيس الوزراء الأوكراني دينيس شميهال إقالة دميترو كوليبا من وزارة الخارجية "
                + "وتعيين أندريه سيبيها خلفا له.");
        assertThat(coded(x, "050")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/denys-shmyhal");
            assertThat(e.targetKey()).isEqualTo("person/andrii-sybiha");
        });
    }
}

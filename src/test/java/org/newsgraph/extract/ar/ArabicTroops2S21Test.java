package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Troops sent, offered, requested and landed (session 21): who sends forces where, a later sender going where the
 * first ones went, readiness to send them, a request for military aid made of several states, and forces landing in
 * a city. Short sentences of our own, on other countries.
 */
class ArabicTroops2S21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- forces sent and arriving

    @Test
    void forcesArrivingInAStateAreSentToIt() {
        Extraction x = extract("ووصلت قوات فرنسية إلى النيجر مساء السبت.");
        assertThat(coded(x, "07")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("country/NE");
        });
    }

    @Test
    void aMinisterArrivingSendsNoForces() {
        Extraction x = extract("ووصل وزير الخارجية البلجيكي إلى نيامي مساء السبت.");
        assertThat(coded(x, "07")).isEmpty();
    }

    @Test
    void aStateReadyToSendForcesIsTheOneSendingThem() {
        Extraction x = extract("وأعلنت بلجيكا استعدادها لإرسال قوات إلى الغابون.");
        assertThat(coded(x, "07")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/BE");
            assertThat(e.targetKey()).isEqualTo("country/GA");
        });
    }

    @Test
    void aLaterSenderNamingNoDestinationSendsWhereTheFirstSent() {
        Extraction x = extract("أعلنت السنغال أنها سترسل نحو 800 جندي إلى غامبيا. "
                + "وقررت غانا بدورها إرسال قوات.");
        assertThat(coded(x, "07")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/GH");
            assertThat(e.targetKey()).isEqualTo("country/GM");
        });
    }

    @Test
    void forcesSentIntoTheStreetsAtHomeGoNowhereElse() {
        Extraction x = extract("أرسلت السنغال نحو 800 جندي إلى غامبيا. "
                + "ونشرت الحكومة الغانية قوات الجيش في شوارع أكرا.");
        assertThat(x.events()).filteredOn(e -> "country/GM".equals(e.targetKey()))
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/SN"));
    }

    // ------------------------------------------------------------- readiness of several states

    @Test
    void eachStateOfACoordinatedSubjectIsReady() {
        Extraction x = extract("وأعلنت تشاد والكاميرون استعدادهما للمشاركة بقوات.");
        assertThat(coded(x, "03")).extracting(e -> e.sourceKey()).contains("country/TD", "country/CM");
    }

    @Test
    void theSubjectOfTheNextDecisionIsNoTargetOfTheReadiness() {
        Extraction x = extract("وأعلنت تشاد استعدادها للمشاركة بقوات، وقررت النيجر إرسال مئتي جندي.");
        assertThat(coded(x, "03")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NE"));
    }

    // ------------------------------------------------------------- military aid asked of several states

    @Test
    void askingMilitaryAidOfSeveralStatesAppealsToEach() {
        Extraction x = extract("وطلبت الحكومة الغابونية رسميا مساعدة عسكرية من فرنسا والمغرب والسنغال.");
        assertThat(coded(x, "02")).extracting(e -> e.targetKey())
                .contains("country/FR", "country/MA", "country/SN");
    }

    @Test
    void askingAidOfOneBodyAppealsToIt() {
        Extraction x = extract("وطلبت الحكومة الغابونية المساعدة من الأمم المتحدة.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/un"));
    }

    // ------------------------------------------------------------- landing

    @Test
    void marinesOfANisbaLandingInACapitalShowForceToItsState() {
        Extraction x = extract("ونزلت قوات من مشاة البحرية البريطانية في ليبرفيل عاصمة الغابون مساء الأربعاء.");
        assertThat(coded(x, "15")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/GB");
            assertThat(e.targetKey()).isEqualTo("country/GA");
        });
    }
}

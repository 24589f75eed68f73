package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who said what to whom (session 22): appeals from abroad to everyone concerned, or to no one named, are aimed at the
 * country whose crisis the article tells; statements and concern about what happens in a country are aimed at it.
 * Short sentences of our own, on other countries and people.
 */
class ArabicSpeechS22Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static final String CLASHES = "اندلعت اشتباكات بين الشرطة الغانية ومحتجين في أكرا. ";

    // ------------------------------------------------------------- appeals to all parties, or to no one named

    @Test
    void theSecretaryGeneralCallingOnAllPartiesCallsOnTheCountryOfTheCrisis() {
        Extraction x = extract(CLASHES + "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void aForeignStateCallingForCalmInAStatementCallsOnTheCountry() {
        Extraction x = extract(CLASHES + "ودعت الولايات المتحدة في بيان كافة الأطراف إلى الحوار.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/US");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void anInternationalBodyCallingForAnEndToViolenceWithNoOneNamed() {
        Extraction x = extract(CLASHES + "ودعا الاتحاد الأفريقي إلى وقف العنف.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void anInternationalBodyDemandingAReturnToConstitutionalRuleDemandsItOfTheCountry() {
        Extraction x = extract(CLASHES + "وطالب الاتحاد الأفريقي بالعودة إلى النظام الدستوري.");
        assertThat(coded(x, "10")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void theCountrysOwnPresidentCallingOnAllPartiesCallsOnNoState() {
        Extraction x = extract(CLASHES + "ودعا الرئيس الغاني جميع الأطراف إلى الهدوء.");
        assertThat(coded(x, "020")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aSpeakerWhoseStateIsNotToldKeepsNoTarget() {
        Extraction x = extract(CLASHES + "ودعا الناشط جون دو جميع الأطراف إلى الهدوء.");
        assertThat(coded(x, "020")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/GH"));
    }

    @Test
    void anAppealToANamedAddresseeKeepsIt() {
        Extraction x = extract(CLASHES + "ودعت فرنسا الشرطة الغانية إلى ضبط النفس.");
        assertThat(coded(x, "020")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("org/GH/police");
        });
    }

    // ------------------------------------------------------------- what happens in a country

    @Test
    void concernAboutTheEventsInACountryIsAimedAtIt() {
        Extraction x = extract("وقال المتحدث باسم الخارجية الفرنسية إن باريس \"قلقة\" إزاء الأحداث في غانا.");
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/GH"));
    }

    @Test
    void whatHappensInACountryCalledAnInternalAffair() {
        Extraction x = extract("وقال الأمين العام للجامعة العربية إن ما يجري في تونس \"شأن داخلي\".");
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/TN"));
    }

    @Test
    void voicedConcernAboutTheSituationInACountry() {
        Extraction x = extract("وأعربت ألمانيا عن قلقها حيال الأوضاع في غانا.");
        assertThat(coded(x, "012")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/DE");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void theSpeakersOwnCountryIsNoTarget() {
        Extraction x = extract("وقالت وزارة الداخلية الغانية إن الوضع في غانا هادئ.");
        assertThat(coded(x, "010")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/GH"));
    }

    @Test
    void anActToldInTheClauseKeepsWhatFollowsItsOwn() {
        Extraction x = extract("وقال الرئيس الفرنسي إن الشرطة اعتقلت عشرة أشخاص خلال الأحداث في غانا.");
        assertThat(coded(x, "010")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }
    // ------------------------------------------------------------- deep concern about an act

    private static final String ARREST = "اعتقلت الشرطة الغانية زعيم المعارضة في أكرا. ";

    @Test
    void deepConcernAboutTheArrestIsAimedAtWhoArrested() {
        Extraction x = extract(ARREST + "وأعربت فرنسا عن قلقها البالغ إزاء الاعتقال.");
        assertThat(coded(x, "012")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("org/GH/police");
        });
    }

    @Test
    void aStrongCondemnationVoicedOfTheArrest() {
        Extraction x = extract(ARREST + "وأعربت ألمانيا عن إدانتها الشديدة للاعتقال.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/DE");
            assertThat(e.targetKey()).isEqualTo("org/GH/police");
        });
    }
}

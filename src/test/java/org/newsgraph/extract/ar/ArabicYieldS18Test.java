package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts of giving way (session 18): a government taking back a decree, a bill or a rise (0832), a state suspending
 * its cooperation with another (160). Short sentences of our own, on other countries and people, with guards for
 * the other senses of the same verbs (commenting on a decision, recalling an envoy, cancelling a visit).
 */
class ArabicYieldS18Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- taking back a measure

    @Test
    void aGovernmentRepealingADecreeYields() {
        Extraction x = extract("ألغت الحكومة البيروفية المرسوم الذي أثار الاحتجاجات.");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/PE/government"));
    }

    @Test
    void aHeadlineWithTheSubjectBeforeThePresentVerb() {
        Extraction x = extract("الحكومة الإكوادورية تلغي مرسوم دعم الوقود تحت ضغط الشارع");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/EC/government"));
    }

    @Test
    void withdrawingABillInTheGenitiveOfTheVerbalNoun() {
        Extraction x = extract("ورغم سحب الرئيس الكيني وليام روتو مشروع قانون المالية، تواصلت الاحتجاجات.");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void suspendingARiseAnnouncedIsTheAnnouncersAct() {
        Extraction x = extract("وأعلن الرئيس الإكوادوري لينين مورينو، في كلمة متلفزة، تعليق الزيادة في أسعار الوقود.");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/lenin-moreno"));
    }

    @Test
    void backingDownFromADecisionAfterعن() {
        Extraction x = extract("تراجعت الحكومة الأرجنتينية عن التعديلات الضريبية.");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/AR/government"));
    }

    @Test
    void givingUpAmendmentsAnnounced() {
        Extraction x = extract("وأعلن الرئيس الأوكراني التخلي عن التعديلات الدستورية.");
        assertThat(coded(x, "0832")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/volodymyr-zelensky"));
    }

    @Test
    void givingUpPowerStaysAStepDown() {
        Extraction x = extract("وأعلن الرئيس الأوكراني التخلي عن السلطة.");
        assertThat(coded(x, "0832")).isEmpty();
        assertThat(coded(x, "0831")).isNotEmpty();
    }

    @Test
    void commentingOnADecisionIsNoRepeal() {
        assertThat(coded(extract("وعلق وزير الداخلية الفرنسي على القرار قائلا إنه مؤسف."), "08")).isEmpty();
        assertThat(coded(extract("ورفض المتحدث باسم الحكومة البيروفية التعليق على القرار."), "08")).isEmpty();
    }

    @Test
    void cancellingAVisitOrRecallingAnEnvoyIsNoRepeal() {
        assertThat(coded(extract("وألغى الرئيس الإيراني زيارته إلى موسكو."), "08")).isEmpty();
        Extraction x = extract("وسحبت تركيا سفيرها من النمسا.");
        assertThat(coded(x, "08")).isEmpty();
        assertThat(coded(x, "16")).isNotEmpty();
    }

    // ------------------------------------------------------------- suspending ties

    @Test
    void suspendingMilitaryCooperationWithAState() {
        Extraction x = extract("وعلقت اليابان علاقاتها العسكرية مع ميانمار.");
        assertThat(coded(x, "16")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/JP");
            assertThat(e.targetKey()).isEqualTo("country/MM");
        });
    }

    @Test
    void freezingRelationsDecidedByTheSpeakersCountry() {
        Extraction x = extract("وقال رئيس الوزراء الكندي جاستن ترودو إن بلاده قررت تجميد علاقاتها العسكرية مع تايلاند.");
        assertThat(coded(x, "16")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("country/TH");
        });
    }

    @Test
    void suspendingAidStaysAnAidSuspension() {
        Extraction x = extract("وأعلنت كندا تعليق المساعدات لهايتي.");
        assertThat(coded(x, "162")).isNotEmpty();
        assertThat(coded(x, "160")).isEmpty();
    }

    // ------------------------------------------------------------- an ultimatum sent

    @Test
    void anUltimatumSentToAParliamentIsAThreatToIt() {
        Extraction x = extract("وكان الرئيس الروسي فلاديمير بوتين قد وجه الخميس الماضي إنذارا إلى البرلمان الجورجي طالبه فيه بإلغاء القانون.");
        assertThat(coded(x, "13")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/vladimir-putin");
            assertThat(e.targetKey()).isEqualTo("org/GE/parliament");
        });
    }

    @Test
    void anUltimatumSentByAGovernment() {
        Extraction x = extract("ووجهت الحكومة الإثيوبية إنذارا إلى الجبهة الشعبية لتحرير تيغراي.");
        assertThat(coded(x, "139")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/ET/government"));
    }

    @Test
    void sirensAndEarlyWarningsAreNoUltimatum() {
        assertThat(coded(extract("وأطلقت السلطات اليابانية صفارات الإنذار في طوكيو."), "13")).isEmpty();
        assertThat(coded(extract("وأصدرت الحكومة الهندية الإنذار المبكر من الإعصار."), "13")).isEmpty();
        assertThat(coded(extract("ودقت المعارضة الهندية جرس إنذار."), "13")).isEmpty();
    }

    // ------------------------------------------------------------- a call for someone's departure

    @Test
    void aCallForHerDepartureIsAimedAtTheBodyNamedBefore() {
        Extraction x = extract("الحكومة الكينية تلغي القانون والمحتجون يطالبون برحيلها");
        assertThat(coded(x, "10")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aCallForHisStepDownIsAimedAtThePersonNamedBefore() {
        Extraction x = extract("واحتج المعارضون على الرئيس الكيني وليام روتو وطالبوا بتنحيه.");
        assertThat(coded(x, "10")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void protestersDemandingTheGovernmentsDepartureInAParticiple() {
        Extraction x = extract("وخرج آلاف المحتجين إلى الشوارع مطالبين برحيل الحكومة الكينية.");
        assertThat(coded(x, "10")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aCallForAResignationAfterإلى() {
        Extraction x = extract("ودعت المعارضة الكينية إلى استقالة الحكومة الكينية.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/KE/government"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Events of session 12's second round: acts whose actors are found but whose subject, source or trigger the rules
 * missed. Short sentences of our own, on other countries than the dev articles'.
 */
class ArabicEventsS12bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a masculine verb of decision goes on with the chain

    @Test
    void aMasculineDecisionVerbHandsOnTheSubjectOfTheActBefore() {
        Extraction x = extract("أدان الاتحاد الأفريقي الانقلاب، وقرر تعليق عضوية بوركينا فاسو في هيئاته.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("country/BF");
        });
    }

    @Test
    void aCouncilThatCondemnedAndDecidedImposesTheSanctions() {
        Extraction x = extract("ندد مجلس الأمن بالتجربة الصاروخية، وقرر فرض عقوبات على كوريا الشمالية.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/un-security-council");
            assertThat(e.targetKey()).isEqualTo("country/KP");
        });
    }

    @Test
    void aPresentTenseDecisionVerbGoesOnToo() {
        Extraction x = extract("يدين الاتحاد الأوروبي القمع، ويقرر فرض عقوبات على بيلاروسيا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/eu"));
    }

    @Test
    void aFunctionWordBeforeTheVerbalNounStillHandsNothingOn() {
        Extraction x = extract("أدان الاتحاد الأفريقي الانقلاب، ومن تعليق عضوية بوركينا فاسو ما يكفي.");
        assertThat(coded(x, "16")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/african-union"));
    }

    // ------------------------------------------------------------- calling a deal null and void rejects it

    @Test
    void describingADealAsNullAndVoidRejectsItsSigner() {
        Extraction x = extract("وصفت الحكومة الكينية الاتفاق الذي وقعته أوغندا مع جنوب السودان بأنه باطل.");
        assertThat(coded(x, "12")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
            assertThat(e.targetKey()).isEqualTo("country/UG");
        });
        assertThat(coded(x, "11")).isEmpty();
    }

    @Test
    void sayingADealIsNullAndVoidRejectsItsSigner() {
        Extraction x = extract("أعلنت الحكومة الليبية أن الاتفاق الذي وقعته تركيا مع مالطا باطل ولاغ.");
        assertThat(coded(x, "12")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/LY/government");
            assertThat(e.targetKey()).isEqualTo("country/TR");
        });
    }

    @Test
    void aVoidBallotOutsideASpeakersWordsIsNoEvent() {
        Extraction x = extract("وبلغ عدد الأوراق الباطلة في انتخابات زامبيا عشرة آلاف، وكانت ورقة باطلة واحدة في كل صندوق.");
        assertThat(coded(x, "12")).isEmpty();
        assertThat(coded(extract("وقال حاكم لاغوس إن المدينة هادئة."), "12")).isEmpty();
    }

    // ------------------------------------------------------------- closing airspace and ports to a state

    @Test
    void closingPortsToAStateIsAnEmbargoOnIt() {
        Extraction x = extract("قررت إريتريا إغلاق موانئها أمام إثيوبيا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/ER");
            assertThat(e.targetKey()).isEqualTo("country/ET");
        });
    }

    @Test
    void closingTheAirspaceWithTheVerbToo() {
        Extraction x = extract("وأغلقت الكويت أجواءها أمام العراق.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/IQ"));
    }

    @Test
    void closingPortsForAStormIsNoAct() {
        assertThat(coded(extract("وأغلقت السلطات الموانئ بسبب العاصفة."), "163")).isEmpty();
    }

    @Test
    void aClosureJoinedToAnAnnouncedRuptureIsTheAnnouncers() {
        Extraction x = extract("أعلنت إثيوبيا قطع العلاقات وإغلاق الأجواء أمام إريتريا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/ET");
            assertThat(e.targetKey()).isEqualTo("country/ER");
        });
    }

    @Test
    void aMinistryNeverCutsTiesWithItsOwnState() {
        Extraction x = extract("وفي أديس أبابا، أعلنت وزارة الخارجية الإثيوبية قطع العلاقات وإغلاق الأجواء الإثيوبية أمام الطائرات الإريترية.");
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/ET"));
    }

    @Test
    void aMovementOfTheCountryStillTakesItsCapital() {
        Extraction x = extract("سيطرت جماعة الحوثي على العاصمة اليمنية صنعاء بعد أن غادر الرئيس البلاد.");
        assertThat(coded(x, "192")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/YE"));
    }

    @Test
    void aGovernmentNeverSanctionsItsOwnState() {
        Extraction x = extract("أعلنت الحكومة الكندية، الجمعة، فرض عقوبات على إيران، في أكبر حزمة عقوبات تفرضها أوتاوا.");
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/CA"));
        assertThat(coded(x, "163")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/IR"));
    }

    @Test
    void closingBordersWithAStateIsAnEmbargoAndOnesOwnARestriction() {
        Extraction x = extract("وقررت منظمة الدول الأمريكية إغلاق حدود دولها مع نيكاراغوا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/NI"));
        Extraction own = extract("وأعلن العسكريون إغلاق الحدود البرية والجوية.");
        assertThat(coded(own, "172")).hasSize(1);
        assertThat(coded(own, "163")).isEmpty();
    }
}

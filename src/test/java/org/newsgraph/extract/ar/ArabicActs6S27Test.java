package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts read under the wrong code or against no one (session 27): a state of emergency, a curfew or national mourning
 * declared over the whole country is aimed at the doer's own country; freezing assets, banning trade, stopping arms
 * supplies and suspending military cooperation sanction or reduce relations with the state named; sending an envoy
 * is a visit by proxy to where he is sent; premises taken with no owner named stand for the place they are in.
 * Short sentences of our own, on other countries and people.
 */
class ArabicActs6S27Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- measures over the whole country

    @Test
    void aNationwideEmergencyIsAimedAtTheDoersCountry() {
        Extraction x = extract("أعلن الرئيس النيجيري بولا تينوبو حالة الطوارئ في عموم البلاد لمدة شهر.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NG"));
    }

    @Test
    void aLeadersCurfewAcrossTheCountryIsAimedAtHisCountry() {
        Extraction x = extract("فرض الرئيس الغاني جون ماهاما حظر التجول في جميع أنحاء البلاد بعد أعمال العنف.");
        assertThat(coded(x, "1723")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/GH"));
    }

    @Test
    void aCurfewWithNoAreaNamedIsAimedAtNoOne() {
        Extraction x = extract("شهدت غانا أعمال عنف. وفرض الرئيس الغاني جون ماهاما حظر التجول لمدة أسبوع.");
        assertThat(coded(x, "1723")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aHouseArrestToldWithNoDoerIsByTheHandHoldingOthers() {
        Extraction x = extract("واحتجزت الشرطة الكينية المعارض رايلا أودينغا في منزله، ووضع الناشط بونيفاس موانغي قيد الإقامة الجبرية.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).endsWith("police");
            assertThat(e.targetKey()).endsWith("muangi");
        });
    }

    @Test
    void aDelegationSentBesideAnotherStateGoesWhereItIsSent() {
        Extraction x = extract("وأوفدت فرنسا إلى جانب بلجيكا وزيرين إلى نيجيريا.");
        assertThat(coded(x, "042")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NG"));
        assertThat(coded(x, "042")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/BE"));
    }

    @Test
    void aNeighboursEmergencyOnItsBorderIsNotAimedAtTheArticlesCountry() {
        Extraction x = extract("تشهد نيجيريا أعمال عنف واسعة. وأعلن رئيس الوزراء الغاني حالة الطوارئ على حدود بلاده.");
        assertThat(coded(x, "1724")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/NG"));
    }

    @Test
    void nationalMourningIsAnEmpatheticActTowardsTheDoersCountry() {
        Extraction x = extract("قتل عشرات في انفجار في نيجيريا. وأعلن الرئيس النيجيري بولا تينوبو الحداد الوطني ثلاثة أيام.");
        assertThat(coded(x, "018")).anySatisfy(e -> {
            assertThat(e.sourceKey()).endsWith("tinubu");
            assertThat(e.targetKey()).isEqualTo("country/NG");
        });
    }

    @Test
    void mourningWornIsNoDeclaration() {
        Extraction x = extract("خيم الحداد على القرية بعد الحادث.");
        assertThat(coded(x, "018")).isEmpty();
    }

    // ------------------------------------------------------------- sanctions and reduced ties

    @Test
    void freezingAStatesAssetsSanctionsIt() {
        Extraction x = extract("وأعلنت بريطانيا تجميد أرصدة نيجيريا في المصارف البريطانية.");
        assertThat(coded(x, "163")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/GB");
            assertThat(e.targetKey()).isEqualTo("country/NG");
        });
    }

    @Test
    void freezingAssetsNamedByTheirNisbaSanctionsTheirState() {
        Extraction x = extract("وأمر الرئيس الكندي بتجميد الأرصدة النيجيرية في كندا.");
        assertThat(coded(x, "163")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NG"));
    }

    @Test
    void freezingMembershipIsNoSanctionOnAssets() {
        Extraction x = extract("قرر الاتحاد الأفريقي تجميد عضوية النيجر.");
        assertThat(coded(x, "163")).isEmpty();
    }

    @Test
    void banningTradeWithAStateIsAnEmbargo() {
        Extraction x = extract("وقررت الحكومة الكندية حظر التعامل التجاري مع نيجيريا.");
        assertThat(coded(x, "163")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NG"));
    }

    @Test
    void stoppingArmsSuppliesReducesAid() {
        Extraction x = extract("وأعلنت ألمانيا وقف إمدادات الأسلحة إلى نيجيريا.");
        assertThat(coded(x, "162")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/DE");
            assertThat(e.targetKey()).isEqualTo("country/NG");
        });
    }

    @Test
    void suspendingMilitaryCooperationWithACapitalReducesTiesWithItsState() {
        Extraction x = extract("وعلقت ألمانيا تعاونها العسكري مع أبوجا.");
        assertThat(coded(x, "160")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/DE");
            assertThat(e.targetKey()).isEqualTo("country/NG");
        });
    }

    // ------------------------------------------------------------- envoys

    @Test
    void sendingAnEnvoyIsAVisitToTheStateHeIsSentTo() {
        Extraction x = extract("وأعلن الأمين العام للأمم المتحدة أنه سيوفد مبعوثا خاصا إلى نيجيريا.");
        assertThat(coded(x, "042")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/NG"));
    }

    @Test
    void sendingADelegationToACapitalIsAVisitToItsState() {
        Extraction x = extract("وأرسلت فرنسا وفدا رفيعا إلى أبوجا.");
        assertThat(coded(x, "042")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("country/NG");
        });
    }

    @Test
    void sendingAidIsNoEnvoy() {
        Extraction x = extract("وأرسلت قطر مساعدات إلى نيجيريا.");
        assertThat(coded(x, "042")).isEmpty();
    }

    // ------------------------------------------------------------- premises taken

    @Test
    void governmentBuildingsTakenStandForTheCityTheyAreIn() {
        Extraction x = extract("وسيطر المتمردون على المباني الحكومية في مدينة بنغازي.");
        assertThat(coded(x, "192")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/benghazi"));
    }

    @Test
    void controlOfTheSituationTakesNoPlace() {
        Extraction x = extract("وسيطرت الشرطة على الوضع في مدينة بنغازي.");
        assertThat(coded(x, "192")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Whom acts and statements are aimed at (session 30): "البلدين" after a list of many countries is not the last two
 * of the list; the genitive of a verbal noun followed by the act's marked object (اعتذار بلاده إلى الجارة، اعتراف
 * الرئيس بفلان) is the doer's side, the marked actor the target; a condemnation of an act is never aimed at its victim;
 * a verb carrying the pronoun of the thing before it (اتصال أجراه فلان) is no given name of the speaker after it; one who
 * undergoes an act (تعرضت السفارة لقصف) is never its doer; an order a statement tells someone else issued is not the
 * speaker's; an act denied (نفى صدور أي مذكرة توقيف) is no event. Short sentences of our own, on other countries and people than the development articles.
 */
class ArabicTargetsS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- pair references

    @Test
    void theTwoCountriesAreNotTheLastTwoOfAListOfCondemners() {
        Extraction x = extract("وأثار الهجوم الكيني على السفارة التنزانية في نيروبي غضبا واسعا. ونددت حكومات غانا وتوغو "
                + "وبنين ومالي بالعملية. ودعا وزير الخارجية الكندي البلدين إلى الحوار.");
        assertThat(coded(x, "020")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isIn("country/KE", "country/TZ"));
    }

    @Test
    void theTwoCountriesJoinedAloneAreStillThePair() {
        Extraction x = extract("وتبادلت غانا وتوغو الاتهامات بشأن الحدود. ودعا وزير الخارجية الكندي البلدين إلى الحوار.");
        assertThat(coded(x, "020")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/GH"));
        assertThat(coded(x, "020")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/TG"));
    }

    // ------------------------------------------------------------- the genitive before a marked object

    @Test
    void anApologyOfACountryToAnotherIsAimedAtTheOther() {
        Extraction x = extract("قدم رئيس البرلمان الكيني موسى كاماو اعتذار كينيا إلى أوغندا عن الحادث.");
        assertThat(coded(x, "055")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/UG"));
    }

    @Test
    void anApologyWithIlaAfterTheVerbIsAimedAtWhomItNames() {
        Extraction x = extract("واعتذر الرئيس الكيني إلى أوغندا عن الحادث.");
        assertThat(coded(x, "055")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/UG"));
    }

    @Test
    void anApologyToAPeopleWithNoGenitiveStaysAimedAtThePeople() {
        Extraction x = extract("وقدمت وزيرة الخارجية الكينية اعتذارا للشعب الأوغندي.");
        assertThat(coded(x, "055")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/KE");
            assertThat(e.targetKey()).isEqualTo("country/UG");
        });
    }

    @Test
    void aRecognitionByAPresidentIsHisOfTheOneMarkedWithBa() {
        Extraction x = extract("وأكد البيت الأبيض اعتراف الرئيس الأمريكي جو بايدن بالمعارض البيروفي كارلوس منديث رئيسا انتقاليا.");
        assertThat(coded(x, "054")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/joe-biden");
            assertThat(e.targetKey()).endsWith("mandith");
        });
    }

    @Test
    void aWithdrawalOfACountryFromABodyIsAimedAtTheBody() {
        Extraction x = extract("وأعلنت الحكومة الكولومبية انسحاب بلادها من منظمة الدول الأمريكية.");
        assertThat(coded(x, "160")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CO");
            assertThat(e.targetKey()).isEqualTo("org/oas");
        });
    }

    // ------------------------------------------------------------- condemnations

    @Test
    void aCondemnationOfAnAssassinationIsNotAimedAtTheVictim() {
        Extraction x = extract("وأدان الرئيس الإيطالي سيرجو ماتاريلا اغتيال المعارض الكيني جون موانغي.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).doesNotEndWith("muangi"));
    }

    @Test
    void aCondemnationOfAnAssassinationToldBeforeIsAimedAtItsDoers() {
        Extraction x = extract("واغتال مسلحون المعارض الكيني جون موانغي في نيروبي. وأدان الرئيس الإيطالي سيرجو ماتاريلا اغتيال "
                + "المعارض الكيني جون موانغي.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    // ------------------------------------------------------------- verbs before a speaker's name

    @Test
    void aCallHeldByALeaderNamedBySurnameIsHisWithTheOtherLeader() {
        Extraction x = extract("وجاءت الخطوة بعد اتصال هاتفي أجراه ماكرون مع بوتين الثلاثاء.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("أجراه"));
        assertThat(coded(x, "041")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("person/vladimir-putin");
        });
    }

    // ------------------------------------------------------------- undergoing

    @Test
    void anEmbassyShelledIsTheTargetNotTheDoer() {
        Extraction x = extract("وتعرضت السفارة الكندية لقصف بقذائف الهاون.");
        assertThat(coded(x, "190")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("org/CA/embassy");
        });
    }

    @Test
    void aCondemnationOfTheAttackIsAimedAtTheGunmenNotAtTheStaffShelled() {
        Extraction x = extract("وهاجم مسلحون القنصلية الكندية في المدينة. وتعرض مبنى لجأ إليه الموظفون الكنديون لقصف بالهاون. "
                + "ودان الرئيس الفرنسي الهجوم.");
        assertThat(coded(x, "190")).allSatisfy(e -> assertThat(String.valueOf(e.sourceKey())).isNotEqualTo("country/CA"));
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    // ------------------------------------------------------------- orders told in a statement

    @Test
    void anArrestOrderACourtIssuedIsNotTheSpeakersArrest() {
        Extraction x = extract("وقالت الرئاسة الكينية في بيان إن المحكمة أصدرت أمرا بالقبض على المعارض جون موانغي.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> {
            assertThat(String.valueOf(e.sourceKey())).isNotEqualTo("org/KE/presidency");
            assertThat(e.targetKey()).endsWith("muangi");
        });
    }

    @Test
    void aDecreeThePresidentIssuedIsHisInTheStatementToo() {
        Extraction x = extract("وقالت الرئاسة الكينية إن الرئيس وليام روتو أصدر مرسوما بإقالة وزير الدفاع.");
        assertThat(coded(x, "172")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).endsWith("ruto"));
    }

    // ------------------------------------------------------------- acts denied

    @Test
    void aWarrantDeniedIsNoArrest() {
        Extraction x = extract("ونفى قائد الشرطة الكينية صدور أي مذكرة توقيف بحق الرئيس السابق أوهورو كينياتا.");
        assertThat(coded(x, "016")).isNotEmpty();
        assertThat(coded(x, "173")).isEmpty();
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("صدور"));
    }

    @Test
    void anyArrestDeniedIsNoArrestButOneNamedIsStillTold() {
        assertThat(coded(extract("ونفت الحكومة الكينية أي اعتقال للصحفيين."), "173")).isEmpty();
        assertThat(coded(extract("واعتقلت الشرطة الكينية الصحفيين، ونفت الحكومة أي تعذيب لهم."), "173")).isNotEmpty();
    }
}

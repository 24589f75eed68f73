package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts read with the wrong doer or none (session 29): people arrested or killed together (joined by و, or one with
 * the other after مع) are all whom it befell, never one the other's doer; a craft shot down is armed force against
 * the state it belongs to; a plural verb opening a relative clause has its antecedent as subject, and what that
 * clause's verb is done to is no target of the act before it. Short sentences of our own, on other countries and
 * people.
 */
class ArabicActsS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- people befallen together

    @Test
    void twoPeopleArrestedTogetherAreBothArrestedByNoOneNamed() {
        Extraction x = extract("واعتقل الصحفيان ماريو ستيفانوفيتش وغوران ميليتش في بلغراد.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isNull());
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("stifanovich"));
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("milich"));
    }

    @Test
    void aManArrestedWithHisWifeDidNotArrestHer() {
        Extraction x = extract("أما الناشط الكولومبي خافيير أورتيغا فقد اعتقل مع زوجته المحامية لوسيا مندوزا.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isNull());
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("ortiga"));
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("mnduza"));
    }

    @Test
    void aManKilledWithHisWifeIsTheOneKilled() {
        Extraction x = extract("وقتل الصحفي الفلبيني رامون ديلا كروز مع زوجته في هجوم.");
        assertThat(coded(x, "1823")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).endsWith("karuz");
        });
    }

    @Test
    void policeArrestingTwoPeopleArrestBoth() {
        Extraction x = extract("اعتقلت الشرطة الصربية الصحفيين ماريو ستيفانوفيتش وغوران ميليتش في بلغراد.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("stifanovich"));
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("milich"));
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(String.valueOf(e.sourceKey())).doesNotEndWith("stifanovich"));
    }

    @Test
    void twoDeputiesCriticisingAreNotCriticisingEachOther() {
        Extraction x = extract("انتقد النائبان البرازيليان ماركوس فييرا وباولو سيلفا.");
        assertThat(coded(x, "111")).allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).doesNotEndWith("silfa"));
    }

    // ------------------------------------------------------------- shooting down

    @Test
    void aDroneShotDownIsForceAgainstItsState() {
        Extraction x = extract("أسقطت الدفاعات الجوية الهندية مساء الأحد طائرة مسيرة باكستانية قرب الحدود.");
        assertThat(coded(x, "190")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/IN");
            assertThat(e.targetKey()).isEqualTo("country/PK");
        });
    }

    @Test
    void aDroneOfAnArmedGroupShotDownIsForceAgainstTheGroup() {
        Extraction x = extract("أعلن الجيش الأردني إسقاط طائرة مسيرة تابعة لحزب الله.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/hezbollah"));
    }

    @Test
    void aGovernmentBroughtDownIsNoShootingDown() {
        Extraction x = extract("أسقط البرلمان الروماني الحكومة في تصويت على حجب الثقة.");
        assertThat(coded(x, "190")).isEmpty();
    }

    // ------------------------------------------------------------- relative clauses

    @Test
    void aVowAgainstTheKillersIsNotAimedAtTheirVictim() {
        Extraction x = extract("وتوعد الرئيس الكيني وليام روتو المجرمين الذين قتلوا الناشط جون أوكيلو.");
        assertThat(coded(x, "130")).isNotEmpty()
                .allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).doesNotEndWith("okilo"));
        assertThat(coded(x, "1823")).allSatisfy(e -> assertThat(String.valueOf(e.sourceKey())).doesNotEndWith("okilo"));
    }

    // ------------------------------------------------------------- casualties of attacks

    @Test
    void aLeaderKilledByAnAirStrikeIsKilledByTheStrikesState() {
        Extraction x = extract("قتل القيادي في حماس صالح العاروري بغارة إسرائيلية في بيروت.");
        assertThat(coded(x, "1823")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/IL");
            assertThat(e.targetKey()).endsWith("aaruri");
        });
        assertThat(coded(x, "1823")).allSatisfy(e -> assertThat(String.valueOf(e.sourceKey())).doesNotEndWith("aaruri"));
    }

    @Test
    void aKillingInAStrikeCarriedOutByADroneIsTheDronesStates() {
        Extraction x = extract("قُتل القيادي أبو بكر العمري في غارة نفذتها طائرة مسيرة أمريكية قرب مأرب.");
        assertThat(coded(x, "1823")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/US"));
        assertThat(coded(x, "195")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/US");
            assertThat(e.targetKey()).endsWith("amri");
        });
    }

    @Test
    void anAirStrikeResultingInADeathIsTheKillersAct() {
        Extraction x = extract("أسفرت ضربة جوية فرنسية عن مقتل القيادي أبو بكر العمري.");
        assertThat(coded(x, "1823")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).endsWith("amri");
        });
    }

    @Test
    void deathsResultingFromAnAttackToldBeforeAreItsDoers() {
        Extraction x = extract("قصفت طائرات روسية سوقا في مدينة إدلب، ما أسفر عن مقتل 20 شخصا.");
        assertThat(coded(x, "1823")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/RU"));
    }

    @Test
    void aDroneAsSubjectActsForTheStateItsNisbaNames() {
        Extraction x = extract("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي.");
        assertThat(coded(x, "19")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/TR"));
    }

    @Test
    void deathsInAFightBetweenTwoSidesHaveNoDoerTold() {
        Extraction x = extract("قتل 12 جنديا نيجيريا في اشتباكات بين الجيش النيجيري ومسلحي بوكو حرام.");
        assertThat(coded(x, "1823")).allSatisfy(e -> assertThat(String.valueOf(e.sourceKey())).doesNotStartWith("org/NG"));
    }

    // ------------------------------------------------------------- persona non grata

    @Test
    void aDiplomatDeclaredPersonaNonGrataIsExpelledByTheDeclarer() {
        Extraction x = extract("وقالت وزارة الخارجية البيروفية إن السفير الكوبي كارلوس فرنانديز \"شخص غير مرغوب فيه\".");
        assertThat(coded(x, "161")).anySatisfy(e -> {
            assertThat(e.sourceKey()).startsWith("org/PE");
            assertThat(e.targetKey()).endsWith("frnandiz");
        });
    }

    // ------------------------------------------------------------- visits and contacts

    @Test
    void aCancelledVisitReducesRelationsWithTheStateVisited() {
        Extraction x = extract("وألغى الرئيس الكيني وليام روتو زيارة كانت مقررة إلى أوغندا اليوم.");
        assertThat(coded(x, "160")).anySatisfy(e -> {
            assertThat(e.sourceKey()).endsWith("ruto");
            assertThat(e.targetKey()).isEqualTo("country/UG");
        });
        assertThat(coded(x, "042")).isEmpty();
    }

    @Test
    void aRepealedLawIsNoCancelledVisit() {
        Extraction x = extract("ألغت الحكومة الكينية القانون بعد الاحتجاجات.");
        assertThat(coded(x, "160")).isEmpty();
    }

    @Test
    void cuttingMilitaryContactsBreaksRelationsWithTheArmy() {
        Extraction x = extract("وأعلنت وزارة الدفاع الفرنسية قطع الاتصالات العسكرية مع الجيش المالي.");
        assertThat(coded(x, "161")).anySatisfy(e -> assertThat(e.targetKey()).startsWith("org/ML"));
    }

    @Test
    void cuttingTelephoneLinesIsNoBreakOfRelations() {
        Extraction x = extract("قطعت السلطات الإيرانية الاتصالات والإنترنت عن مدينة زاهدان.");
        assertThat(coded(x, "161")).isEmpty();
    }

    // ------------------------------------------------------------- clauses of a headline

    @Test
    void aBodyOpeningTheNextClauseIsNoTargetOfTheActBefore() {
        Extraction x = extract("باريس تعلق مساعداتها والاتحاد الأفريقي يجتمع في جلسة طارئة");
        assertThat(coded(x, "162")).isNotEmpty()
                .allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).isNotEqualTo("org/african-union"));
    }

    @Test
    void aVowOfRevengeIsAimedAtTheKiller() {
        Extraction x = extract("قتل القائد العسكري خالد منصور بغارة إسرائيلية في رفح. وتوعد الأمين العام لحركة الجهاد الإسلامي زياد النخالة بالانتقام.");
        assertThat(coded(x, "13")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/IL"));
        assertThat(coded(x, "13")).allSatisfy(e -> assertThat(String.valueOf(e.targetKey())).doesNotEndWith("mansur"));
    }
}

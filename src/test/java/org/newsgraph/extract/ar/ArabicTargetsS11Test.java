package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * To whom an act was done, when the text names it inside the act's complement (session 11): a call for an act
 * aimed at someone. Short sentences of our own.
 */
class ArabicTargetsS11Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }


    // ------------------------------------------------------------- a call for an act aimed at someone

    @Test
    void aCallForAnActIsAimedAtThatActsTarget() {
        Extraction x = extract("ودعا زعيم المعارضة التركية إلى عزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "02")).isNotEmpty()
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    @Test
    void aCallAfterAnAsideAboutTheCallerIsAimedAtTheActsTarget() {
        Extraction x = extract("من جهتها، دعت زعيمة المعارضة الروسية، المقيمة في ألمانيا، إلى عزل نظام الرئيس فلاديمير بوتين.");
        assertThat(coded(x, "02")).isNotEmpty()
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/vladimir-putin"));
    }

    @Test
    void aDemandWithBaIsAimedAtTheActsTarget() {
        Extraction x = extract("وطالب زعيم المعارضة التركية، في كلمة أمام أنصاره، بعزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "10")).isNotEmpty()
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    @Test
    void aCallForAnActOfAnotherDoerIsNotAimedAtItsTarget() {
        // the call is aimed at Russia, who would withdraw, not at the country it would leave
        Extraction x = extract("ودعا الاتحاد الأوروبي إلى انسحاب القوات الروسية من أوكرانيا.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/UA"));
    }

    // ------------------------------------------------------------- condemning an act named by a noun

    @Test
    void aCondemnationAfterASubjectWithANisbaAimsAtTheDoerOfTheViolence() {
        Extraction x = extract("اقتحم مئات المحتجين مقر البرلمان في مدينة ليون. "
                + "ودانت وزيرة الداخلية الفرنسية، في مؤتمر صحفي مساء الثلاثاء، \"العنف الشديد\" الذي شهده المبنى.");
        assertThat(coded(x, "111")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void dawnInAnAsideIsATimeNotAnAct() {
        Extraction x = extract("اقتحم مئات المحتجين مقر البرلمان في مدينة ليون. "
                + "ودانت وزيرة الداخلية الفرنسية، في مؤتمر صحفي فجر الثلاثاء، \"العنف الشديد\" الذي شهده المبنى.");
        assertThat(coded(x, "111")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void anAttemptToSeizePowerToldAsAnArmedAttackAimsAtTheAttackers() {
        Extraction x = extract("هاجم مسلحون مجهولون ثكنة عسكرية في العاصمة نيامي فجر الأحد. "
                + "كما أدان رئيس مفوضية الاتحاد الإفريقي موسى فكي محمد بشدة محاولة الاستيلاء على السلطة بالقوة في النيجر.");
        assertThat(coded(x, "111")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void anAttemptToSeizePowerWithNoDoerToldAimsAtNoOne() {
        Extraction x = extract("أدان رئيس مفوضية الاتحاد الإفريقي موسى فكي محمد بشدة محاولة الاستيلاء على السلطة بالقوة في النيجر.");
        assertThat(coded(x, "111")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- people named after هما / هم

    @Test
    void peopleNamedAfterHumaAreEachArrested() {
        Extraction x = extract("وقال وزير الداخلية إن الشرطة اعتقلت وزيرين سابقين في الحكومة، هما وزير العدل رجب طيب أردوغان "
                + "ووزير الطاقة فلاديمير بوتين.");
        assertThat(coded(x, "173")).extracting(Event::targetKey)
                .contains("person/recep-tayyip-erdogan", "person/vladimir-putin");
    }

    @Test
    void peopleNamedAfterHumAreEachArrested() {
        Extraction x = extract("واعتقلت الشرطة الإيطالية ثلاثة أشخاص، هم وزير المالية السابق جورجيا ميلوني ورئيس البلدية فلاديمير بوتين.");
        assertThat(coded(x, "173")).extracting(Event::targetKey)
                .contains("person/giorgia-meloni", "person/vladimir-putin");
    }

    @Test
    void aPersonNamedAfterHumaAndJoinedByWawIsArrestedOnce() {
        // the second person is both in the list after هما and joined by و to the first: one arrest of each
        Extraction x = extract("وقال وزير الداخلية إن الشرطة اعتقلت وزيرين سابقين في الحكومة، هما وزير العدل رجب طيب أردوغان "
                + "ووزير الطاقة فلاديمير بوتين.");
        assertThat(coded(x, "173")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("person/recep-tayyip-erdogan", "person/vladimir-putin");
    }

    @Test
    void aPersonNamedAfterBaynahumAndJoinedByWawIsArrestedOnce() {
        Extraction x = extract("واعتقلت قوات الأمن عددا من الوزراء، بينهم وزير المالية جورجيا ميلوني ووزير العدل فلاديمير بوتين.");
        assertThat(coded(x, "173")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("person/giorgia-meloni", "person/vladimir-putin");
    }

    // ------------------------------------------------------------- a protest demanding an act aimed at someone

    @Test
    void aProtestForADemandIsAimedAtWhomTheDemandIs() {
        Extraction x = extract("وتشهد تونس منذ أسابيع احتجاجات تقودها حركة النهضة المعارضة للمطالبة برحيل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    @Test
    void protestersDemandingWithAParticipleAimAtWhomTheyDemandRemoved() {
        Extraction x = extract("وتظاهر آلاف الطلاب في أنقرة، مطالبين بعزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
        assertThat(coded(x, "10")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/students"));
    }

    @Test
    void aProtestBeforeANewVerbKeepsNoTargetOfThatVerbsDemand() {
        Extraction x = extract("وتظاهر آلاف الطلاب في أنقرة، ودعا رئيس البلدية إلى عزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void protestersDemandingWithAParticipleAndNoCommaAimAtWhomTheyDemandRemoved() {
        Extraction x = extract("وتظاهر آلاف الطلاب في أنقرة مطالبين بعزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "10")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        });
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    @Test
    void aParticipleRightAfterTheProtestersIsTheirDemand() {
        Extraction x = extract("وتظاهر الطلاب مطالبين برحيل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "10")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/students"));
    }

    @Test
    void aParticipleWithNoCommaAfterAnObjectQualifiesTheObject() {
        Extraction x = extract("واعتقلت الشرطة رجلا مطالبا بالإفراج عن الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/police"));
    }

    @Test
    void protestsDemandingTheRemovalOfAPresidentAreNotHisDemand() {
        Extraction x = extract("وتشهد البلاد احتجاجات حاشدة تطالب بعزل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "10")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNotEqualTo("person/recep-tayyip-erdogan");
            assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        });
    }

    @Test
    void demonstrationsInACityDemandingADepartureAreAimedAtWhomTheyWantGone() {
        Extraction x = extract("وخرجت مظاهرات في أنقرة تطالب برحيل الرئيس رجب طيب أردوغان.");
        assertThat(coded(x, "10")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        });
    }

    @Test
    void aDemandAfterProtestsAndACommaIsItsOwnSubjects() {
        Extraction x = extract("وتتواصل الاحتجاجات، وطالب الرئيس رجب طيب أردوغان بالهدوء.");
        assertThat(coded(x, "10")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    // ------------------------------------------------------------- a monarch titled العاهل ... الملك

    @Test
    void aMonarchTitledTwiceIsTheSubjectAndTheOneAfterHimTheTarget() {
        Extraction x = extract("وهنّأ العاهل الأردني الملك عبد الله الثاني الرئيس التركي رجب طيب أردوغان بفوزه في الانتخابات.");
        assertThat(coded(x, "051")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/abdullah-ii");
            assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        });
    }

    @Test
    void aMonarchTitledTwiceCongratulatesAPersonNamedAfterATitle() {
        Extraction x = extract("وهنأ العاهل المغربي الملك محمد السادس رئيس الوزراء الإسباني بيدرو سانشيز.");
        assertThat(coded(x, "051")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/mohammed-vi"));
    }

    // ------------------------------------------------------------- people in a country addressed by a call

    @Test
    void leadersInACountryAddressedByACallStandForThatCountry() {
        Extraction x = extract("ودعت الولايات المتحدة القادة السياسيين في الأرجنتين إلى العمل بسرعة لإيجاد حلول.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/AR"));
    }

    @Test
    void officialsInACountryUrgedStandForThatCountry() {
        Extraction x = extract("وحث الاتحاد الأوروبي المسؤولين في تونس على احترام الحريات.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/TN"));
    }

    @Test
    void peopleInATownAddressedByACallAreNoCountry() {
        Extraction x = extract("ودعا الاتحاد الأوروبي الشباب في المدينة إلى الهدوء.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- support for a thing in a country

    @Test
    void supportForAProcessInACountryIsSupportForThatCountry() {
        Extraction x = extract("وأكدت وزارة الخارجية الأمريكية في بيان دعمها \"للعملية الديمقراطية\" في كوريا الجنوبية.");
        assertThat(coded(x, "051")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/KR"));
    }

    @Test
    void supportForAThingInATownNamesNoTarget() {
        Extraction x = extract("وأكدت وزارة الخارجية الأمريكية في بيان دعمها للحوار في المدينة.");
        assertThat(coded(x, "051")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- acts between two parties: agreements

    /** The (source, target) pairs of the events coded {@code prefix}, as "source>target". */
    private static List<String> pairs(Extraction x, String prefix) {
        return coded(x, prefix).stream().map(e -> e.sourceKey() + ">" + e.targetKey()).toList();
    }

    @Test
    void twoSignatoriesJoinedByWawEachSignWithTheOther() {
        Extraction x = extract("ووقع الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس اتفاقا للتعاون الدفاعي.");
        assertThat(pairs(x, "057")).containsExactlyInAnyOrder("person/emmanuel-macron>person/olaf-scholz",
                "person/olaf-scholz>person/emmanuel-macron");
    }

    @Test
    void theSigningNamedByItsNounWithBothSignatoriesInItsGenitive() {
        Extraction x = extract("وجاء القرار غداة توقيع الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس الاتفاق في باريس.");
        assertThat(pairs(x, "057")).containsExactlyInAnyOrder("person/emmanuel-macron>person/olaf-scholz",
                "person/olaf-scholz>person/emmanuel-macron");
    }

    @Test
    void aSignatoryWithMaaSignsWithTheOtherAndTheOtherWithIt() {
        Extraction x = extract("ووقعت تونس مع إيطاليا مذكرة تفاهم بشأن الهجرة.");
        assertThat(pairs(x, "057")).containsExactlyInAnyOrder("country/TN>country/IT", "country/IT>country/TN");
    }

    @Test
    void anAgreementBetweenTwoPartiesIsEachOnesWithTheOther() {
        Extraction x = extract("وأعلنت الخارجية المغربية توقيع اتفاق بين المغرب وإسبانيا.");
        assertThat(pairs(x, "057")).contains("country/MA>country/ES", "country/ES>country/MA");
    }

    @Test
    void anAgreementTakenUpByAVerbsPronounIsSignedByItsCapitalsCountryWithTheOther() {
        Extraction x = extract("ووصفت الحكومة الإسبانية مذكرة تفاهم وقعتها باريس مع برلين بأنها باطلة.");
        assertThat(pairs(x, "057")).containsExactlyInAnyOrder("country/FR>country/DE", "country/DE>country/FR");
    }

    @Test
    void anAgreementTakenUpByAVerbsPronounAfterAnIndefiniteNoun() {
        Extraction x = extract("ورفضت الحكومة الإسبانية اتفاقا وقعته المغرب مع موريتانيا.");
        assertThat(pairs(x, "057")).contains("country/MA>country/MR");
    }

    @Test
    void anAgreementToHelpAThirdPartyIsNoActOfThatParty() {
        Extraction x = extract("ووقعت فرنسا اتفاقا لدعم أوكرانيا.");
        assertThat(coded(x, "057")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/FR"));
    }

    @Test
    void aLeaseIsCooperationWithTheOneAfterLam() {
        Extraction x = extract("وستؤجر سريلانكا للصين ميناء هامبانتوتا لمدة 99 عاما.");
        assertThat(pairs(x, "06")).containsExactly("country/LK>country/CN");
    }

    @Test
    void aPastConductedIsNoLease() {
        Extraction x = extract("وأجرت الحكومة التونسية مفاوضات مع المعارضة.");
        assertThat(coded(x, "061")).isEmpty();
    }

    // ------------------------------------------------------------- support for decisions someone took

    @Test
    void supportForDecisionsNamedByTheirNounIsAimedAtWhoTookThem() {
        Extraction x = extract("وأكدت وزارة الخارجية القطرية، الأحد، تأييد الدولة للإجراءات التي اتخذها الرئيس التونسي قيس سعيد.");
        assertThat(coded(x, "05")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/QA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("person/kais-saied");
        });
    }

    @Test
    void supportWithAPronounForDecisionsIsAimedAtWhoTookThem() {
        Extraction x = extract("وأكدت الإمارات تأييدها للقرارات التي اتخذها الرئيس التونسي قيس سعيد.");
        assertThat(coded(x, "05")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/AE");
            assertThat(e.targetKey()).isEqualTo("person/kais-saied");
        });
    }

    @Test
    void aWelcomeOfStepsSomeoneAnnouncedIsAimedAtHim() {
        Extraction x = extract("ورحبت فرنسا بالخطوات التي أعلنها الرئيس التونسي قيس سعيد.");
        assertThat(pairs(x, "05")).containsExactly("country/FR>person/kais-saied");
    }

    @Test
    void supportForDecisionsOfNoNamedMakerHasNoTarget() {
        Extraction x = extract("وأكدت الإمارات تأييدها للقرارات التي صدرت أمس.");
        assertThat(coded(x, "05")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- a title with its body in quotation marks

    @Test
    void aTitleWithItsBodyInGuillemetsBeforeTheHoldersNameIsTheHolders() {
        Extraction x = extract("والتقى قائد «قوات الدعم السريع» محمد حمدان دقلو الرئيس الكيني وليام روتو في نيروبي.");
        assertThat(coded(x, "04")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/mohamed-hamdan-dagalo"));
    }

    @Test
    void aTitleWithItsBodyInDoubleQuotesBeforeTheHoldersNameIsTheHolders() {
        Extraction x = extract("وزار زعيم \"حزب الله\" حسن نصر الله بلدات الجنوب.");
        assertThat(coded(x, "04")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/hassan-nasrallah");
            assertThat(e.targetKey()).isNotEqualTo("person/hassan-nasrallah");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 17: restricting and unblocking online platforms, and a word after a verb and its subject read as the
 * verb's object rather than as a second verb. Short sentences of our own, with the shipped lexicons.
 */
class ArabicEventsS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------- blocking and restricting platforms

    @Test
    void blockingCountedPlatformsAfterADateAimsAtThePlatformsNamed() {
        Extraction x = extract("وكانت الحكومة الباكستانية قد حجبت، الخميس الماضي، 12 منصة بينها يوتيوب وتويتر.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.sourceKey()).isEqualTo("org/PK/government");
            assertThat(e.targetKey()).isIn("org/youtube", "org/twitter");
        });
    }

    @Test
    void aBanOnAnAppIsACensorshipOfIt() {
        Extraction x = extract("وأعلنت الحكومة الإيرانية حظرا على تطبيق تلغرام.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.targetKey()).isEqualTo("org/telegram");
        });
    }

    @Test
    void aRestrictionOfTheUseOfSocialMediaIsTheAnnouncersAct() {
        Extraction x = extract("وأعلن وزير الداخلية الغاني كوفي منساه تقييدا مؤقتا لاستخدام منصات التواصل الاجتماعي.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.sourceKey()).startsWith("name/kufi");
        });
    }

    @Test
    void aPlatformNamedAloneIsWhatIsBlocked() {
        Extraction x = extract("وحجبت السلطات التركية فيسبوك ويوتيوب.");
        assertThat(coded(x, "17")).first().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/TR");
            assertThat(e.targetKey()).isEqualTo("org/facebook");
        });
    }

    @Test
    void aVoteOfNoConfidenceIsNoCensorship() {
        Extraction x = extract("وصوت البرلمان الكيني على حجب الثقة عن الحكومة.");
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("1721"));
    }

    @Test
    void liftingABanOnAPlatformEasesItForThePlatform() {
        Extraction x = extract("ورفعت الحكومة الباكستانية الحظر عن موقع يوتيوب.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("081");
            assertThat(e.sourceKey()).isEqualTo("org/PK/government");
            assertThat(e.targetKey()).isEqualTo("org/youtube");
        });
    }

    @Test
    void liftingACurfewStaysALiftedCurfew() {
        Extraction x = extract("ورفعت السلطات الكينية حظر التجول في نيروبي.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("0813"));
    }

    // ------------------------------------------------- after a verb and its subject comes its object

    @Test
    void aCriticisedBlockingIsNotTheCriticsAct() {
        Extraction x = extract("وانتقدت المعارضة التركية حجب مواقع التواصل الاجتماعي.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/opposition"));
        assertThat(coded(x, "17")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/opposition"));
    }

    @Test
    void aVerbOpeningAClauseAfterASubjectStaysAVerb() {
        Extraction x = extract("قال مسؤول إن الشرطة الكينية حجبت مواقع التواصل الاجتماعي.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/police"));
    }

    // ------------------------------------------------- forces entering a state, reinforced or called up

    @Test
    void forcesEnteringAStatesTerritoryUseForceOnThatState() {
        Extraction x = extract("ودخلت القوات الرواندية، مساء الخميس، أراضي الكونغو.");
        assertThat(coded(x, "19")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            // the forces with the state's nisba are that state's army (session 28), which enters the other state
            assertThat(e.sourceKey()).isEqualTo("org/RW/army");
            assertThat(e.targetKey()).isEqualTo("country/CD");
        });
    }

    @Test
    void forcesPushingIntoTerritoryNamedByItsNisbaUseForceOnItsState() {
        Extraction x = extract("وتوغلت القوات التركية في الأراضي العراقية فجر الأحد.");
        assertThat(coded(x, "19")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/IQ"));
    }

    @Test
    void civiliansEnteringAStatesTerritoryAreNoIncursion() {
        assertThat(coded(extract("ودخل آلاف المهاجرين أراضي إسبانيا."), "19")).isEmpty();
        assertThat(coded(extract("ودخل الرئيس الفرنسي إيمانويل ماكرون أراضي الجزائر."), "19")).isEmpty();
    }

    @Test
    void reinforcingAMilitaryPresenceIsAMobilisation() {
        Extraction x = extract("فيما عززت فرنسا وجودها العسكري في نيامي.");
        assertThat(coded(x, "15")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("154");
            assertThat(e.sourceKey()).isEqualTo("country/FR");
        });
    }

    @Test
    void activatingTheNationalGuardIsAMobilisation() {
        Extraction x = extract("وأعلنت وزارة الدفاع الأمريكية تفعيل قوات الحرس الوطني في ولاية مينيسوتا.");
        assertThat(coded(x, "15")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("154");
            assertThat(e.sourceKey()).isIn("org/US/ministry-of-defence", "org/US/national-guard");
        });
    }

    @Test
    void summoningAnAmbassadorStaysASummons() {
        Extraction x = extract("واستدعت وزارة الخارجية الجزائرية السفير الفرنسي ستيفان روماتيه.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("160"));
        assertThat(coded(x, "15")).isEmpty();
    }

    // ------------------------------------------------- leaving a body

    @Test
    void statesLeavingARegionalBlocReduceRelationsWithIt() {
        Extraction x = extract("وأعلنت بوركينا فاسو ومالي والنيجر انسحابها من المجموعة الاقتصادية لدول غرب إفريقيا.");
        assertThat(coded(x, "16")).first().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("160");
            assertThat(e.targetKey()).isEqualTo("org/ecowas");
        });
    }

    @Test
    void forcesWithdrawingFromACityLeaveNoBody() {
        Extraction x = extract("وانسحبت القوات الروسية من مدينة خيرسون.");
        assertThat(coded(x, "16")).isEmpty();
    }

    // ------------------------------------------------- taking to the streets

    @Test
    void protestersMarchingAreADemonstration() {
        Extraction x = extract("إذ خرج آلاف المتظاهرين في مسيرات مناهضة للحكومة في مدينة البصرة ومدن أخرى.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("141");
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void protestersTakingToTheStreetsAreADemonstration() {
        Extraction x = extract("وخرج آلاف المحتجين إلى شوارع العاصمة البوليفية للمطالبة باستقالة الحكومة.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void leavingPrisonOrBreakingSilenceIsNoDemonstration() {
        assertThat(coded(extract("وخرج المعارض البوليفي لويس كاماتشو من السجن صباح الأحد."), "14")).isEmpty();
        assertThat(coded(extract("وخرج الرئيس البوليفي لويس آرسي عن صمته مساء الأحد."), "14")).isEmpty();
    }

    // ------------------------------------------------- the passive of a hollow verb with letters of its own

    @Test
    void anAssassinationToldInThePassiveHasItsVictim() {
        Extraction x = extract("اغتيل رئيس الوزراء الغاني كوفي منساه مساء أمس السبت برصاص مسلحين.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("186");
            assertThat(e.targetKey()).startsWith("name/kufi");
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.date()).hasToString("2024-03-09");
        });
    }

    @Test
    void aFeminineAssassinationPassiveHasItsVictimToo() {
        Extraction x = extract("واغتيلت رئيسة الوزراء الغانية السابقة إيفون منساه في هجوم انتحاري.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> assertThat(e.targetKey()).startsWith("name/"));
    }

    @Test
    void aRemovalToldInThePassiveOfAzahaEndsTheOffice() {
        Extraction x = extract("وأزيح وزير الداخلية الغاني كوفي منساه من منصبه مساء الخميس.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("172");
            assertThat(e.targetKey()).startsWith("name/kufi");
        });
    }
}

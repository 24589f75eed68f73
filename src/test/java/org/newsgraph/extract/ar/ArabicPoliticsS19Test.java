package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Refusing, breaking up and handing over inside politics (session 19): refusing to resign aimed at who demanded it,
 * a coalition broken up between its partners, a resignation handed to someone, a sentence of reacting going on with
 * the man the sentences before spoke of. Short sentences of our own, on other countries and people.
 */
class ArabicPoliticsS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static final String DEMAND = "خرج آلاف المحتجين إلى شوارع العاصمة ليما مطالبين باستقالة رئيس الوزراء "
            + "البيروفي خوسيه غارسيا. ";

    // ------------------------------------------------------------- refusing to resign

    @Test
    void refusingToResignIsAimedAtThoseWhoDemandedIt() {
        Extraction x = extract(DEMAND + "لكن غارسيا رفض الاستقالة.");
        assertThat(coded(x, "1231")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/jose-garsia");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void refusingToResignIsNoResignation() {
        Extraction x = extract(DEMAND + "لكن غارسيا رفض الاستقالة.");
        assertThat(x.events()).noneSatisfy(e -> {
            assertThat(e.cameo()).startsWith("08");
            assertThat(e.triggerSpan().begin()).isGreaterThan(DEMAND.length());
        });
    }

    @Test
    void aVowNotToResignInReportedSpeech() {
        Extraction x = extract("تظاهر الآلاف من أنصار المعارضة أمام البرلمان مطالبين برحيل الرئيس الكيني موسى أوتينو. "
                + "وقال أوتينو في خطاب متلفز إنه لن يستقيل من منصبه.");
        assertThat(coded(x, "1231")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/moussa-otino");
            // who demanded he go: the opposition's supporters, a group of their own since session 32
            assertThat(e.targetKey()).isEqualTo("group/supporters-of-opposition");
        });
    }

    @Test
    void aVowNotToResignWithNoDemandToldIsAimedAtNoOne() {
        Extraction x = extract("قال الرئيس الكيني موسى أوتينو إنه لن يستقيل.");
        assertThat(coded(x, "1231")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/moussa-otino");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void rejectingChargesIsNoRefusalToResign() {
        Extraction x = extract(DEMAND + "ورفض غارسيا الاتهامات الموجهة إليه.");
        assertThat(coded(x, "1231")).isEmpty();
        assertThat(coded(x, "120")).isNotEmpty();
    }

    // ------------------------------------------------------------- a sentence going on with the man before

    @Test
    void aReactionOpeningASentenceGoesOnWithTheManJustSpokenOf() {
        Extraction x = extract(DEMAND + "ولم ينف غارسيا صحة الاتهامات، بل دافع عن حكومته. "
                + "ورفض الاستقالة، وقال إنه ماض في برنامجه، ودان أعمال العنف.");
        assertThat(coded(x, "1231")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/jose-garsia");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/jose-garsia"));
    }

    @Test
    void aFeminineVerbDoesNotGoOnWithTheMan() {
        Extraction x = extract(DEMAND + "ولم ينف غارسيا صحة الاتهامات. ودانت أعمال العنف.");
        assertThat(coded(x, "111")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/jose-garsia"));
    }

    // ------------------------------------------------------------- a coalition broken up

    @Test
    void aCoalitionCollapsesBetweenAPartyNamedInAnAsideAndItsPartner() {
        Extraction x = extract("أعلن رئيس الوزراء البلجيكي انهيار الائتلاف الحاكم بين حزبه الليبرالي، حزب الحرية، "
                + "والحزب الاشتراكي.");
        assertThat(coded(x, "160")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/hazab-al-haria");
            assertThat(e.targetKey()).isEqualTo("org/al-hazab-al-ashtraki");
        });
    }

    @Test
    void aPartyEndsItsCoalitionWithAnother() {
        Extraction x = extract("أعلن حزب الحرية إنهاء الائتلاف مع الحزب الاشتراكي.");
        assertThat(coded(x, "160")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/hazab-al-haria");
            assertThat(e.targetKey()).isEqualTo("org/al-hazab-al-ashtraki");
        });
    }

    @Test
    void aCoalitionFormedIsNoneBroken() {
        Extraction x = extract("أعلن الحزب الاشتراكي تشكيل ائتلاف حكومي مع حزب الخضر.");
        assertThat(coded(x, "16")).isEmpty();
    }

    // ------------------------------------------------------------- a resignation handed to someone

    @Test
    void aGovernmentsResignationHandedToThePresident() {
        Extraction x = extract("وتوجه رئيس الوزراء البرتغالي أنطونيو كوستا إلى القصر الرئاسي، حيث قدم استقالة حكومته "
                + "إلى الرئيس مارسيلو ريبيلو دي سوزا.");
        assertThat(coded(x, "0831")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PT/government");
            assertThat(e.targetKey()).isEqualTo("name/marsilo-ribilo-di-suza");
        });
    }

    @Test
    void aResignationHandedToTheHeadOfACouncilIsHandedToTheCouncil() {
        Extraction x = extract("قدم الرئيس الجزائري عبد العزيز بوتفليقة، مساء الثلاثاء، استقالته إلى رئيس المجلس الدستوري "
                + "الطيب بلعيز.");
        assertThat(coded(x, "0831")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/abdelaziz-bouteflika");
            assertThat(e.targetKey()).isEqualTo("org/DZ/constitutional-council");
        });
    }

    @Test
    void aResignationDemandedIsHandedToNoOne() {
        Extraction x = extract("طالب المحتجون باستقالة الحكومة إلى حين إجراء انتخابات مبكرة.");
        assertThat(coded(x, "0831")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- rejecting what was asked for

    @Test
    void rejectingTheDemandsIsAimedAtWhoAskedLast() {
        Extraction x = extract("طالب الحزب الاشتراكي بإجراء انتخابات مبكرة. غير أن حزب الحرية رفض المطالب.");
        assertThat(coded(x, "12")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/hazab-al-haria");
            assertThat(e.targetKey()).isEqualTo("org/al-hazab-al-ashtraki");
        });
    }

    @Test
    void rejectingAProposalWithNoAskToldIsAimedAtNoOne() {
        Extraction x = extract("أعلن حزب الحرية أنه رفض الاقتراح.");
        assertThat(coded(x, "12")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- suspending two officials

    @Test
    void suspendingTwoOfficialsJoinedAfterAComma() {
        Extraction x = extract("أعلن رئيس الوزراء الغاني تعليق مهام قائد الشرطة كوفي مينساه، ووزير المالية كوامي أسانتي.");
        assertThat(coded(x, "172")).extracting(e -> e.targetKey()).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aVerbAfterTheCommaIsNoSecondOfficial() {
        Extraction x = extract("أقال الرئيس الغاني وزير الدفاع كوفي مينساه، والتقى وزير المالية كوامي أسانتي.");
        assertThat(coded(x, "172")).hasSize(1);
    }

    // ------------------------------------------------------------- a party leader named after his party

    @Test
    void theLeaderNamedAfterHisPartyCallsOnTheGovernment() {
        Extraction x = extract("في المقابل دعا زعيم حزب الحرية اليميني المعارض يان كوفاتش الحكومة السلوفاكية إلى الرحيل.");
        assertThat(coded(x, "02")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/yan-kufach");
            assertThat(e.targetKey()).isEqualTo("org/SK/government");
        });
    }

    // ------------------------------------------------------------- refusing to recognise the results

    @Test
    void refusingToRecogniseTheResultsIsAimedAtTheWinAnnounced() {
        Extraction x = extract("وكانت لجنة الانتخابات العامة قد أعلنت، فجر الثلاثاء، فوز الرئيس الكيني موسى أوتينو بنسبة 55 "
                + "بالمئة. ورفض المرشح الخاسر يان كوفاتش الاعتراف بالنتائج، متحدثا عن \"تزوير واسع\".");
        assertThat(coded(x, "12")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/yan-kufach");
            assertThat(e.targetKey()).isIn("name/moussa-otino", "org/KE/central-election-commission");
        });
    }

    @Test
    void aWinToldWithNoSpeakerGivesTheWinner() {
        Extraction x = extract("وجاء إعلان فوز الرئيس الكيني موسى أوتينو بولاية ثانية فجر الثلاثاء. "
                + "ورفض المرشح الخاسر يان كوفاتش، الذي خسر أيضا في انتخابات 2019، الاعتراف بالنتائج.");
        assertThat(coded(x, "12")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/yan-kufach");
            assertThat(e.targetKey()).isEqualTo("name/moussa-otino");
        });
    }

    @Test
    void resultsRejectedWithNoWinToldAreAimedAtNoOne() {
        Extraction x = extract("وقال الرئيس الكيني موسى أوتينو إن البلاد بخير. ورفض يان كوفاتش نتائج الانتخابات.");
        assertThat(coded(x, "12")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }
}

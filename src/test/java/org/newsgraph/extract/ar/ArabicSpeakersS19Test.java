package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who acts when the doer stands far from the verb (session 19): the topic fronted by أما through the verbs of its
 * answer, a sentence opened by فقد going on with the subject before, and a reported clause with a subject of its
 * own. Short sentences of our own, on other countries and people.
 */
class ArabicSpeakersS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the topic of أما … ف

    @Test
    void theTopicAccusesInAVerbJoinedToItsAnswer() {
        Extraction x = extract("أما الرئيس الكيني وليام روتو فتحدث عن مؤامرة، واتهم زعيم المعارضة رايلا أودينغا بالتحريض على العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
        assertThat(coded(x, "112")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/raila-odinga"));
    }

    @Test
    void theTopicAccusesAfterFaqad() {
        Extraction x = extract("أما الرئيس الكيني وليام روتو، فقد اتهم زعيم المعارضة رايلا أودينغا بالتحريض على العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    @Test
    void theTopicWithATitleAndNoCommaAccusesThePrimeMinister() {
        Extraction x = extract("أما رئيس الجمهورية البرتغالي ماريو سواريش فتحدث في بيان عن أزمة عميقة، "
                + "واتهم رئيس الوزراء بتقويض الديمقراطية.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/mariyo-suarish"));
    }

    @Test
    void aClauseBreakEndsTheTopicsAnswer() {
        Extraction x = extract("أما المعارضة الكينية فنددت بالاعتقال، فيما اتهمت الحكومة المعارضة بالتحريض.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
    }

    @Test
    void aPlaceFrontedByAmmaIsNoSubject() {
        Extraction x = extract("أما في نيروبي، فقد أطلقت قوات الشرطة الغاز المسيل للدموع على المحتجين.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/police"));
    }

    @Test
    void whatTheTopicReportsKeepsItsOwnSubject() {
        Extraction x = extract("أما الرئيس الكيني وليام روتو فقال إن الشرطة اعتقلت زعيم المعارضة.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/police"));
    }

    // ------------------------------------------------------------- فقد going on with the sentence before

    @Test
    void aSentenceOpenedByFaqadGoesOnWithTheSubjectBefore() {
        Extraction x = extract("وزار الرئيس الكيني وليام روتو مدينة مومباسا. "
                + "فقد اتهم زعيم المعارضة رايلا أودينغا بالتحريض على العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    @Test
    void aSubjectNamedAfterFaqadBeforeTheAccusedStillAccuses() {
        Extraction x = extract("وزار الرئيس الكيني وليام روتو مدينة مومباسا. "
                + "فقد اتهم الرئيس الأوغندي يويري موسيفيني زعيم المعارضة رايلا أودينغا بالتحريض على العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/yoweri-museveni");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    // ------------------------------------------------------------- a reported clause with its own subject

    @Test
    void aPartysWordsThatThePresidentResignedAreNoResignationOfTheParty() {
        Extraction x = extract("وقال حزب المؤتمر الوطني إن الرئيس استقال من منصبه.");
        assertThat(coded(x, "083")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/hazab-al-mutmr-al-watni"));
    }

    @Test
    void aMinistrysWordsThatTheMinisterResignedAreNoResignationOfTheMinistry() {
        Extraction x = extract("وقالت وزارة الخارجية الكينية إن الوزير استقال من منصبه.");
        assertThat(coded(x, "083")).noneSatisfy(
                e -> assertThat(e.sourceKey()).isEqualTo("org/KE/ministry-of-foreign-affairs"));
    }

    @Test
    void aGovernmentSpeakingOfItselfByItsPronounStillActs() {
        Extraction x = extract("وأعلنت الحكومة الكينية أنها ستفرض حالة الطوارئ في العاصمة.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
    }

    @Test
    void aNamedBodyInTheReportedClauseActs() {
        Extraction x = extract("وقالت الرئاسة الكينية إن الحكومة استقالت.");
        assertThat(coded(x, "083")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
    }
}

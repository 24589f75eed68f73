package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who did it, to whom (session 17): the doer of an act across an apposition or a relative clause, the body outside
 * whose building a crowd gathers. Short sentences of our own, on other countries and people.
 */
class ArabicAttachS17Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a doer across an apposition or relative clause

    @Test
    void aNameInQuotesInTheAppositionKeepsTheVerbFromNoObject() {
        Extraction x = extract("وأطلقت قوات الشرطة، المعروفة باسم \"الدرك\"، الغاز المسيل للدموع لتفريق المحتجين في ساحة الاستقلال.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void aNameInQuotesAfterTheSubjectOfFiringWaterCannon() {
        Extraction x = extract("واستخدمت قوات الأمن، التي يسميها السكان \"القبعات السود\"، خراطيم المياه ضد المتظاهرين.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aRelativeClauseAfterAnAdjectiveOfTheForcesHasTheForcesAsDoer() {
        Extraction x = extract("قبل أن تتدخل وحدات من الشرطة الخاصة، التي استخدمت القنابل الصوتية لتفريق المحتجين وإخلاء المبنى.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void aRelativeClauseAfterTheAdjectiveOfAMasculineBody() {
        Extraction x = extract("وتدخل الجيش السوداني النظامي، الذي أطلق الرصاص الحي على المحتجين أمام القصر.");
        assertThat(coded(x, "175")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/SD/army"));
    }

    @Test
    void anObjectWithTheArticleBeforeARelativeThatAgreesWithItIsNoAdjectiveOfTheSubject() {
        Extraction x = extract("واعتقلت الشرطة الخاصة الصحفي، الذي أطلق الرصاص على المحتجين.");
        assertThat(coded(x, "175")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/police"));
    }

    @Test
    void whatHappenedIsTheCrowdsForceWhenTheCrackdownAnsweredIt() {
        Extraction x = extract("اقتحم محتجون مبنى البرلمان الكيني واعتدوا بالضرب على عدد من النواب. "
                + "وتدخلت وحدات من الشرطة الخاصة، التي استخدمت القنابل الصوتية لتفريق المحتجين. "
                + "ونددت الأمم المتحدة بما جرى.");
        assertThat(coded(x, "11")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void whatHappenedIsTheCrackdownOnACrowdThatUsedNoForce() {
        Extraction x = extract("تظاهر آلاف المحتجين في نيروبي. وأطلقت الشرطة الكينية الرصاص الحي على المحتجين. "
                + "ونددت الأمم المتحدة بما جرى.");
        assertThat(coded(x, "11")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/KE/police"));
    }

    // ------------------------------------------------------------- a crowd outside the seat of a body

    @Test
    void aProtestOutsideTheSeatOfABodyIsAimedAtIt() {
        Extraction x = extract("تظاهر آلاف المحتجين أمام مقر الحكومة الجورجية في تبليسي.");
        assertThat(coded(x, "141")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/GE/government");
        });
    }

    @Test
    void aCrowdGatheringOutsideAParliamentBuildingProtestsAgainstIt() {
        Extraction x = extract("وتجمع الآلاف من المحتجين أمام مبنى البرلمان الجورجي في تبليسي.");
        assertThat(coded(x, "141")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/GE/parliament"));
    }

    @Test
    void gatheringInsideABuildingOrOutsideAHomeIsNoProtestAgainstItsOwner() {
        Extraction x = extract("وتجمع الصحفيون في مقر البرلمان الجورجي.");
        assertThat(coded(x, "14")).isEmpty();
        Extraction y = extract("وتجمع أنصار المعارضة أمام منزل رئيس الوزراء الجورجي.");
        assertThat(coded(y, "14")).isEmpty();
    }

    @Test
    void theBuildingsOwnNameAfterTheWordOutsideStaysAPlace() {
        Extraction x = extract("واحتشد المتظاهرون أمام مبنى الكابيتول في واشنطن.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).contains("الكابيتول"));
    }

    @Test
    void supportersProtestingOutsideABuildingAreNoActOfTheLeaderTheyFollow() {
        Extraction x = extract("وتجمع الآلاف من أنصار بولسونارو، الأحد، أمام مقر البرلمان البرازيلي في برازيليا.");
        // the supporters are a group of their own since session 32: they protest, the leader does not
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/supporters-of-jair-bolsonaro"));
    }

    @Test
    void stoningTheSecurityForcesHasThemAsTargetAfterAnIndefiniteSubject() {
        Extraction x = extract("ورشق محتجون قوات الأمن الكينية بالحجارة في نيروبي.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isNotNull();
        });
    }
}

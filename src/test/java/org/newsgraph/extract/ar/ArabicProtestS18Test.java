package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Protests (session 18): whom a protest is against (ضد، احتجاجا على، مناهضة ل), and a crowd told only by its count
 * (تظاهر مئات الآلاف) as the protesters. Short sentences of our own, on other countries and people.
 */
class ArabicProtestS18Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- what a protest is against

    @Test
    void aProtestAgainstTheGovernmentIsAimedAtIt() {
        Extraction x = extract("احتشد آلاف المتظاهرين في ساحة الاستقلال ضد الحكومة الجورجية.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/GE/government");
        });
    }

    @Test
    void aProtestInProtestAtABodyIsAimedAtIt() {
        Extraction x = extract("تجمهر مئات المحتجين في ساحة الحرية بتبليسي احتجاجا على البرلمان الجورجي.");
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/GE/parliament"));
    }

    @Test
    void anAntiGovernmentDemonstrationIsAimedAtTheGovernment() {
        Extraction x = extract("ونظم أنصار المعارضة تظاهرة مناهضة للحكومة البيروفية في ليما.");
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/PE/government"));
    }

    @Test
    void againstAfterAnotherActIsThatActs() {
        Extraction x = extract("تظاهر آلاف المحتجين في ليما بعد أن صوت البرلمان ضد الحكومة البيروفية.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("org/PE/government"));
    }

    @Test
    void aProtestInAPlaceIsNotAimedAtThePlace() {
        Extraction x = extract("تظاهر آلاف المحتجين ضد في العاصمة ليما.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aProtestInTheMiddleOfACityKeepsItsMarkerInItsClause() {
        Extraction x = extract("احتشد مئات المحتجين في وسط تبليسي احتجاجا على البرلمان الجورجي.");
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/GE/parliament"));
    }

    @Test
    void amidStillOpensANewClause() {
        Extraction x = extract("تظاهر آلاف المحتجين في ليما وسط انتقادات ضد الحكومة البيروفية.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("org/PE/government"));
    }

    // ------------------------------------------------------------- outside an embassy

    @Test
    void aProtestOutsideAnEmbassyIsAimedAtItsState() {
        Extraction x = extract("وتظاهر مئات الطلاب أمام السفارة اللاتفية في موسكو.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("org/LV/embassy");
        });
    }

    @Test
    void aSitInOutsideAConsulateIsAimedAtIt() {
        Extraction x = extract("واعتصم عشرات الناشطين أمام القنصلية الأمريكية في إسطنبول.");
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/US/consulate"));
    }

    // ------------------------------------------------------------- a crowd told by its count

    @Test
    void hundredsOfThousandsDemonstratingAreTheProtesters() {
        Extraction x = extract("وتواصلت الاحتجاجات في كيتو. وتظاهر مئات الآلاف ضد الحكومة الإكوادورية، وردد المحتجون هتافات.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/EC/government");
        });
    }

    @Test
    void thousandsTakingToTheStreetsAreTheProtesters() {
        Extraction x = extract("خرج الآلاف إلى الشوارع في بيشكيك مطالبين برحيل الحكومة القرغيزية. واعتقلت الشرطة عشرات المحتجين.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KG/government");
        });
    }

    @Test
    void aCountAfterAnApproximatorBeforeItsNounIsTheCrowdItCounts() {
        Extraction x = extract("واحتشد نحو 20 ألف متظاهر في وسط العاصمة كيتو.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(20000));
        });
    }

    @Test
    void aCountWithItsOwnNounIsThatGroup() {
        Extraction x = extract("تظاهر آلاف الطلاب في ليما. واعتقلت الشرطة عشرات المحتجين.");
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/students"));
    }

    @Test
    void aCountLeavingPrisonIsNoCrowd() {
        Extraction x = extract("خرج العشرات من السجن في ليما. واعتقلت الشرطة عشرات المحتجين.");
        assertThat(coded(x, "14")).isEmpty();
    }

    // ------------------------------------------------------------- a demand

    @Test
    void theCrowdsDemandFarAfterItsProtestAimsTheProtest() {
        Extraction x = extract("خرج الآلاف إلى الشوارع مساء الأحد في أكبر احتجاجات تشهدها البلاد منذ عقود، مطالبين برحيل "
                + "الحكومة القرغيزية. واعتقلت الشرطة عشرات المحتجين.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KG/government");
        });
    }

    @Test
    void aDemandForAReleaseIsNoDemandAgainstWhoIsReleased() {
        Extraction x = extract("تظاهر آلاف المحتجين في ليما مطالبين بالإفراج عن الرئيس البيروفي السابق فلان.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/PE"));
    }
}

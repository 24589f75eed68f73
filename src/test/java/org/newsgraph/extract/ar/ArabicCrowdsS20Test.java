package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Crowds in riots (session 20): the crowd a pronoun stands for when forces step in to disperse it and arrest some
 * of it (قبل أن تتدخل قوات الأمن لتفريقهم، واعتقلت عددا منهم), and the vandalism told with a thing smashed or a fire
 * lit (حطموا واجهات المحلات، أشعلوا النيران في). Short sentences of our own, on other countries and people.
 */
class ArabicCrowdsS20Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- dispersing and arresting a crowd named before

    @Test
    void forcesSteppingInToDisperseThemDisperseTheCrowdNamedBefore() {
        Extraction x = extract("تظاهر آلاف الطلاب في شوارع ليما احتجاجا على رفع الأسعار، قبل أن تتدخل قوات الأمن "
                + "لتفريقهم.");
        assertThat(coded(x, "175")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/students");
        });
    }

    @Test
    void someOfThemArrestedByTheForcesAreOfTheCrowdNotOfTheForces() {
        Extraction x = extract("تظاهر آلاف الطلاب في شوارع ليما احتجاجا على رفع الأسعار، قبل أن تتدخل قوات الأمن "
                + "لتفريقهم، واعتقلت عددا منهم.");
        // (who arrests, the subject of a verb that is no event, stays unknown: never the students)
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNotEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("group/students");
        });
    }

    @Test
    void someOfTheCrowdThePoliceDispersedAreOfTheCrowd() {
        Extraction x = extract("فرقت الشرطة المتظاهرين في وسط صوفيا واعتقلت عددا منهم.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    // ------------------------------------------------------------- smashing and lighting fires

    @Test
    void protestersSmashingShopFrontsAndLightingFiresRiot() {
        Extraction x = extract("خرج مئات المحتجين إلى شوارع كيتو. وحطم المحتجون واجهات المحلات، وأشعلوا النيران في "
                + "سيارات الشرطة.");
        assertThat(coded(x, "145")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void recordsBrokenAndCrisesSparkedAreNoRiot() {
        Extraction x = extract("حطم العداء الكيني الرقم القياسي العالمي في سباق الماراثون. وأشعل القرار أزمة جديدة "
                + "بين البلدين.");
        assertThat(coded(x, "145")).isEmpty();
    }
}

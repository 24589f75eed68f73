package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Condemnations aimed at the doer of the act they condemn (session 18): coordinated subjects, a quoted acronym and an
 * aside between the subject and the act, a coup attempt told as an attack someone else foiled. Short sentences of our own, on other countries and people.
 */
class ArabicCondemnS18Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static final String COUP = "أعلن قائد الجيش البوليفي أن القوات المسلحة استولت على السلطة في البلاد وعزلت الرئيس. ";

    // ------------------------------------------------------------- coordinated subjects

    @Test
    void eachOfTwoCoordinatedStatesCondemnsTheCoupMakers() {
        Extraction x = extract(COUP + "ودانت كندا والمكسيك الانقلاب العسكري.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/MX");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void bothOfWithAnAsideAfterTheSubjects() {
        Extraction x = extract(COUP + "ودانت كل من كندا والمكسيك، أكبر شريكين للبلاد، الانقلاب العسكري.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/MX");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void threeStatesCondemnTheUseOfForceAgainstProtestersByWhoRepressedThem() {
        Extraction x = extract("أطلقت الشرطة البيروفية الغاز المسيل للدموع على المحتجين في ليما. "
                + "ودانت بريطانيا وفرنسا وألمانيا استخدام القوة ضد المحتجين.");
        for (String state : new String[] {"country/GB", "country/FR", "country/DE"}) {
            assertThat(coded(x, "111")).anySatisfy(e -> {
                assertThat(e.sourceKey()).isEqualTo(state);
                assertThat(e.targetKey()).isEqualTo("org/PE/police");
            });
        }
    }

    // ------------------------------------------------------------- an acronym in quotes, an aside, a manner adverb

    @Test
    void aQuotedAcronymAndAnAsideBeforeTheAttemptCondemned() {
        Extraction x = extract("هاجمت مجموعة من المسلحين ثكنة الجيش في العاصمة ليلا. "
                + "ودانت المجموعة الاقتصادية لدول غرب أفريقيا \"إيكواس\"، في بيان، \"بشدة\" محاولة الانقلاب.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/ecowas");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void anAsideSayingWhereItWasSaidBeforeTheAttemptCondemned() {
        Extraction x = extract("هاجمت مجموعة من المسلحين ثكنة الجيش في العاصمة ليلا. "
                + "ودانت المجموعة الاقتصادية لدول غرب أفريقيا، في بيان، \"بشدة\" محاولة الانقلاب.");
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void noDoerToldNoTarget() {
        Extraction x = extract("أعلن الرئيس أن الوضع تحت السيطرة. "
                + "ودانت المجموعة الاقتصادية لدول غرب أفريقيا، في بيان، \"بشدة\" محاولة الانقلاب.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- a foiled attempt is not the foiler's

    @Test
    void aFoiledCoupAttemptIsTheAttackersNotTheFoilers() {
        Extraction x = extract("أعلن رئيس الوزراء الغابوني إحباط محاولة انقلاب استهدفت القصر الرئاسي. "
                + "وقال إن مجموعة من المسلحين هاجمت ثكنة الحرس الجمهوري ليلا. وأضاف أن الجيش تمكن من صد الهجوم. "
                + "ودانت المجموعة الاقتصادية لدول وسط أفريقيا \"إيكاس\"، في بيان، \"بشدة\" محاولة الانقلاب.");
        assertThat(coded(x, "111")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/eccas");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
        assertThat(coded(x, "18")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("country/GA"));
        assertThat(coded(x, "19")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("org/GA/army"));
    }

    @Test
    void whoCondemnsAnAttemptDidNotMakeIt() {
        Extraction x = extract("هاجمت مجموعة من المسلحين ثكنة الحرس الجمهوري ليلا. "
                + "ودانت المجموعة الاقتصادية لدول وسط أفريقيا \"إيكاس\"، في بيان، \"بشدة\" محاولة الانقلاب.");
        assertThat(coded(x, "18")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("org/eccas"));
    }
}

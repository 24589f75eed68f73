package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Rioters, looters and arsonists as actors, and what is done to them (session 19): a crowd named by its violence
 * (مثيرو الشغب، المشاغبون) is a group of its own unless the article names protesters; a crowd with no name (حشود من
 * السكان، شبان غاضبون، مئات الشبان) that burns, loots or stones is that group; the crowds dispersed and the people
 * counted as arrested are it. Short sentences of our own, on other countries and people.
 */
class ArabicRiotS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- rioters named as such

    @Test
    void riotersBurningCarsAreTheirOwnGroupAndTheDoers() {
        Extraction x = extract("أحرق مثيرو الشغب 900 سيارة ليل السبت في ضواحي بروكسل.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/rioters"));
        Extraction y = extract("حطم المشاغبون واجهات المتاجر في وسط أثينا ونهبوا عددا منها.");
        assertThat(coded(y, "145")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/rioters"));
    }

    @Test
    void riotersInAnArticleNamingProtestersAreTheProtesters() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع ليما. وأحرق مثيرو الشغب سيارات للشرطة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/rioters"));
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void theCrowdsDispersedInAnArticleNamingRiotersAreTheRioters() {
        Extraction x = extract("حطم المشاغبون واجهات المتاجر في وسط أثينا. واستخدمت الشرطة اليونانية الغاز المسيل "
                + "للدموع لتفريق الحشود.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/GR/police");
            assertThat(e.targetKey()).isEqualTo("group/rioters");
        });
    }

    @Test
    void riotersInTheObliqueAfterAVerbAreItsObjectNotItsSubject() {
        Extraction x = extract("أحرق مثيرو الشغب سيارات في مالمو. وقال وزير العدل إن الدولة ستتصدى لهم. فقد وصف "
                + "مثيري الشغب بالمجرمين.");
        assertThat(coded(x, "11")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/rioters"));
        assertThat(coded(x, "11")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/rioters"));
    }

    // ------------------------------------------------------------- a crowd with no name doing violence

    @Test
    void crowdsStormingAndLootingShopsAreTheRioters() {
        Extraction x = extract("اقتحمت حشود من السكان المتاجر في وسط هراري ونهبت محتوياتها، وأضرمت النار في عدد منها.");
        assertThat(coded(x, "145")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/rioters"));
    }

    @Test
    void angryYouthsBurningCarsAreTheRioters() {
        Extraction x = extract("أحرق شبان غاضبون عشرات السيارات في ضواحي مالمو.");
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/rioters"));
    }

    @Test
    void hundredsOfYouthsGatheredWhoStonedThePoliceAreTheRioters() {
        Extraction x = extract("وردت الشرطة الليتوانية بالغاز. وتجمع مئات الشبان، معظمهم من أبناء الأقلية، في محيط "
                + "المكان، ورشقوا عناصر الشرطة بالحجارة والزجاجات.");
        assertThat(coded(x, "145")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rioters");
            assertThat(e.targetKey()).isEqualTo("org/LT/police");
        });
    }

    @Test
    void aCrowdLootingInAnArticleNamingProtestersIsTheProtesters() {
        Extraction x = extract("تظاهر آلاف المحتجين في كاراكاس. ونهبت حشود غاضبة المتاجر في وسط المدينة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/rioters"));
        assertThat(coded(x, "145")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aCrowdThatOnlyWatchesOrGathersIsNoOne() {
        Extraction x = extract("احتشدت جموع المشجعين في الملعب لمشاهدة المباراة. وتجمع مئات الشبان أمام السفارة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/rioters"));
        Extraction y = extract("تابعت حشود من المشجعين المباراة في ساحة المدينة، واحتفلت بفوز المنتخب.");
        assertThat(y.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/rioters"));
    }

    @Test
    void thePoliceIsNoCrowd() {
        Extraction x = extract("أحرقت الشرطة الكينية كميات من المخدرات في نيروبي.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/rioters"));
    }

    @Test
    void theCityWhereTheCrowdStormedIsNoSubjectOfTheNextVerb() {
        Extraction x = extract("اقتحم مسلحون المتاجر في وسط هراري ونهبوا محتوياتها. واقتحمت حشود من السكان "
                + "المحال في وسط لوساكا ونهبت محتوياتها.");
        assertThat(coded(x, "145")).isNotEmpty().noneSatisfy(e -> assertThat(e.sourceKey()).startsWith("country/"));
    }

    @Test
    void theCrowdDispersedIsTheTargetNotTheCountryAfterALaterWordsMarker() {
        Extraction x = extract("خرج آلاف المتظاهرين في نيروبي. واستخدمت الشرطة الغاز المسيل للدموع لتفريق المحتجين، "
                + "حين اندلعت مواجهات احتجاجا على انضمام كينيا إلى الاتحاد.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void whoCondemnsTheRiotingAfterAVerbThatIsNoActIsTheSentencesSubject() {
        Extraction x = extract("أحرق مثيرو الشغب متاجر في فيلنيوس. وبرر رئيس الوزراء الليتواني ألغيرداس بوتكيفيتشيوس "
                + "القرار بالحرص على منع مزيد من العنف، ودان أعمال الشغب والنهب.");
        assertThat(coded(x, "11")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/alghirdas-butkifichiws");
            assertThat(e.targetKey()).isEqualTo("group/rioters");
        });
    }

    // ------------------------------------------------------------- the people arrested

    @Test
    void thePeopleCountedAsArrestedAreTheRioters() {
        Extraction x = extract("أحرق مثيرو الشغب 900 سيارة ليل السبت، فيما اعتقلت الشرطة البلجيكية 120 شخصا خلال "
                + "الليلة نفسها.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BE/police");
            assertThat(e.targetKey()).isEqualTo("group/rioters");
        });
    }

    @Test
    void moreOthersArrestedAreTheProtesters() {
        Extraction x = extract("خرج آلاف المتظاهرين في شوارع ليما. وقالت الشرطة البيروفية إنها اعتقلت أكثر من 200 "
                + "آخرين خلال الاضطرابات.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void peopleArrestedDuringTheEventsAreTheProtesters() {
        Extraction x = extract("تظاهر آلاف المحتجين في تبليسي. وقالت وزارة الداخلية إن الشرطة احتجزت 300 شخص خلال "
                + "الأحداث.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void peopleArrestedInASentenceThatTellsNoUnrestAreNoOne() {
        Extraction x = extract("تظاهر آلاف المحتجين في تبليسي. واعتقلت الشرطة 45 شخصا في العاصمة، بحسب وزارة "
                + "الداخلية.");
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
        Extraction y = extract("تظاهر آلاف المحتجين في تبليسي. واعتقلت الشرطة ثلاثة أشخاص للاشتباه في تورطهم في "
                + "إحراق مقر الحزب.");
        assertThat(coded(y, "173")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void peopleArrestedInAnArticleWithNoCrowdAreNoOne() {
        Extraction x = extract("اعتقلت الشرطة الكينية 20 شخصا بتهمة تهريب المخدرات.");
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }
}

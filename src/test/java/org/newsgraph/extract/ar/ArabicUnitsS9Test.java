package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;

/**
 * Session 9, numbers and dates on unseen articles: counts said by a dual or a singular noun rather than a number,
 * a number of two words that starts like a weekday, the date of an event when a relative clause of the sentence
 * has a date of its own, and a verb's letters under the article.
 */
class ArabicUnitsS9Test {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, THURSDAY);
    }

    private static java.util.List<Long> values(Event e) {
        return e.quantities().stream().map(Quantity::value).toList();
    }

    @Test
    void aDualNounCountsTwoOfWhatItNames() {
        Event kill = event(shipped("وقتل جنديان في هجوم على نقطة تفتيش قرب الحدود."), "kill");
        assertThat(kill.quantities()).extracting(Quantity::value, Quantity::counts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "killed"));
        assertThat(values(event(shipped("وأعلنت الشرطة مقتل شخصين في المواجهات."), "kill"))).containsExactly(2L);
        assertThat(values(event(shipped("واحتجزت الشرطة الناشطة لمدة يومين."), "arrest"))).containsExactly(2L);
    }

    @Test
    void aDualSpanAfterATimeFrameWordIsADeadlineNotAMeasure() {
        assertThat(shipped("وقالت الحكومة إنها ستفرج عن المعتقلين خلال يومين.").events())
                .allSatisfy(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void aNisbaPluralIsNoDual() {
        assertThat(shipped("وقتل مدنيين في القصف على البلدة.").events())
                .allSatisfy(e -> assertThat(values(e)).doesNotContain(2L));
    }

    @Test
    void aCasualtyNounBeforeASingularCountedNounBefellOne() {
        Extraction x = shipped("وأعلنت وزارة الصحة مقتل شخص وإصابة 30 آخرين في المواجهات.");
        assertThat(values(event(x, "kill"))).containsExactly(1L);
        assertThat(values(event(x, "injure"))).containsExactly(30L);
        assertThat(values(event(shipped("وأكدت الشرطة مقتل شخص واحد في الاشتباكات."), "kill"))).containsExactly(1L);
    }

    @Test
    void anIndefinitePronounAfterACasualtyNounCountsNoOne() {
        assertThat(shipped("ورفضت الحكومة مقتل أي متظاهر في الاحتجاجات.").events())
                .allSatisfy(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void elevenIsNoSunday() {
        assertThat(values(event(shipped("وقتل أحد عشر شخصا في الهجوم."), "kill"))).containsExactly(11L);
    }

    @Test
    void aDateInARelativeClauseIsNotTheDateOfTheMainEvent() {
        Event arrest = event(shipped("واعتقلت الشرطة زعيم المعارضة، الذي عاد من المنفى الأحد، في منزله بالعاصمة يوم الثلاثاء."),
                "arrest");
        assertThat(arrest.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void anEventInsideARelativeClauseTakesTheDateOfThatClause() {
        Event arrest = event(shipped("واندلعت المواجهات في المدينة الأحد، الأمر الذي دفع الشرطة إلى اعتقال عشرين محتجا يوم الثلاثاء."),
                "arrest");
        assertThat(arrest.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void theMatterWithTheArticleIsNoOrder() {
        Extraction x = shipped("واندلعت المواجهات في المدينة الأحد، الأمر الذي دفع الشرطة إلى اعتقال عشرين محتجا.");
        assertThat(events(x, "order")).isEmpty();
        assertThat(event(x, "arrest").sourceKey()).isEqualTo("group/police");
    }

    @Test
    void anArrestWhoseVerbAndNounStandApartIsStillAnArrest() {
        Event arrest = event(shipped("وألقت قوات الأمن، مساء الأربعاء، القبض على 20 شخصا."), "arrest");
        assertThat(arrest.sourceKey()).isEqualTo("group/security-forces");
        assertThat(values(arrest)).containsExactly(20L);
    }
}

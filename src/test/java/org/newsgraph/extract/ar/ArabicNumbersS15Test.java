package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/**
 * Numbers as news writes them: decimals before a multiplier, teens, tens after units, hundreds in one word; and a
 * casualty count in a sentence that tells no event.
 */
class ArabicNumbersS15Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static long count(String text, String trigger) {
        Event e = event(extract(text), trigger);
        assertThat(e.quantities()).as("quantities of %s in %s", trigger, text).isNotEmpty();
        return e.quantities().get(0).value();
    }

    @Test
    void aDecimalBeforeMillionsIsMultipliedBeforeItIsRounded() {
        assertThat(count("وقتل 2.5 ملايين شخص خلال سنوات الحرب الأهلية.", "kill"))
                .isEqualTo(2_500_000L);
    }

    @Test
    void thousandsAfterADigitAreAnExactCount() {
        Quantity q = event(extract("واعتقلت الشرطة 3 آلاف متظاهر في العاصمة."), "arrest").quantities().get(0);
        assertThat(q.value()).isEqualTo(3000L);
        assertThat(q.approximate()).isFalse();
    }

    @Test
    void theTeensAreTwoWordsAndOneNumber() {
        assertThat(count("وقتل خمسة عشر جنديا في الهجوم على الثكنة.", "kill")).isEqualTo(15L);
        assertThat(count("واعتقلت الشرطة اثني عشر ناشطا أمس.", "arrest")).isEqualTo(12L);
    }

    @Test
    void unitsBeforeTensAddUp() {
        assertThat(count("وقتل خمسة وعشرون شخصا في الاشتباكات.", "kill")).isEqualTo(25L);
        assertThat(count("واعتقلت قوات الأمن ثلاثة وستين متظاهرا.", "arrest")).isEqualTo(63L);
    }

    @Test
    void hundredsWrittenAsOneWord() {
        assertThat(count("وأرسلت الحكومة ثلاثمئة جندي إلى الحدود.", "deploy")).isEqualTo(300L);
    }

    @Test
    void aDeathTollWithNoVerbIsAKillingWithItsCountAndNoActors() {
        Extraction x = TestLexicons.extractShipped("وارتفعت حصيلة الانفجار الذي هز العاصمة مساء الاثنين إلى 57 قتيلا"
                + " ونحو 2000 جريح.", LocalDate.of(2024, 3, 5));
        Event kill = event(x, "kill");
        assertThat(kill.quantities()).extracting(Quantity::value, Quantity::counts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(57L, "killed"));
        assertThat(kill.sourceKey()).isNull();
        assertThat(kill.targetKey()).isNull();
        assertThat(kill.date()).hasToString("2024-03-04");
        assertThat(event(x, "injure").quantities()).extracting(Quantity::value).containsExactly(2000L);
    }

    @Test
    void aTollAfterAnApproximateMarkerIsApproximate() {
        Quantity q = event(extract("وخلفت أعمال العنف منذ الانتخابات ما لا يقل عن مئتي قتيل."), "kill").quantities().get(0);
        assertThat(q.value()).isEqualTo(200L);
        assertThat(q.approximate()).isTrue();
    }

    @Test
    void aCountOfCasualtiesAnEventAlreadyTellsMakesNoSecondEvent() {
        Extraction x = extract("وقتلت الشرطة 12 متظاهرا وخلفت المواجهات 30 جريحا.");
        assertThat(x.events()).extracting(Event::trigger).doesNotContain("injure").containsOnlyOnce("kill");
    }

    @Test
    void aTollTheSpeakerGivesIsItsOwnEventNotAMeasureOfTheSaying() {
        Extraction x = extract("وارتفعت حصيلة الفيضانات إلى 48 قتيلا و300 جريح، بحسب ما أعلن وزير الصحة البيروفي اليوم.");
        assertThat(event(x, "kill").quantities()).extracting(Quantity::value).containsExactly(48L);
        assertThat(event(x, "injure").quantities()).extracting(Quantity::value).containsExactly(300L);
        assertThat(event(x, "say").quantities()).isEmpty();
    }
}

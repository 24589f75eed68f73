package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Counts told in a sentence of their own (session 20): the size of a protest's crowd after the protest, a count's head
 * (عدد المعتقلين، حصيلة القتلى) saying what the number after it counts. Short sentences of our own, on other
 * countries and people.
 */
class ArabicNumbers2S20Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static List<Event> protests(Extraction x) {
        return x.events().stream().filter(e -> e.cameo().startsWith("14")).toList();
    }

    @Test
    void theCrowdCountedAfterTheProtestIsItsSize() {
        Extraction x = extract("وتظاهر طلاب الجامعات في العاصمة البلغارية ضد قانون التعليم الجديد يوم السبت. "
                + "وقدرت الصحف المحلية عدد المشاركين بنحو خمسة عشر ألف شخص.");
        assertThat(protests(x)).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).containsExactly(15_000L));
    }

    @Test
    void aCountOfSomethingElseAfterTheProtestIsNotItsCrowd() {
        Extraction x = extract("وتظاهر طلاب الجامعات في العاصمة البلغارية ضد قانون التعليم الجديد يوم السبت. "
                + "ويبلغ عدد سكان المدينة نحو مليون شخص.");
        assertThat(protests(x)).singleElement().satisfies(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void peopleCountedWhereTheSentenceNamesTheGatheringAreTheCrowd() {
        Extraction x = extract("وتظاهر عمال المصانع في لشبونة ضد خفض الأجور يوم الخميس. "
                + "وكان نحو أربعة آلاف شخص قد احتشدوا أمام مقر البرلمان البرتغالي.");
        assertThat(protests(x)).anySatisfy(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).contains(4_000L));
    }

    @Test
    void aProtestWithItsOwnNumberKeepsIt() {
        Extraction x = extract("وتظاهر نحو ثلاثة آلاف من الطلاب في العاصمة البلغارية ضد قانون التعليم. "
                + "وقدر المنظمون عدد المشاركين بنحو عشرة آلاف شخص.");
        assertThat(protests(x)).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).containsExactly(3_000L));
    }

    @Test
    void theCountOfDetaineesIsATallyOfArrests() {
        Extraction x = extract("وتواصلت أعمال الشغب في ضواحي المدينة البرتغالية لليلة الرابعة. "
                + "وتخطى عدد الموقوفين 640 شخصا منذ بدء الاضطرابات.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.quantities()).singleElement().satisfies(q -> {
                assertThat(q.value()).isEqualTo(640L);
                assertThat(q.counts()).isEqualTo("detained");
            });
        });
    }

    @Test
    void aTollWithTheNounBeforeTheNumber() {
        Extraction x = extract("وارتفعت حصيلة القتلى إلى 27 بحسب الدفاع المدني التشيلي.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.quantities())
                .anySatisfy(q -> {
                    assertThat(q.value()).isEqualTo(27L);
                    assertThat(q.counts()).isEqualTo("killed");
                }));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PartialDate;

/**
 * Dates written as the day before yesterday with من, as a day of "this month" or "last month", and in digits: each
 * is the date of the event it goes with, and none of its numbers is read as a count of people.
 */
class ArabicDatesS34Test {

    /** A Sunday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static PartialDate arrestDate(String text) {
        return event(TestLexicons.extractShipped(text, PUBLISHED), "arrest").date();
    }

    @Test
    void theDayBeforeYesterdayWithMinIsTwoDaysBeforePublicationNotYesterday() {
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي أول من أمس."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 8)));
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي مساء أول من أمس."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 8)));
    }

    @Test
    void theDayAfterTomorrowIsTwoDaysAfterPublication() {
        Extraction x = TestLexicons.extractShipped(
                "وقال مسؤول إن الشرطة التونسية ستعتقل المحامي سمير الهمامي بعد غد.", PUBLISHED);
        assertThat(event(x, "arrest").date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void aDayOfTheCurrentOrLastMonthIsADayOfThatMonth() {
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي في الخامس من الشهر الجاري."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 5)));
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي يوم 5 من الشهر الحالي."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 5)));
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي في 28 من الشهر الماضي."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 2, 28)));
    }

    @Test
    void theMonthWithAMarkerAndNoDayIsThatMonth() {
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي مطلع الشهر الماضي."))
                .isEqualTo(new PartialDate(2024, 2, null));
    }

    @Test
    void aDateInDigitsIsADateDayFirstOrYearFirst() {
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي في 3/3/2024."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 3)));
        assertThat(arrestDate("واعتقلت الشرطة التونسية المحامي سمير الهمامي بتاريخ 2024/3/3."))
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 3)));
    }

    @Test
    void theNumbersOfADateAreNoCount() {
        assertThat(event(TestLexicons.extractShipped(
                "واعتقلت الشرطة التونسية المحامي سمير الهمامي يوم 5 من الشهر الحالي.", PUBLISHED), "arrest").quantities())
                .isEmpty();
        assertThat(event(TestLexicons.extractShipped(
                "واعتقلت الشرطة التونسية المحامي سمير الهمامي في 3/3/2024.", PUBLISHED), "arrest").quantities())
                .isEmpty();
    }
}

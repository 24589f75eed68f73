package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/**
 * Numbers that measure no event and numbers before the verb they count (session 23): a person's age (البالغ من
 * العمر 55 عاما، "(53 عاما)") is no count of what the event did, while years of a sentence are; a number, من and a
 * group before its verb (إن 30 من المتمردين قتلوا) counts those the verb befell. Short sentences of our own.
 */
class ArabicNumbers3S23Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static List<Long> values(Extraction x) {
        return x.events().stream().flatMap(e -> e.quantities().stream()).map(Quantity::value).toList();
    }

    @Test
    void anAgeAfterItsWordIsNoCountOfTheArrest() {
        Extraction x = extract("واعتقلت الشرطة الكينية 12 محتجا في نيروبي، بينهم المعارض جوزيف أوتينو، "
                + "البالغ من العمر 58 عاما.");
        assertThat(TestLexicons.coded(x, "173")).isNotEmpty();
        assertThat(values(x)).contains(12L).doesNotContain(58L);
    }

    @Test
    void anAgeInBracketsAfterANameIsNoCount() {
        Extraction x = extract("واعتقلت الشرطة البيروفية المشتبه به كارلوس ريّس (34 عاما) و5 من رفاقه في ليما.");
        assertThat(values(x)).doesNotContain(34L);
    }

    @Test
    void yearsOfASentenceStillMeasureIt() {
        Extraction x = extract("وقضت محكمة في نيروبي بسجن المعارض جوزيف أوتينو 12 عاما بتهمة التحريض.");
        assertThat(values(x)).contains(12L);
    }

    @Test
    void aNumberOfAGroupBeforeTheVerbCountsThoseItBefell() {
        Extraction x = extract("وقال قائد الجيش التشادي إن 40 من المتمردين قتلوا في المعارك قرب الحدود.");
        Event killed = TestLexicons.coded(x, "18").get(0);
        assertThat(killed.quantities()).extracting(Quantity::value).containsExactly(40L);
    }
}

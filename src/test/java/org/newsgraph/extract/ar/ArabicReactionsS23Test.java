package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * A reaction to an act whose subject is a title with the holder's name set off by commas (session 23): "أدان رئيس
 * الوزراء الكندي، فلان، الانقلاب" condemns the coup's doer as "أدان رئيس الوزراء الكندي الانقلاب" does; the comma
 * closing the name opens the object. Short sentences of our own.
 */
class ArabicReactionsS23Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static Event condemnation(Extraction x) {
        return TestLexicons.coded(x, "11").get(0);
    }

    @Test
    void aCoupCondemnedByATitleAndItsApposedNameIsAimedAtTheSoldiers() {
        Extraction x = extract("واستولى الجيش في النيجر على السلطة يوم الأربعاء. "
                + "وأدان رئيس الوزراء الكندي، جاستن ترودو، الانقلاب.");
        Event e = condemnation(x);
        assertThat(TestLexicons.label(x, e.sourceKey())).isEqualTo("جاستن ترودو");
        assertThat(e.targetKey()).isNotNull();
        assertThat(TestLexicons.label(x, e.targetKey())).isEqualTo("الجيش");
    }

    @Test
    void anArrestCondemnedAfterTheApposedNameIsAimedAtWhoArrested() {
        Extraction x = extract("واعتقلت الشرطة في النيجر الرئيس محمد بازوم يوم الأربعاء. "
                + "وأدان الأمين العام للاتحاد الأفريقي، موسى فقي، بشدة اعتقال بازوم.");
        assertThat(condemnation(x).targetKey()).isNotNull();
        assertThat(TestLexicons.label(x, condemnation(x).targetKey())).isEqualTo("الشرطة");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Where the name of a person no lexicon lists ends (session 20): a plural participle after it (what the person did
 * to others), and an accusative adverb after it where the article writes the surname elsewhere without it. Short
 * sentences of our own, read with every shipped lexicon.
 */
class ArabicNames4S20Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void aPluralParticipleAfterANameIsTheClauseGoingOn() {
        Extraction x = extract("واتهم وزير الداخلية خوان ريبيرا منشقين عن الجيش بتنفيذ الهجوم.");
        person(x, "خوان ريبيرا");
        assertThat(labels(x)).noneMatch(l -> l.contains("منشقين"));
        Extraction y = extract("وقال قائد الشرطة أندريس مولينا إن مسلحين هاجموا المركز.");
        person(y, "أندريس مولينا");
    }

    @Test
    void aNameInYaNunStaysWhole() {
        Extraction x = extract("وقال المتحدث باسم الحزب ماركو ياسين إن الحزب سيقاطع الانتخابات.");
        person(x, "ماركو ياسين");
    }

    @Test
    void anAccusativeAdverbEndsTheNameWhereTheSurnameStandsAloneElsewhere() {
        Extraction x = extract("وقالت الحكومة إن قائد المتمردين الجنرال بيار نداييزي فارا، بحسب ما أفادت الرئاسة. "
                + "وكان نداييزي قد قاد الحركة منذ عامين.");
        person(x, "بيار نداييزي");
        assertThat(labels(x)).noneMatch(l -> l.contains("فارا"));
        Extraction y = extract("وجاء ذلك بعد مقتل المغني المناهض للعنصرية ماركوس ستيفانو طعنا على يد أحد أنصار الحزب. "
                + "وقالت عائلة ستيفانو إنها تطالب بالعدالة.");
        person(y, "ماركوس ستيفانو");
        assertThat(labels(y)).noneMatch(l -> l.contains("طعنا"));
    }

    @Test
    void aSurnameInAlefWrittenSoAgainStays() {
        Extraction x = extract("وقال وزير الخارجية محمد حسن ديارا إن الحكومة ترفض القرار. وأكد ديارا أن بلاده لن تتراجع.");
        person(x, "محمد حسن ديارا");
    }
}

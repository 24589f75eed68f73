package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Given names the name reader took for something else (session 19, names3): a function word that is a given name
 * of another language (غير Geir, دون Don) before a transliterated surname. Short sentences of our own, read with
 * every shipped lexicon.
 */
class ArabicNames3S19Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void aFunctionWordBeforeATransliteratedSurnameIsAGivenName() {
        person(extract("وأعلن وزير المالية النرويجي غير ستولبيرغ استقالته أمس."), "غير ستولبيرغ");
        person(extract("وأعلن رئيس الوزراء النرويجي غير ستولبيرغ نهاية الائتلاف الحاكم."), "غير ستولبيرغ");
        person(extract("وقال وزير الخارجية الأسترالي دون هاركليفن إن بلاده تتابع الأزمة."), "دون هاركليفن");
        person(extract("والتقى الرئيس السفير دون ماكلارتي في القصر."), "دون ماكلارتي");
        person(extract("ودعا النائب غير برينستاد، في بيان، إلى انتخابات مبكرة."), "غير برينستاد");
    }

    @Test
    void aSurnameTheDictionaryReadsCountsWhenTheArticleWritesItAloneElsewhere() {
        // هاردي reads as an adjective with "my"; the article naming him by it alone later shows it a surname
        person(extract("وقدم رئيس الوزراء الدنماركي غير هاردي استقالته. وقال هاردي إنه سيبقى حتى الانتخابات."), "غير هاردي");
        assertThat(extract("وقال الوزير إن القرار غير قانوني، وإن الحكم غير قانوني أيضا.").actors())
                .noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void theFunctionWordsBeforeWordsOfTheDictionaryStayWords() {
        assertThat(extract("وقال رئيس الوزراء إنه غير راض عن أداء الحكومة.").actors())
                .noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr().startsWith("غير"));
        assertThat(extract("غير أن الرئيس رفض الاقتراح دون تأخير.").actors())
                .noneMatch(a -> a.type() == ActorType.PERSON && (a.labelAr().startsWith("غير") || a.labelAr().startsWith("دون")));
        assertThat(extract("ووافق البرلمان على القانون دون تعديلات، في خطوة غير مسبوقة.").actors())
                .noneMatch(a -> a.type() == ActorType.PERSON);
    }
}

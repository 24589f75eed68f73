package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.Extraction;
import org.newsgraph.read.Article;

/** The extractor never throws on a well-formed article, however odd its text; the records it gives are valid. */
class ArabicRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {
        ".",
        "\"\"\" «« »» \" ،،، :: ؟؟",
        "Today Alice met Bob in Paris. Nothing else happened.",
        "قال الرئيس",
        "الرئيس",
        "وزارة الدفاع",
        "أيار 2021 في 31 شباط 2021 يوم الخميس الماضي أمس",
        "مقتل ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣ محتجا وآلاف ومئة ألف مليون",
        "😀\u200f\u200eأوقفت\u0640\u0640 السلطات‌ التركية 🇹🇷 الصحفي",
        "تضم: \nابن أخت\nبقرار من\nبين و\nاقرأ أيضا:",
        "الـ300 الـ 2020 عام عام 1 ١ ۱۵۰"
    })
    void oddTextsYieldValidRecords(String text) {
        for (LocalDate published : new LocalDate[] {null, LocalDate.of(2022, 1, 8)}) {
            Extraction x = TestLexicons.extractor().extract(new Article("odd", text, null, "ar", published, null));
            assertThat(x.sentences()).isNotEmpty();
            assertThat(x.extractor()).startsWith("newsgraph-ar/");
        }
    }
}

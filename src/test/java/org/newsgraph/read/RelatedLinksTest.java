package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"اقرأ أيضا: وصول أول قطار إلى المدينة", "اقرأ أيضاً: وصول أول قطار إلى المدينة",
        "إقرأ أيضا: وصول أول قطار إلى المدينة", "اقرا ايضاً - وصول أول قطار إلى المدينة",
        "• اقرأ أيضًا: «وصول أول قطار إلى المدينة»", "اقـرأ أيضـا وصول أول قطار إلى المدينة",
        "Read more: First train reaches the city", "READ ALSO: First train reaches the city",
        "See also - First train reaches the city", "Related: First train reaches the city"})
    void readAlsoLinesAreRecognisedHoweverSpelt(String line) {
        assertThat(RelatedLinks.readAlsoTarget(line)).isNotNull().isNotEmpty();
        assertThat(RelatedLinks.remove(List.of("The first sentence is here.", line, "The last sentence is here.")))
                .containsExactly("The first sentence is here.", "The last sentence is here.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more about the plan in the council's report.", "قرأ الوزير البيان أيضا أمام الصحفيين.",
        "Related parties must declare their interests.", "See the full list at the town hall."})
    void sentencesThatMerelyStartAlikeStay(String line) {
        assertThat(RelatedLinks.readAlsoTarget(line)).isNull();
    }

    @Test
    void aLineRepeatingAReadAlsoTargetGoesWherever() {
        List<String> lines = List.of("وصل الوفد إلى المدينة مساء.", "اقرأ أيضا: \"الوفد يلتقي المحافظ\"",
                "والتقى الوفد ممثلي النقابات.", "الوفد يلتقي المحافظ", "وانتهت الزيارة بعد يومين.");
        assertThat(RelatedLinks.remove(lines))
                .containsExactly("وصل الوفد إلى المدينة مساء.", "والتقى الوفد ممثلي النقابات.", "وانتهت الزيارة بعد يومين.");
    }

    @Test
    void aBareReadAlsoLineTakesTheHeadlineAfterIt() {
        List<String> lines = List.of("Rain fell all night.", "Read more", "Storm closes schools", "Schools reopen on Monday.");
        assertThat(RelatedLinks.remove(lines)).containsExactly("Rain fell all night.", "Schools reopen on Monday.");
    }

    @Test
    void trailingBlockOfHeadlinesGoesButHeadingsInsideStay() {
        List<String> lines = List.of("The talks began on Monday.", "Background", "The dispute is ten years old.",
                "Minister visits the border", "Prices rise again in March");
        assertThat(RelatedLinks.remove(lines))
                .containsExactly("The talks began on Monday.", "Background", "The dispute is ten years old.");
    }

    @Test
    void oneShortLastLineStays() {
        List<String> lines = List.of("The talks began on Monday.", "The dispute is ten years old.", "Reporting by A. Writer");
        assertThat(RelatedLinks.remove(lines)).isEqualTo(lines);
    }

    @Test
    void aTextOfOnlyShortLinesIsNotEmptied() {
        List<String> lines = List.of("Minister visits the border", "Prices rise again in March");
        assertThat(RelatedLinks.remove(lines)).isEqualTo(lines);
    }

    @Test
    void sentenceEndsAreSeenThroughClosingQuotes() {
        assertThat(RelatedLinks.endsSentence("He said: \"We will stay.\"")).isTrue();
        assertThat(RelatedLinks.endsSentence("وقال: «سنبقى هنا؟»")).isTrue();
        assertThat(RelatedLinks.endsSentence("الجيش يطلق النار على \"المسلحين\"")).isFalse();
        assertThat(RelatedLinks.isHeadlineLike("Minister visits the border")).isTrue();
        assertThat(RelatedLinks.isHeadlineLike("word ".repeat(25).strip())).isFalse();
    }
    @Test
    void headlinesUnderARelatedHeadingGoUpToTheNextSentence() {
        List<String> lines = List.of("Rain fell all night.", "Related stories", "Storm closes schools",
                "Rivers rise in the north", "Schools reopen on Monday.", "أخبار ذات صلة", "عاصفة تغلق المدارس",
                "وعادت الدراسة يوم الاثنين.");
        assertThat(RelatedLinks.remove(lines))
                .containsExactly("Rain fell all night.", "Schools reopen on Monday.", "وعادت الدراسة يوم الاثنين.");
    }

    @Test
    void aBareReadAlsoLineTakesEveryHeadlineUnderItQuestionsToo() {
        List<String> lines = List.of("وصل الوفد إلى المدينة مساء.", "اقرأ أيضاً:", "- الوفد يلتقي المحافظ",
                "- ما تأثير الزيارة على المفاوضات؟", "- المعارضة تدعو إلى الإضراب", "وانتهت الزيارة بعد يومين.");
        assertThat(RelatedLinks.remove(lines)).containsExactly("وصل الوفد إلى المدينة مساء.", "وانتهت الزيارة بعد يومين.");
    }

    @Test
    void aTrailingBlockOfHeadlinesMayHoldQuestionsButQuotedQuestionsStay() {
        List<String> lines = List.of("The talks began on Monday.", "What the deal means for the region?",
                "Minister visits the border");
        assertThat(RelatedLinks.remove(lines)).containsExactly("The talks began on Monday.");
        List<String> quoted = List.of("وبدأت المحادثات الاثنين.", "وتساءل الوزير: هل تنجح المحادثات؟", "الوزير يزور الحدود");
        assertThat(RelatedLinks.remove(quoted)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"مواضيع ذات صلة", "ذات صلة:", "قد يهمك أيضاً", "موضوعات متعلقة", "الأكثر مشاهدة", "روابط ذات صلة"})
    void moreHeadingsOfLinkLists(String heading) {
        List<String> lines = List.of("وصل الوفد إلى المدينة مساء.", heading, "الوفد يلتقي المحافظ", "وانتهت الزيارة بعد يومين.");
        assertThat(RelatedLinks.remove(lines)).containsExactly("وصل الوفد إلى المدينة مساء.", "وانتهت الزيارة بعد يومين.");
    }
}

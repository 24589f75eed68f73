package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void normalisesToNfc() {
        assertThat(TextCleaner.lines("cafe\u0301")).containsExactly("café");
        // alef + combining hamza above composes to U+0623
        assertThat(TextCleaner.lines("\u0627\u0654حمد")).containsExactly("\u0623حمد");
    }

    @Test
    void stripsZeroWidthAndBidiControls() {
        String dirty = "\u200fقال\u200b الوزير\u202a\u202c \u2067اليوم\u2069\ufeff";
        assertThat(TextCleaner.lines(dirty)).containsExactly("قال الوزير اليوم");
    }

    @Test
    void collapsesSpacesPerLineButKeepsParagraphs() {
        assertThat(TextCleaner.lines("  one\u00a0 two\t three \r\n\r\n\n four\u2003five\rsix\u2029seven  "))
                .containsExactly("one two three", "four five", "six", "seven");
    }
    @Test
    void hardWrappedParagraphsAreJoinedButHeadingsStay() {
        String wrapped = "The ferry company said on Tuesday that it would\n"
                + "add two boats to the island route before the summer\n"
                + "season, after complaints about crowded decks.\n"
                + "\n"
                + "Timetable\n"
                + "Boats will leave every twenty minutes at peak hours\n"
                + "and every forty minutes at other times of the day.\n";
        assertThat(TextCleaner.paragraphs(wrapped)).containsExactly(
                "The ferry company said on Tuesday that it would add two boats to the island route before the summer"
                        + " season, after complaints about crowded decks.",
                "Timetable",
                "Boats will leave every twenty minutes at peak hours and every forty minutes at other times of the day.");
    }

    @Test
    void linesOfUnwrappedTextAreParagraphsAlready() {
        String oneParagraphPerLine = "The ferry company said on Tuesday that it would add two boats to the island route.\n"
                + "Passengers had complained about crowded decks all through the previous summer season.\n"
                + "\n"
                + "Short line\nAnother short line\n";
        assertThat(TextCleaner.paragraphs(oneParagraphPerLine)).isEqualTo(TextCleaner.lines(oneParagraphPerLine))
                .hasSize(4);
    }
    @Test
    void arabicPresentationFormsBecomeLetters() {
        // "سلام" in isolated/initial/medial/final shapes, and the lam-alef ligature
        assertThat(TextCleaner.lines("\uFEB3\uFEE0\uFE8E\uFEE1 \uFEFB")).containsExactly("سلام لا");
    }
}

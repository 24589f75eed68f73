package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** The lead's fixes of session 14, each on sentences of its own. */
class ArabicLeadS14Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);

    /**
     * ليلا "at night" after a name is no word of it: a name stop written لئلا has the same matching form (ئ read as
     * ي), and a word covered by a cue was let into the name without the dictionary's look at it.
     */
    @Test
    void atNightAfterANameIsNoWordOfIt() {
        Extraction x = TestLexicons.extractShipped(
                "اعتقال زعيم المعارضة فلادو كاريشيما ليلا واتهامه بالتحريض\n\nوقالت الشرطة إن كاريشيما رفض الامتثال.",
                PUBLISHED);
        assertThat(TestLexicons.person(x, "فلادو كاريشيما")).isNotNull();
        assertThat(labels(x)).noneMatch(l -> l.contains("ليلا"));
    }
}

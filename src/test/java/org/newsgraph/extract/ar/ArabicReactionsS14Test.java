package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Session 14: a reaction whose object is an act (the coup, the arrest, what happened) is aimed at whoever did that
 * act, which the sentence itself does not name. Short sentences of our own, with the test gazetteer.
 */
class ArabicReactionsS14Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------------------------------- which coup is "the coup"

    @Test
    void theCoupCondemnedIsTheArticlesMainOneNotOneToldAsBackground() {
        Extraction x = extract("أطاح ضباط من الجيش بالرئيس النيجري محمد بازوم صباح الأربعاء. وهو الانقلاب الذي "
                + "أعقبته مرحلة انتقالية قادها البرلمان. وأدانت فرنسا الانقلاب.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void theCoupToldInItsOwnWordsIsCondemnedAtWhoDidItNotAtWhoArrestedLater() {
        Extraction x = extract("أعلن ضباط في الجيش النيجري الاستيلاء على السلطة. وأضاف أن قوات الأمن أوقفت وزير "
                + "الداخلية. وأدانت فرنسا الانقلاب.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNotEqualTo("group/security-forces");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Statements (session 31): a word of time right after a verb of saying ("وقال عقب الاجتماع فلان"، "قال إثر لقائه")
 * tells when the words were said and opens no clause of its own, so the subject after it is still the verb's: the
 * statement keeps its speaker. Short sentences of our own, on other countries and people.
 */
class ArabicSpeechS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theSubjectAfterWhenItWasSaidIsTheSpeaker() {
        Extraction x = extract("وقال عقب الاجتماع الرئيس الكيني وليام روتو إن الحكومة الألمانية ارتكبت خطأ.");
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void aWarningRightAfterAMeetingKeepsItsSpeaker() {
        Extraction x = extract("وحذر إثر الاجتماع وزير الخارجية الأوغندي جيجي أودونغو من تدهور الأوضاع.");
        assertThat(coded(x, "13")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/jiji-odungo"));
    }
}

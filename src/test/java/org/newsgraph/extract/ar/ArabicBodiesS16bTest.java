package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Bodies and offices (session 16, round 2): the presidency as an office held, sought or taken is no actor; only
 * the presidency that acts or speaks is one. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS16bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    private static boolean presidency(Extraction x) {
        return labels(x).stream().anyMatch(l -> l.contains("الرئاسة") || l.contains("رئاسة"));
    }

    // 1. the presidency as an office

    @Test
    void headedByIsNoPresidency() {
        assertThat(presidency(extract("وعقد في البرازيل اجتماع أمني برئاسة وزير الدفاع أمس."))).isFalse();
        assertThat(presidency(extract("وكلف فلان علان برئاسة مجلس الوزراء في البرازيل."))).isFalse();
        assertThat(presidency(extract("وفاز مرشح المعارضة في البرازيل بالرئاسة العام الماضي."))).isFalse();
    }

    @Test
    void thePresidencyOfABodyOrTheStateIsAnOffice() {
        assertThat(presidency(extract("وتولى نائب الرئيس البرازيلي رئاسة الدولة حتى الانتخابات."))).isFalse();
        assertThat(presidency(extract("وخلفه على رأس الحزب في البرازيل ثم في رئاسة البلاد."))).isFalse();
        assertThat(presidency(extract("وتولى كارلوس رئاسة حزب العمال البرازيلي عام 2014."))).isFalse();
    }

    @Test
    void dutiesActingAndRotatingPresidenciesAreOffices() {
        assertThat(presidency(extract("وتسلم نائب الرئيس البرازيلي مهام الرئاسة بعد الوفاة."))).isFalse();
        assertThat(presidency(extract("ويتولى رئيس البرلمان في البرازيل الرئاسة بالنيابة."))).isFalse();
        assertThat(presidency(extract("وتتولى البرتغال الرئاسة الدورية للاتحاد الأوروبي."))).isFalse();
    }

    @Test
    void reachingOrRunningForThePresidencyIsAnOffice() {
        assertThat(presidency(extract("وقال إنه وصل إلى الرئاسة في البرازيل بانتخابات حرة."))).isFalse();
        assertThat(presidency(extract("وأعلن وزير المالية البرازيلي ترشحه للرئاسة."))).isFalse();
    }

    @Test
    void thePresidencyThatSpeaksStaysABody() {
        assertThat(presidency(extract("وقالت الرئاسة البرازيلية في بيان إن الرئيس بخير."))).isTrue();
        assertThat(presidency(extract("وأعلنت رئاسة الجمهورية في البرازيل الحداد ثلاثة أيام."))).isTrue();
        assertThat(presidency(extract("وأرسل البرلمان البرازيلي رسالة إلى الرئاسة أمس."))).isTrue();
    }

    // 2. who filed the story

    @Test
    void aPapersQuotedNameAfterWhereItFiledFromIsNoActor() {
        Extraction x = extract("مقتل مسؤول في هجوم\nبرلين: «الشرق الأوسط»\nقتل مسؤول ألماني الجمعة في هجوم.");
        assertThat(labels(x)).doesNotContain("الشرق الأوسط");
        Extraction y = extract("مقتل مسؤول في هجوم\nبرلين - بكين: «الشرق الأوسط»\nقتل مسؤول ألماني الجمعة.");
        assertThat(labels(y)).doesNotContain("الشرق الأوسط");
        Extraction z = extract("وقال الوزير إن الشرق الأوسط يمر بأزمة.");
        assertThat(labels(z)).contains("الشرق الأوسط");
    }
}

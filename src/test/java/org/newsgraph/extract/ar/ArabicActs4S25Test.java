package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Acts whose source or target was lost (session 25): a name read on into "فور عودته" (upon his return), so the person
 * matched nothing; condemning "the attack" aimed at whoever fought last when the attack the article opened with has
 * no doer; a verbal noun closing a list after a date between the subject and its objects lost the announcer. Short
 * sentences of our own, on other countries and people.
 */
class ArabicActs4S25Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- فور before a verbal noun ends a name

    @Test
    void uponHisReturnEndsTheName() {
        Extraction x = extract("اعتقلت الشرطة البيلاروسية المعارض إيغور تيخوميروف فور عودته إلى مينسك.");
        assertThat(labels(x)).contains("إيغور تيخوميروف");
        assertThat(labels(x)).noneMatch(l -> l.contains("فور"));
        assertThat(coded(x, "17")).anySatisfy(e -> assertThat(e.targetKey()).endsWith("tikhumirov"));
    }

    @Test
    void uponTheAnnouncementEndsTheNameToo() {
        Extraction x = extract("اعتقلت الشرطة الفنزويلية الصحافي كارلوس ميندونسا فور الإعلان عن النتائج.");
        assertThat(labels(x)).contains("كارلوس ميندونسا");
    }

    @Test
    void foreBeforeABareWordStaysAGivenName() {
        Extraction x = extract("التقى الرئيس فور ماكوندو وزير الخارجية.");
        assertThat(labels(x)).anyMatch(l -> l.startsWith("فور"));
    }

    // ------------------------------------------------------------- "the attack" with no doer named

    @Test
    void condemningAnAttackWithNoDoerIsNotAimedAtTheLastFighters() {
        Extraction x = extract("نجا وزير الدفاع الكولومبي من محاولة اغتيال بسيارة مفخخة في بوغوتا. "
                + "وكان المحتجون قد اشتبكوا مع قوات الأمن قبل يومين. ودان الاتحاد الأوروبي الهجوم.");
        assertThat(coded(x, "11")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        assertThat(coded(x, "11")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/security-forces"));
    }

    // ------------------------------------------------------------- the last act of a list after a date

    @Test
    void theLastActOfAListAfterADateKeepsTheAnnouncer() {
        Extraction x = extract("أعلن قائد الجيش الغابوني، الجنرال أوليغي نغيما، الاثنين، حل البرلمان، "
                + "وفرض حالة الطوارئ في جميع أنحاء البلاد.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.sourceKey()).isNotNull());
    }
}

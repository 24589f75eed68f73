package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions told through a statement (session 21): "أصدرت الوزارة بيانا دانت فيه"، "وجه رسالة دعا فيها": the verb
 * after the statement noun, with فيه/فيها after it, is the act of whoever issued the statement, and the actor after
 * the verb is its object, never its subject. Short sentences of our own, on other countries and people.
 */
class ArabicSpeakers3S21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCondemnationInAStatementIsTheIssuers() {
        Extraction x = extract("اندلعت اشتباكات بين الجيش المالي والمتمردين. وأصدرت وزارة الخارجية المصرية بيانا "
                + "أدانت فيه الهجوم.");
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/EG/ministry-of-foreign-affairs"));
    }

    @Test
    void theActorAfterTheVerbOfAStatementIsItsObjectNotItsSubject() {
        Extraction x = extract("اندلعت اشتباكات بين الجيش المالي والمتمردين. وأصدرت الحكومة المغربية بيانا دعت فيه "
                + "الجيش المالي إلى وقف القتال.");
        assertThat(coded(x, "02")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/MA/government");
            assertThat(e.targetKey()).isEqualTo("org/ML/army");
        });
        assertThat(coded(x, "02")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/ML/army"));
    }

    @Test
    void aStatementSayingSomethingIsStillTheIssuersStatement() {
        Extraction x = extract("اندلعت اشتباكات بين الجيش المالي والمتمردين. وأصدرت وزارة الخارجية الجزائرية بيانا "
                + "قالت فيه إن الجزائر تتابع الوضع.");
        assertThat(coded(x, "01")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/DZ/ministry-of-foreign-affairs"));
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/** Session 11, the lead's rules for unseen articles. */
class ArabicLeadS11Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anEnvoyRecalledHomeIsRecalledFromTheCountryWhereItIsPosted() {
        Extraction x = shipped("وأعلنت الرباط أنها استدعت سفيرتها في مدريد للتشاور.");
        assertThat(events(x, "summon-envoy")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/ES"));
        Extraction y = shipped("وقررت الحكومة الجزائرية استدعاء سفيرها لدى فرنسا للتشاور.");
        assertThat(events(y, "summon-envoy")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo(actor(y, "فرنسا").key()));
        // another country's envoy summoned where it is posted: the envoy's country, not the host
        Extraction z = shipped("واستدعت وزارة الخارجية الفرنسية السفير الإيراني في باريس.");
        assertThat(events(z, "summon-envoy")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/IR"));
    }

    @Test
    void toAchieveIsNoInquiry() {
        assertThat(events(shipped("وقال أمير البلاد إن القرار يحقق الخير لشعبه."), "investigate")).isEmpty();
        assertThat(events(shipped("وحققت الحكومة الأردنية تقدما في المفاوضات مع صندوق النقد الدولي."), "investigate")).isEmpty();
        Extraction x = shipped("وقالت الشرطة الكينية إنها تحقق في مقتل المتظاهرين.");
        assertThat(events(x, "investigate")).isNotEmpty();
    }

    @Test
    void anIntentIsTowardsTheActorAfterMaaInWhatItIsReadyFor() {
        Extraction x = shipped("وأكد وزير الخارجية التركي هاكان فيدان استعداد بلاده للتعاون مع العراق في مكافحة الإرهاب.");
        assertThat(events(x, "intent")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo(actor(x, "العراق").key()));
        Extraction y = shipped("وأعلن الرئيس اليمني السابق علي عبد الله صالح استعداده لفتح صفحة جديدة مع السعودية.");
        assertThat(events(y, "intent")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo(actor(y, "السعودية").key()));
    }

    @Test
    void aBodyWhoseNameOpensWithLamIsNoFieldOfTheTitle() {
        Extraction x = shipped("جرت الانتخابات في باكستان. وأعلن نائب رئيس لجنة الانتخابات المركزية أحمد خان النتائج.");
        assertThat(TestLexicons.rolesOf(x, "أحمد خان")).singleElement()
                .satisfies(r -> assertThat(r.organizationKey()).isEqualTo("org/PK/central-election-commission"));
    }
}

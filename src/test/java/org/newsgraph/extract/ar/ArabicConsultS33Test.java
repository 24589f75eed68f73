package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Consultations after a recall (session 33): "للتشاور" is ل with the article and the verbal noun, the purpose of
 * recalling an envoy, and no act of consulting of its own; the verb تشاور without the article still is one. Short
 * sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicConsultS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anEnvoyRecalledForConsultationsIsARecallOnly() {
        Extraction x = extract("قالت الحكومة النرويجية إنها استدعت سفيرها لدى تشيلي للتشاور، ووصفت القرار بأنه خطير.");
        assertThat(coded(x, "160")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NO/government");
            assertThat(e.targetKey()).isEqualTo("country/CL");
        });
        assertThat(coded(x, "04")).isEmpty();
    }

    @Test
    void consultingWithTheRecalledEnvoyIsNoDiscussion() {
        Extraction x = extract("وأعلنت كينيا أنها استدعت سفيرها في أوغندا للتشاور معه.");
        assertThat(coded(x, "160")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/KE"));
        assertThat(coded(x, "040")).isEmpty();
    }

    @Test
    void theVerbOfConsultingStillTellsADiscussion() {
        Extraction x = extract("تشاورت كينيا مع أوغندا حول الحدود.");
        assertThat(coded(x, "040")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/KE");
            assertThat(e.targetKey()).isEqualTo("country/UG");
        });
    }
}

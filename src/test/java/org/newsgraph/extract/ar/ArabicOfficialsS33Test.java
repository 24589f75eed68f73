package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A state's officials as a subject (session 33): officials, diplomats or deputies in the plural with the state's nisba
 * right after them (اتهم مسؤولون تشيليون، دعا دبلوماسيون يابانيون) are that state acting, as its leaders with a nisba
 * are, not the object after them; bare, they are no actor, and counted they stay the people counted. Short sentences
 * of our own, on other countries and people.
 */
class ArabicOfficialsS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void officialsWithANisbaAreTheirStateAccusing() {
        Extraction x = extract("اتهم مسؤولون تشيليون بوليفيا بإغلاق الحدود.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CL");
            assertThat(e.targetKey()).isEqualTo("country/BO");
        });
    }

    @Test
    void diplomatsWithANisbaAreTheirStateAppealing() {
        Extraction x = extract("ودعا دبلوماسيون يابانيون الفلبين إلى ضبط النفس.");
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/JP");
            assertThat(e.targetKey()).isEqualTo("country/PH");
        });
    }

    @Test
    void officialsInTheAccusativeWithANisbaAreTheirState() {
        Extraction x = extract("وقالت الصحيفة إن مسؤولين نرويجيين انتقدوا السويد.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/NO");
            assertThat(e.targetKey()).isEqualTo("country/SE");
        });
    }

    @Test
    void leadersWithANisbaStillActForTheirState() {
        Extraction x = extract("اتهم قادة تشيليون بوليفيا بإغلاق الحدود.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CL");
            assertThat(e.targetKey()).isEqualTo("country/BO");
        });
    }

    @Test
    void bareOfficialsAreNoActor() {
        Extraction x = extract("واتهم مسؤولون الشركة بإخفاء الأرباح.");
        assertThat(x.actors()).isEmpty();
    }

    @Test
    void countedDiplomatsExpelledAreTheTargetStateStill() {
        Extraction x = extract("طردت بيرو أربعة دبلوماسيين إكوادوريين.");
        assertThat(coded(x, "161")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/PE");
            assertThat(e.targetKey()).isEqualTo("country/EC");
        });
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Former states (session 20): the Soviet Union, Yugoslavia, Czechoslovakia and East Germany act in reports of their
 * time under their own names and nisbas, never as a successor state. Short sentences of our own.
 */
class ArabicFormerStatesS20Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(1989, 2, 13));
    }

    @Test
    void theSovietGovernmentIsTheSovietUnionsNotRussias() {
        Extraction x = extract("وانتقد الرئيس الأمريكي جورج بوش الحكومة السوفياتية بسبب تأخر انسحاب قواتها من أفغانستان.");
        assertThat(coded(x, "11")).extracting(e -> e.targetKey()).containsExactly("org/SU/government");
        assertThat(x.actors()).extracting(a -> a.key()).doesNotContain("country/RU", "org/RU/government");
    }

    @Test
    void formerStatesActUnderEverySpelling() {
        Extraction x = extract("واتهمت يوغسلافيا جمهورية ألمانيا الديمقراطية بإيواء معارضين.");
        assertThat(coded(x, "112")).extracting(e -> e.sourceKey() + " -> " + e.targetKey())
                .containsExactly("country/YU -> country/DD");
        assertThat(extract("وأدان الاتحاد السوفييتي قرار تشيكوسلوفاكيا طرد الصحفيين.").actors())
                .extracting(a -> a.key()).contains("country/SU", "country/CS");
    }

    @Test
    void westGermanyIsTheFederalRepublic() {
        assertThat(extract("واستدعت ألمانيا الغربية سفيرها لدى ألمانيا الشرقية للتشاور.").actors())
                .extracting(a -> a.key()).contains("country/DE", "country/DD");
    }
}

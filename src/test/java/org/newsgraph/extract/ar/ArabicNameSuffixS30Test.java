package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A listed name closed by a suffix (الابن، جونيور: Jr.) is named again by the surname before the suffix, as any listed
 * name by its surname (session 30: the son's labels ended in the suffix, so that "وقال ماركوس" named no one and the
 * statement went to whoever the sentence named next). Sentences of our own.
 */
class ArabicNameSuffixS30Test {

    @Test
    void theSurnameBeforeAJuniorSuffixNamesTheListedSonAgain() {
        Extraction x = TestLexicons.extractShipped("وزار الرئيس الفلبيني فرديناند ماركوس الابن مدينة دافاو أمس. "
                + "وقال ماركوس إن منظمة الصحة العالمية طلبت مساعدة بلاده.", LocalDate.of(2024, 3, 10));
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/bongbong-marcos"));
        assertThat(coded(x, "010")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/who"));
    }
}

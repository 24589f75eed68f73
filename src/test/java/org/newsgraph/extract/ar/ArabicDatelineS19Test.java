package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The article's own country as its dateline tells it (session 19): "CITY/ AGENCY" under the headline files from the
 * city's country as "CITY - AGENCY" does, unless the headline names other countries and not that one (a
 * correspondent next door). Short sentences of our own, read with every shipped lexicon.
 */
class ArabicDatelineS19Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    private static String key(Extraction x, String labelAr) {
        return actor(x, labelAr).key();
    }

    @Test
    void aCityAndASlashUnderTheHeadlineIsTheDateline() {
        Extraction x = extract("تشاد: احتجاجات واسعة على نتائج الانتخابات\nنجامينا/ الأناضول\n"
                + "قالت فرنسا إنها قلقة، ودعت فرنسا إلى الهدوء، وأرسلت فرنسا مبعوثا. وقالت الحكومة إنها لن تستقيل.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/TD/government");
        Extraction y = extract("غانا.. البرلمان يرفض الميزانية\nأكرا / الأناضول\n"
                + "دعت الولايات المتحدة والولايات المتحدة وبريطانيا إلى الحوار. وقال البرلمان إنه سيصوت مجددا.");
        assertThat(key(y, "البرلمان")).startsWith("org/GH/");
        Extraction z = extract("فيتنام تعتقل ناشطين بارزين\nهانوي/ الأناضول\n"
                + "انتقدت الصين والصين والصين الحملة. وقالت الحكومة إن الناشطين خالفوا القانون.");
        assertThat(key(z, "الحكومة")).isEqualTo("org/VN/government");
    }

    @Test
    void aDatelineNextDoorYieldsToTheCountryTheHeadlineNames() {
        // the headline names Ghana and not Togo: the correspondent files from Lomé, the story is Ghana's
        Extraction x = extract("قوات تنتشر في غانا بعد أداء الرئيس اليمين في لومي\nلومي/ الأناضول\n"
                + "انتشرت قوات في غانا. وقالت غانا إن الوضع هادئ، وأكدت غانا أنها لن تتراجع. وقالت الحكومة إنها ستحاور المعارضة.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/GH/government");
        // the headline names the dateline's country among others: the dateline holds
        Extraction y = extract("نيبال والهند تبحثان الحدود\nكاتماندو/ الأناضول\n"
                + "قالت الهند والهند والهند إن المحادثات مثمرة. وقالت الحكومة إنها ستواصل الحوار.");
        assertThat(key(y, "الحكومة")).isEqualTo("org/NP/government");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Where an article happens (session 20): a dateline city that is no capital tells its state as a capital does; a
 * dateline under a headline cut in two by a full stop is still one; a city before an outlet of its own country is
 * the outlet's desk, no story's place; a nisba in a quarter's or a hospital's name (الحي الصيني) is no mention of
 * that state. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicPlacesS20Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    private static String key(Extraction x, String labelAr) {
        return actor(x, labelAr).key();
    }

    // ------------------------------------------------------------- datelines

    @Test
    void aDatelineCityThatIsNoCapitalTellsItsState() {
        Extraction x = extract("مواجهات بين الشرطة ومحتجين\nكراتشي (رويترز) - قالت الهند والهند والهند إن الوضع مقلق. "
                + "وقالت الحكومة إنها ستحقق في المواجهات.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/PK/government");
        Extraction y = extract("إضراب عام يشل المدينة\nبنغازي - وكالات\nانتقدت مصر ومصر ومصر الإضراب. "
                + "ودعت الحكومة إلى الحوار.");
        assertThat(key(y, "الحكومة")).isEqualTo("org/LY/government");
    }

    @Test
    void aDatelineUnderAHeadlineCutInTwoIsStillTheDateline() {
        Extraction x = extract("البرلمان يسقط الحكومة. والرئيس يدعو إلى الهدوء\nسانتا كروز (أ ف ب) - "
                + "دعت البرازيل والبرازيل والبرازيل إلى الحوار. وقال البرلمان إنه سيجتمع مجددا.");
        assertThat(key(x, "البرلمان")).startsWith("org/BO/");
    }

    @Test
    void aCityThatIsNoCapitalYieldsToTheStateTheHeadlineNamesFirst() {
        // a bureau serving the region: the headline's first state is the story's
        Extraction x = extract("رئيس وزراء ليبيريا يفر إلى ساحل العاج بعد تمرد عسكري\nأبيدجان/ الأناضول\n"
                + "فر رئيس وزراء ليبيريا إلى ساحل العاج. وقالت ليبيريا إن الجيش تمرد، وأكدت ليبيريا ذلك. "
                + "وقالت الحكومة إنها ستعيد النظام.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/LR/government");
    }

    @Test
    void aCityBeforeAnOutletOfItsOwnStateIsTheOutletsDesk() {
        // Abu Dhabi is where Sky News Arabia sits, not where the story is
        Extraction x = extract("البرلمان يقر الموازنة بعد جلسة طويلة\nأبوظبي - سكاي نيوز عربية\n"
                + "أقر البرلمان الكيني الموازنة. وقال البرلمان إن كينيا تحتاج إلى المال، وإن كينيا ستسدد ديونها. "
                + "وقالت الحكومة إنها سترفع الضرائب.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/KE/government");
    }

    // ------------------------------------------------------------- a nisba in a place's name

    @Test
    void aNisbaInAQuartersOrHospitalsNameIsNoMentionOfThatState() {
        Extraction x = extract("اندلع حريق في الحي الصيني بالمدينة. وقال مدير المستشفى الفرنسي إن المصابين نقلوا إليه.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isIn("country/CN", "country/FR"));
        assertThat(coded(x, "01")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/FR"));
    }

    @Test
    void aUniversityNamedWithANisbaTellsNotTheArticlesCountry() {
        Extraction x = extract("تظاهر طلاب الجامعة الأمريكية في وسط بيروت. وانتقد وزير الداخلية اللبناني الطلاب. "
                + "وقالت الحكومة إنها تتفهم مطالبهم.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/LB/government");
    }

    @Test
    void theStatesEmbassyIsStillTheState() {
        Extraction x = extract("تظاهر محتجون أمام السفارة الأمريكية في وسط المدينة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).startsWith("org/US/"));
    }
}

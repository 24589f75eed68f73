package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who said it (session 27): a body's short name in brackets after it is no object of its condemnation, nor is
 * "in its turn"; concern voiced about nothing named is about whom the speaker goes on to address; a woman speaking
 * goes on to address a man named by his name alone; condemning violence is never aimed at the crowd it befell.
 * Short sentences of our own, on other countries and people.
 */
class ArabicSpeech6S27Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the object of a condemnation

    @Test
    void theBodysAcronymInBracketsAndInTurnStandBeforeWhatItCondemns() {
        Extraction x = extract("أطلق الجيش النار على المحتجين في هراري أمس.\n"
                + "ودانت مجموعة التنمية لأفريقيا الجنوبية (سادك) بدورها أعمال العنف.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/sadc");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void tooStandsBetweenTheSubjectAndTheViolenceCondemned() {
        Extraction x = extract("أطلق الجيش النار على المحتجين في هراري أمس.\nوأدانت كينيا أيضا العنف.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/army"));
    }

    @Test
    void violenceCondemnedIsNotAimedAtTheCiviliansItBefell() {
        Extraction x = extract("أطلق الجيش النار على المحتجين في هراري أمس.\n"
                + "ودان الاتحاد الأوروبي إطلاق النار على المدنيين العزل.\nوأدانت كينيا أعمال العنف.");
        assertThat(coded(x, "11")).filteredOn(e -> "country/KE".equals(e.sourceKey()))
                .singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/army"));
    }

    // ------------------------------------------------------------- concern

    @Test
    void concernAboutNothingNamedIsAboutWhomTheSpeakerGoesOnToUrge() {
        Extraction x = extract("وأعربت وزيرة الخارجية الأسترالية بيني وونغ عن \"قلق بالغ\"، "
                + "وحثت الحكومة الفنزويلية على احترام الدستور.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo(coded(x, "02").get(0).sourceKey());
            assertThat(e.targetKey()).isEqualTo("org/VE/government");
        });
    }

    @Test
    void concernAboutNothingNamedIsAboutTheCountryTheSpeakerGoesOnToSpeakOf() {
        Extraction x = extract("كما أبدى الأمين العام للأمم المتحدة أنطونيو غوتيريش قلقه العميق، "
                + "وقال إن المنظمة ستبحث الوضع في السودان.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres");
            assertThat(e.targetKey()).isEqualTo("country/SD");
        });
    }

    @Test
    void concernWithNothingElseSaidHasNoTarget() {
        Extraction x = extract("وأبدى الأمين العام للأمم المتحدة أنطونيو غوتيريش قلقه العميق.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- she goes on

    @Test
    void aManNamedAloneAfterTheWomansSecondVerbIsWhomSheUrges() {
        Extraction x = extract("أعلن الرئيس الفنزويلي نيكولاس مادورو حالة الطوارئ في البلاد.\n"
                + "ووصفت وزيرة الخارجية الأسترالية بيني وونغ القرار بأنه \"مؤسف\"، ودعت مادورو إلى العودة إلى الحكم الدستوري.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNotEqualTo(e.targetKey());
            assertThat(e.targetKey()).isEqualTo(coded(x, "1724").get(0).sourceKey());
        });
    }

    @Test
    void aWomanWithHerTitleAfterTheVerbIsANewSpeaker() {
        Extraction x = extract("وانتقدت وزيرة الخارجية الأسترالية بيني وونغ القرار، "
                + "ودعت وزيرة الخارجية الكندية ميلاني جولي إلى الحوار.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).startsWith("name/");
            assertThat(e.targetKey()).isNotEqualTo(e.sourceKey());
        });
    }
}

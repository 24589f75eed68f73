package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Actors that are no one (session 34). The line under a headline that says where the story was filed and by which
 * outlet ("مدينة: «الصحيفة»"، "مدينة - القناة"، "مدينة، مدينة - «الصحيفة»، وكالة") names neither an actor nor a
 * place of the story, even when a headline cut in several sentences pushes it past the third sentence. A listed
 * person's name after a title on a bridge or an airport (جسر الملك فلان) names the thing. A state told by its
 * parts (البلد حكومة وشعبا) makes no government. Short texts of our own, on other countries and people.
 */
class ArabicActorsS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static boolean made(Extraction x, String key) {
        return x.actors().stream().anyMatch(a -> a.key().equals(key));
    }

    @Test
    void aQuotedPaperUnderAHeadlineOfSeveralSentencesIsNoRegion() {
        Extraction x = extract("البرلمان الكيني يقر الموازنة.. والمعارضة تقاطع الجلسة\n"
                + "الرئيس يدعو إلى الهدوء... والشرطة تنتشر في الشوارع\n"
                + "نيروبي: «الشرق الأوسط»\n"
                + "أقر البرلمان الكيني أمس الموازنة الجديدة وسط مقاطعة نواب المعارضة.");
        assertThat(made(x, "place/middle-east")).isFalse();
        assertThat(made(x, "org/KE/parliament")).isTrue();
    }

    @Test
    void theOutletsOwnCityUnderTheHeadlineIsNeitherPlaceNorActor() {
        Extraction x = extract("زامبيا.. اعتقال زعيم المعارضة بعد مسيرة في لوساكا\n"
                + "الشرطة تفرق أنصاره بالغاز المسيل للدموع.. وتحذيرات من اضطرابات\n"
                + "أبوظبي - سكاي نيوز عربية\n"
                + "اعتقلت الشرطة الزامبية، الاثنين، زعيم المعارضة بعد مسيرة في العاصمة.");
        assertThat(made(x, "place/abu-dhabi")).isFalse();
        assertThat(made(x, "org/sky-news-arabia")).isFalse();
    }

    @Test
    void theWiresAfterSeveralFilingCitiesAreNoActors() {
        Extraction x = extract("الجيش يعلن حالة الطوارئ في زيمبابوي.. واعتقال وزير المالية\n"
                + "هراري، جوهانسبرغ، لندن - «الحياة»، رويترز، أ ف ب\n"
                + "أعلن الجيش في زيمبابوي حالة الطوارئ مساء أمس.");
        assertThat(made(x, "org/reuters")).isFalse();
        assertThat(made(x, "org/afp")).isFalse();
    }

    @Test
    void aLineOfOutletsOnlyNamesNoActor() {
        Extraction x = extract("تشيلي: توقيف العشرات بعد احتجاجات في سانتياغو\n"
                + "فرانس24/ أ ف ب\n"
                + "أوقفت الشرطة التشيلية العشرات بعد احتجاجات ليلية في العاصمة.");
        assertThat(made(x, "org/afp")).isFalse();
    }

    @Test
    void aSubheadlineQuotingABodyAfterItsCityKeepsTheBody() {
        Extraction x = extract("تصعيد جديد في الخليج بعد احتجاز ناقلة نفط\n"
                + "طهران: «الحرس الثوري» يتوعد برد حاسم\n"
                + "احتجزت بحرية أجنبية ناقلة نفط قرب مضيق هرمز.");
        assertThat(made(x, "org/irgc")).isTrue();
    }

    @Test
    void theStoryOpeningAfterTheWireKeepsItsActor() {
        Extraction x = extract("ليما (أ ف ب) - أعلنت الحكومة البيروفية حالة الطوارئ في العاصمة.");
        assertThat(made(x, "org/afp")).isFalse();
        assertThat(made(x, "org/PE/government")).isTrue();
    }

    @Test
    void aKingsNameOnABridgeIsNoPerson() {
        Extraction x = extract("عبرت قافلة من الشاحنات جسر الملك فهد باتجاه المنامة صباح الأحد.");
        assertThat(made(x, "person/fahd-bin-abdulaziz")).isFalse();
    }

    @Test
    void aKingsNameOnAnAirportIsNoPerson() {
        Extraction x = extract("هبطت طائرة الوفد الكويتي في مطار الملك خالد الدولي بالرياض.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("person/khalid"));
    }

    @Test
    void theKingWhoActsStaysAPerson() {
        Extraction x = extract("استقبل الملك فهد في الرياض وزير الخارجية الفرنسي.");
        assertThat(made(x, "person/fahd-bin-abdulaziz")).isTrue();
    }

    @Test
    void aStateToldByItsPartsMakesNoGovernment() {
        Extraction x = extract("وأعربت الأردن عن تضامنها مع تونس حكومة وشعبا بعد الهجوم.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).endsWith("/government"));
        assertThat(made(x, "country/TN")).isTrue();
    }

    @Test
    void aStateToldByItsHeadGovernmentAndPeopleMakesNoGovernment() {
        Extraction x = extract("وأكد الملك وقوف بلاده إلى جانب لبنان رئيسا وحكومة وشعبا.");
        assertThat(made(x, "org/LB/government")).isFalse();
    }

    @Test
    void theGovernmentThatSpeaksStaysABody() {
        Extraction x = extract("وقالت الحكومة التونسية إن الوضع تحت السيطرة.");
        assertThat(made(x, "org/TN/government")).isTrue();
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.organization;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies and places by their written names (session 16): a party's name ends before where it stands (اليميني
 * المتطرف), is translated where its words are ordinary ones, and goes on past a listed party's name with من أجل; a
 * state institution's words with a nisba and a field after لـ name a body of their own; suburbs, bridges and
 * buildings by their foreign names. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS16Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a party's name

    @Test
    void whereAPartyStandsIsNoPartOfItsName() {
        Extraction x = extract("واعتقلت الشرطة زعيم حزب الوحدة الوطنية اليميني المتطرف أمس.");
        assertThat(organization(x, "حزب الوحدة الوطنية").labelEn()).isEqualTo("National Unity Party");
        Extraction y = extract("وانتقدت حركة العدالة الشعبية اليسارية القرار.");
        organization(y, "حركة العدالة الشعبية");
        assertThat(labels(y)).noneMatch(l -> l.contains("اليسارية"));
    }

    @Test
    void aCountryAfterMinAjlInAPartysNameIsTranslated() {
        Extraction x = extract("وفاز حزب التجديد من أجل السنغال بالانتخابات.");
        assertThat(organization(x, "حزب التجديد من أجل السنغال").labelEn()).isEqualTo("Renewal Party for Senegal");
        Extraction y = extract("وقالت حركة التغيير من أجل البرتغال إن النتائج مزورة.");
        assertThat(organization(y, "حركة التغيير من أجل البرتغال").labelEn()).isEqualTo("Change Movement for Portugal");
    }

    @Test
    void aQuotedNameOfOrdinaryWordsIsTranslatedAndAForeignOneKeptAsWritten() {
        Extraction x = extract("وفاز حزب \"التجديد من أجل السنغال\" بالانتخابات.");
        assertThat(organization(x, "حزب \"التجديد من أجل السنغال\"").labelEn()).isEqualTo("Renewal Party for Senegal");
        Extraction y = extract("وفاز حزب \"قلب الوطن\" بالانتخابات.");
        assertThat(organization(y, "حزب \"قلب الوطن\"").labelEn()).isEqualTo("Qalab Al-Watan Party");
    }

    @Test
    void ordinaryWordsOfPartyNamesAreTranslated() {
        Extraction x = extract("وقال زعيم حزب البديل الديمقراطي إن النتائج مزورة.");
        assertThat(organization(x, "حزب البديل الديمقراطي").labelEn()).isEqualTo("Democratic Alternative Party");
        Extraction y = extract("وأعلنت حركة الاندماج الوطني مقاطعة الانتخابات.");
        assertThat(organization(y, "حركة الاندماج الوطني").labelEn()).isEqualTo("National Integration Movement");
    }

    @Test
    void aListedPartysNameFollowedByMinAjlIsALongerName() {
        Extraction x = extract("وقال حزب الاتحاد الديمقراطي من أجل التغيير إن الهجوم مرفوض.");
        organization(x, "حزب الاتحاد الديمقراطي من أجل التغيير");
        assertThat(labels(x)).doesNotContain("حزب الاتحاد الديمقراطي");
        Extraction y = extract("وانتخب البرلمان القيادي في حزب العدالة والتنمية من أجل ألبانيا رئيسا له.");
        organization(y, "حزب العدالة والتنمية من أجل ألبانيا");
        assertThat(labels(y)).doesNotContain("حزب العدالة والتنمية");
        Extraction z = extract("وقال حزب الاتحاد الديمقراطي إن الهجوم مرفوض.");
        assertThat(organization(z, "حزب الاتحاد الديمقراطي").labelEn()).isEqualTo("Democratic Union Party");
    }

    // 2. a state institution's words, a nisba and a field

    @Test
    void anInstitutionsWordsANisbaAndAFieldNameABodyOfTheirOwn() {
        Extraction x = extract("ووافق البنك المركزي الألماني للتعاون الاقتصادي على القرض.");
        organization(x, "البنك المركزي الألماني للتعاون الاقتصادي");
        assertThat(labels(x)).doesNotContain("البنك المركزي الألماني");
        Extraction y = extract("وقال البنك المركزي المصري للمرة الثانية إن الوضع مستقر.");
        assertThat(organization(y, "البنك المركزي المصري").labelEn()).isEqualTo("Central Bank of Egypt");
        Extraction z = extract("وقال البنك المركزي المصري للصحفيين إن الوضع مستقر.");
        assertThat(organization(z, "البنك المركزي المصري").labelEn()).isEqualTo("Central Bank of Egypt");
    }

    // 3. places after a place noun

    @Test
    void aSuburbGoesByItsNameAlone() {
        Extraction x = extract("وعثر على الجثة في ضاحية سانت دوني شمال باريس.");
        assertThat(actor(x, "سانت دوني").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وسقط الصاروخ على ضاحية إيربين قرب كييف.");
        assertThat(actor(y, "إيربين").type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void aBridgeOrABuildingGoesByItsNoun() {
        Extraction x = extract("وكانت السيارة تعبر جسر كارلوف الكبير عند وقوع الحادث.");
        assertThat(actor(x, "جسر كارلوف الكبير").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وتجمع المحتجون أمام مبنى الكابيتول في واشنطن.");
        assertThat(actor(y, "مبنى الكابيتول").type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void aFacilitysWordIsWrittenWithItsArticle() {
        Extraction x = extract("واحتفل الجنود في ساحة العلم احتفالا كبيرا بالعيد.");
        assertThat(labels(x)).noneMatch(l -> l.contains("كبيرا"));
        Extraction y = extract("وخطب الزعيم في ميدان السلام خطابا كبيرا أمس.");
        assertThat(labels(y)).noneMatch(l -> l.contains("كبيرا"));
    }

    @Test
    void aWordOfTheLanguageAfterABridgeOrABuildingIsNoName() {
        Extraction x = extract("وقتل المعارض على جسر يطل على النهر في قلب العاصمة.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE && a.labelAr().startsWith("جسر"));
        Extraction y = extract("وضبطت الشرطة أسلحة في مبنى خدمة السيارات في المدينة.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE && a.labelAr().startsWith("مبنى"));
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PLACE && a.labelAr().startsWith("مبنى"));
    }

    // 4. a federal body of the article's country

    @Test
    void aFederalAdjectiveAfterAStateBodyIsPartOfItsWrittenName() {
        Extraction x = extract("اعتقلت السلطات البرازيلية عشرة أشخاص. وقال الادعاء العام الاتحادي في بيان إن المشتبه بهم خططوا لانقلاب.");
        assertThat(organization(x, "الادعاء العام الاتحادي").labelEn()).isEqualTo("Prosecutor General's Office of Brazil");
        Extraction y = extract("أعلن البرلمان الألماني تصويتا. وقالت المحكمة الدستورية الاتحادية إن القانون باطل.");
        assertThat(organization(y, "المحكمة الدستورية الاتحادية").labelEn()).isEqualTo("Constitutional Court of Germany");
    }

    @Test
    void aFederalPoliceIsTheArticlesCountrysOrTheNisbasOne() {
        Extraction x = extract("هاجم رجل نائب الرئيس المكسيكي في العاصمة. وأوقفته الشرطة الفدرالية في المكان.");
        assertThat(organization(x, "الشرطة الفدرالية").labelEn()).isEqualTo("Federal Police of Mexico");
        Extraction y = extract("هاجم رجل نائب الرئيس المكسيكي في العاصمة. وأوقفته الشرطة الاتحادية البرازيلية في المكان.");
        assertThat(organization(y, "الشرطة الاتحادية البرازيلية").labelEn()).isEqualTo("Federal Police of Brazil");
        Extraction z = extract("هاجم رجل نائب الرئيس المكسيكي في العاصمة. وأوقفته الشرطة في المكان.");
        assertThat(actor(z, "الشرطة").type()).isEqualTo(ActorType.GROUP);
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions and leaving office (session 31): concern voiced about an act is aimed at whoever did it, never at whom
 * it befell; concern from abroad that names no one is about the country whose crisis the article tells (not in a
 * war between two states); concern voiced with عبّر or felt (تشعر بقلق) is concern too; condemning from abroad an
 * act no doer of which was told, no assault and no failed attempt, is aimed at the country; two office holders
 * joined by و who hand in their resignations (استقالتيهما) both resign; giving up one's office (تخلى عن منصبه) is
 * stepping down. Short sentences of our own, on other countries and people.
 */
class ArabicReactionsS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- concern voiced

    @Test
    void concernAboutAnArrestIsAimedAtTheArrestersNotTheDetainee() {
        Extraction x = extract("اعتقلت الشرطة النيجيرية الناشط عمر سليمان في أبوجا. "
                + "وأعربت الحكومة الكندية عن قلقها البالغ إزاء اعتقال سليمان.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/government");
            assertThat(e.targetKey()).isEqualTo("org/NG/police");
        });
    }

    @Test
    void concernFromAbroadAboutTheDevelopmentsIsAboutTheCountryInCrisis() {
        Extraction x = extract("شهدت غانا احتجاجات واسعة أمس. "
                + "وأعربت وزارة الخارجية اليابانية عن قلقها العميق إزاء التطورات.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JP/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void concernOfTheCountrysOwnOppositionIsAimedAtNoOneByDefault() {
        Extraction x = extract("شهدت غانا احتجاجات واسعة أمس. وأعربت المعارضة الغانية عن قلقها العميق.");
        assertThat(coded(x, "012")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("country/GH"));
    }

    @Test
    void concernFromAbroadAboutAWarBetweenTwoStatesIsAboutNeitherAlone() {
        Extraction x = extract("اشتبكت القوات الهندية مع القوات الصينية على الحدود. "
                + "وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه من التصعيد.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void disquietVoicedWithAbbaraIsConcern() {
        Extraction x = extract("وعبرت الحكومة النرويجية عن انزعاجها من قرار البرلمان الغاني.");
        assertThat(coded(x, "012")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NO/government");
            assertThat(e.targetKey()).isEqualTo("country/GH");
        });
    }

    @Test
    void concernFeltIsConcern() {
        Extraction x = extract("وقالت الحكومة النرويجية إنها تشعر بقلق بالغ إزاء قرار البرلمان الغاني.");
        assertThat(coded(x, "012")).isNotEmpty();
    }

    // ------------------------------------------------------------- condemnation of an act with no doer told

    @Test
    void aCoupCondemnedFromAbroadIsAimedAtItsDoersWhenTold() {
        Extraction x = extract("أطاح الجيش الغيني بالرئيس ألفا كوندي. وأدانت كندا الانقلاب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("org/GN/army");
        });
    }

    @Test
    void aCoupWithNoDoerToldCondemnedFromAbroadIsAimedAtTheCountry() {
        Extraction x = extract("تعيش غينيا أزمة سياسية منذ أسابيع. وأدانت كندا الانقلاب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CA");
            assertThat(e.targetKey()).isEqualTo("country/GN");
        });
    }

    @Test
    void anAssassinationWithNoDoerToldIsNotAimedAtTheCountry() {
        Extraction x = extract("تعيش غينيا أزمة سياسية منذ أسابيع. وأدانت كندا اغتيال المعارض.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aFailedCoupAttemptCondemnedFromAbroadIsNotAimedAtTheCountry() {
        Extraction x = extract("حاول جنود الاستيلاء على السلطة في غامبيا. وأدانت كندا محاولة الانقلاب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNotEqualTo("country/GM"));
    }

    @Test
    void anAssassinationCondemnedFromAbroadIsAimedAtTheKillersNotTheCountry() {
        Extraction x = extract("اغتال مسلحون رئيس هايتي في منزله. وأدانت فرنسا الاغتيال.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    // ------------------------------------------------------------- leaving office

    @Test
    void resigningWithNoDemandToldIsAimedAtNoOne() {
        Extraction x = extract("وقدم بوريس جونسون استقالته أمس.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void twoMinistersHandingInTheirResignationsBothResign() {
        Extraction x = extract("وأعلن بوريس جونسون وإيمانويل ماكرون استقالتيهما أمس.");
        assertThat(coded(x, "0831")).extracting(e -> e.sourceKey())
                .contains("person/boris-johnson", "person/emmanuel-macron");
    }

    @Test
    void givingUpOnesOfficeIsSteppingDown() {
        Extraction x = extract("بوريس جونسون يتخلى عن منصب رئيس الوزراء.");
        assertThat(coded(x, "0831")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/boris-johnson"));
    }

    @Test
    void givingUpOnesAlliesIsNoResignation() {
        Extraction x = extract("وتخلى بوريس جونسون عن حلفائه في الحزب.");
        assertThat(coded(x, "083")).isEmpty();
    }
}

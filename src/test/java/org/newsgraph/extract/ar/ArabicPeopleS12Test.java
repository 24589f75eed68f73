package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * People as unseen articles name them (session 12): after a minister's portfolio of two fields joined by و, after a
 * nisba written with another spelling than the lexicon's, with "Jr." (الابن) closing the name, and no name read from
 * "باسم" (in the name of). Short sentences of our own, read with every shipped lexicon.
 */
class ArabicPeopleS12Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a portfolio of two fields

    @Test
    void aPortfolioJoinedByWawStandsBetweenTheMinisterAndTheHolder() {
        Extraction x = extract("وقال وزير التجارة والصناعة أحمد سالم الهاشمي إن الأسعار مستقرة.");
        person(x, "أحمد سالم الهاشمي");
        Extraction w = extract("وقال وزير الاقتصاد والتخطيط الأردني خالد عمر النسور إن النمو تباطأ.");
        assertThat(rolesOf(w, "خالد عمر النسور")).extracting(Role::organizationKey).contains("country/JO");
        Extraction y = extract("وأعلنت وزيرة الثقافة والتراث الوطني ماريا لوبيز افتتاح المتحف.");
        person(y, "ماريا لوبيز");
        Extraction z = extract("وأكد وزير الزراعة وتنمية الموارد المائية كوامي أسانتي أن المحصول وفير.");
        person(z, "كوامي أسانتي");
    }

    @Test
    void aSecondTitleAfterWawIsNoPortfolio() {
        Extraction x = extract("واجتمع وزير التجارة والسفير الفرنسي جان دوبون في العاصمة.");
        assertThat(labels(x)).noneMatch(l -> l.contains("والسفير"));
    }

    @Test
    void aMinistryOpeningWithWawIsNoPortfolio() {
        Extraction x = extract("وقال المتحدث باسم وزارة الخارجية الألمانية يوهان فيشر إن برلين قلقة.");
        assertThat(rolesOf(x, "يوهان فيشر")).extracting(Role::organizationKey)
                .contains("org/DE/ministry-of-foreign-affairs");
    }

    // 2. a nisba spelled otherwise

    @Test
    void aNisbaSpelledWithOtherLongVowelsIsTheCountrys() {
        Extraction x = extract("وقال الرئيس الكولمبي غوستافو بيترو إن الاتفاق صامد.");
        assertThat(rolesOf(x, "غوستافو بيترو")).extracting(Role::organizationKey).contains("country/CO");
        Extraction y = extract("وندد وزير الخارجية الفينزويلي إيفان خيل بالعقوبات.");
        assertThat(rolesOf(y, "إيفان خيل")).extracting(Role::organizationKey).contains("country/VE");
    }

    @Test
    void aGivenNameWithoutTheArticleIsNoNisbaSpelledOtherwise() {
        Extraction x = extract("والتقى أندري كوفال بالسفير في المدينة.");
        assertThat(x.actors()).noneMatch(a -> "country/AD".equals(a.key()));
    }

    // 3. where a name ends

    @Test
    void juniorClosesTheName() {
        Extraction x = extract("وقال النائب فرانك مورالس الابن إن المشروع سيمر.");
        assertThat(person(x, "فرانك مورالس الابن").labelEn()).endsWith(" Jr.");
    }

    @Test
    void byAirIsNoPartOfTheName() {
        Extraction x = extract("ونقلت السلطات الرئيس الأسبق خوان بيريز جوا إلى العاصمة.");
        person(x, "خوان بيريز");
    }

    @Test
    void byTheNameOpensNoName() {
        Extraction x = extract("والتقى الناشط جون موانغي، المعروف باسم جيمي، الوزير.");
        assertThat(labels(x)).noneMatch(l -> l.startsWith("باسم"));
        Extraction y = extract("أما المتحدث السابق باسم موراليس ومستشاره القانوني لويس آرسي، فرفض الحكم.");
        assertThat(labels(y)).noneMatch(l -> l.startsWith("باسم"));
        Extraction z = extract("وقال الإعلامي باسم يوسف إن البرنامج توقف.");
        person(z, "باسم يوسف");
    }

    // 4. a surname before the full name

    @Test
    void aSurnameATitleNamedBeforeTheFullNameIsThatPerson() {
        Extraction x = extract("الرئيس الغاني السابق أتاكورا يغادر المستشفى\n"
                + "غادر الرئيس الغاني السابق كوفي أتاكورا المستشفى أمس. وقال أتاكورا إنه بخير.");
        person(x, "كوفي أتاكورا");
        assertThat(labels(x)).doesNotContain("أتاكورا");
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Roles of the bodies a state office heads (session 32): the head of the army in an article that names its own
 * country's army bare (الجيش) holds the office in that army, not in the state as a whole; a speaker's title that
 * names the chamber (رئيس الجمعية الوطنية) is the chamber's office and a mention of it; a body's noun alone after a
 * title (المتحدث باسم الوزارة) is the body of that noun named before; a second field of a
 * minister's portfolio joined by و before a name set off by a comma, and the national defence minister's full
 * title, keep the minister's office. Short sentences of our own, on other countries and people.
 */
class ArabicRolesS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- bodies a state office heads

    @Test
    void theArmyChiefOfStaffOfTheArticlesCountryHoldsTheOfficeInItsArmy() {
        Extraction x = extract("شهدت زامبيا توترا أمنيا أمس. وقال رئيس أركان الجيش الجنرال موسى مولينغا إن الجيش "
                + "يسيطر على الوضع في لوساكا.");
        assertThat(roles(x)).contains("موسى مولينغا: chief-of-staff of group/army");
        assertThat(roles(x)).noneMatch(r -> r.equals("موسى مولينغا: chief-of-staff of country/ZM"));
    }

    @Test
    void withoutTheArmyNamedTheChiefOfStaffStaysTheStates() {
        Extraction x = extract("شهدت زامبيا توترا أمنيا أمس. وقال رئيس أركان الجيش الجنرال موسى مولينغا إن الوضع "
                + "هادئ في لوساكا.");
        assertThat(roles(x)).contains("موسى مولينغا: chief-of-staff of country/ZM");
    }

    @Test
    void aSpeakersTitleNamingTheChamberIsHeldInThatChamber() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. وقال رئيس الجمعية الوطنية باتريك ماتيبيني إن "
                + "الجلسة تأجلت.");
        assertThat(roles(x)).contains("باتريك ماتيبيني: speaker-of-parliament of org/ZM/national-assembly");
        assertThat(x.actors()).anyMatch(a -> a.key().equals("org/ZM/national-assembly"));
    }

    @Test
    void aSpeakerOfParliamentWithNoOtherMentionOfItIsHeldInIt() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. وقال رئيس البرلمان باتريك ماتيبيني إن الجلسة تأجلت.");
        assertThat(roles(x)).contains("باتريك ماتيبيني: speaker-of-parliament of org/ZM/parliament");
    }

    @Test
    void aSpeakerOfAnotherStateNamedByItsNisbaKeepsThatState() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. وقال رئيس البرلمان الكيني موسى ويتانغولا إن الأزمة "
                + "مقلقة.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("موسى ويتانغولا: speaker-of-parliament of")
                && r.contains("KE"));
        assertThat(x.actors()).noneMatch(a -> a.key().equals("org/ZM/parliament"));
    }

    // ------------------------------------------------------------- a body named before, then by its noun alone

    @Test
    void theSpokesmanOfTheMinistryIsTheSpokesmanOfTheMinistryNamedBefore() {
        Extraction x = extract("دعت وزارة الخارجية البرازيلية إلى الحوار. وقال المتحدث باسم الوزارة، كارلوس مورايس، إن "
                + "بلاده تتابع الوضع.");
        assertThat(roles(x)).contains("كارلوس مورايس: spokesperson of org/BR/ministry-of-foreign-affairs");
    }

    @Test
    void theSecretaryGeneralOfTheAllianceWithLamIsTheAllianceNamedBefore() {
        Extraction x = extract("اجتمع حلف شمال الأطلسي في بروكسل. وقال الأمين العام للحلف، ماركو فيلدينغ، إن الحلف "
                + "متضامن مع بولندا.");
        assertThat(roles(x)).contains("ماركو فيلدينغ: secretary-general of org/nato");
    }

    @Test
    void withNoMinistryNamedBeforeTheSpokesmanHasNoRoleInvented() {
        Extraction x = extract("وقال المتحدث باسم الوزارة كارلوس مورايس إن بلاده تتابع الوضع.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("كارلوس مورايس: spokesperson"));
    }

    // ------------------------------------------------------------- a minister's longer title

    @Test
    void aSecondFieldOfThePortfolioBeforeANameSetOffByACommaKeepsTheMinistersOffice() {
        Extraction x = extract("وفي زامبيا، قال وزير الداخلية والشؤون المحلية، موسى مولينغا، إن الوضع هادئ.");
        assertThat(roles(x)).contains("موسى مولينغا: minister-of-interior of country/ZM");
    }

    @Test
    void theMinisterOfNationalDefenceIsTheDefenceMinister() {
        Extraction x = extract("وفي لبنان، قال وزير الدفاع الوطني موريس سليم إن الجيش جاهز.");
        assertThat(roles(x)).contains("موريس سليم: minister-of-defence of country/LB");
    }
}

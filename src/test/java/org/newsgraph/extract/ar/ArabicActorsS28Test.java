package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.hasPerson;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Actors never read or misread (session 28): a country's or place's name used as a given name, a state's forces
 * named by the forces noun and the state's nisba, peacekeepers of a state, names cut by a verb, by "and" or by a
 * family name with the article, a town's noun with the article read as a town's name, church ranks before a name.
 * Short sentences of our own, on other countries and people.
 */
class ArabicActorsS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a country's or a place's name as a given name

    @Test
    void aCountryWrittenWithoutItsArticleBeforeAForeignWordIsAGivenName() {
        Extraction x = extract("وصرح سلفادور نافارو للصحفيين بأن الاتفاق قريب.");
        assertThat(hasPerson(x, "سلفادور نافارو")).isTrue();
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("country/SV"));
    }

    @Test
    void aCountryWithItsArticleAfterATitleStaysTheCountryOfTheOffice() {
        Extraction x = extract("وقال رئيس السلفادور نجيب بوكيلي إن الأمن تحسن.");
        assertThat(x.roles()).anySatisfy(r -> assertThat(r.organizationKey()).isEqualTo("country/SV"));
    }

    @Test
    void aCountryWithoutItsArticleBeforeAnOrdinaryWordStaysTheCountry() {
        Extraction x = extract("وأكدت البرازيل وأوروغواي استمرار دعمهما للحكومة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("country/UY"));
    }

    @Test
    void aCityOpeningANameBeforeAnAgeIsAGivenName() {
        Extraction x = extract("وكان المهاجر المقيم في النمسا سيدني كوفاتش (29 عاما) قد اعتقل.");
        assertThat(hasPerson(x, "سيدني كوفاتش")).isTrue();
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("place/sydney"));
    }

    // ------------------------------------------------------------- a state's forces

    @Test
    void theForcesWithAStatesNisbaAreThatStatesForce() {
        Extraction x = extract("وقصفت القوات الأرمينية مواقع قرب الحدود.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/AM/army"));
    }

    @Test
    void theForcesAVerbalNounGovernsStayTheStatesCountry() {
        Extraction x = extract("وطالبت الحكومة بانسحاب القوات الإثيوبية من الإقليم.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("org/ET/army"));
    }

    @Test
    void peacekeepersWithAStatesNisbaAreThatStatesForce() {
        Extraction x = extract("وأصيب ثلاثة من جنود قوات حفظ السلام الهندية في الهجوم.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("org/IN/peacekeepers");
            assertThat(a.type()).isEqualTo(ActorType.GROUP);
        });
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    // ------------------------------------------------------------- where a name ends or opens

    @Test
    void anImperfectVerbAfterAGivenNameIsNoSurname() {
        Extraction x = extract("والأمير سلطان يتفقد القوات في الجنوب");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(String.valueOf(a.labelAr())).contains("يتفقد"));
    }

    @Test
    void andBeforeAHamzaOnAlefOpensTheNextName() {
        Extraction x = extract("وغادرت ابنتا الوزير كلارا وإيما البلاد.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(String.valueOf(a.labelAr())).contains("وإيما"));
    }

    @Test
    void aTownsNounWithTheArticleIsNoTownsName() {
        Extraction x = extract("وانسحب المسلحون من المدينة قبيل وصول الجيش.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PLACE));
    }

    @Test
    void aGivenNameWithTheArticleOpensANameBeforeAForeignFamilyNameWithTheArticle() {
        Extraction x = extract("وأكد رئيس الوزراء الليبي المنصف البكوش أن الحكومة ستجري الانتخابات.");
        assertThat(hasPerson(x, "المنصف البكوش")).isTrue();
        assertThat(x.roles()).anySatisfy(r -> assertThat(r.organizationKey()).isEqualTo("country/LY"));
    }

    @Test
    void aTitleInTheAccusativeHasNoHolderAfterIt() {
        Extraction x = extract("وعينه الرئيس رئيسا للوزراء خلفا له، وكلفه بتشكيل حكومة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void aCardinalIsThePersonNamedAfterTheRank() {
        Extraction x = extract("وطالب الكاردينال لويس تاغلي الحكومة بوقف العنف.");
        assertThat(coded(x, "100")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo(
                x.actors().stream().filter(a -> "لويس تاغلي".equals(a.labelAr())).findFirst().orElseThrow().key()));
    }
}

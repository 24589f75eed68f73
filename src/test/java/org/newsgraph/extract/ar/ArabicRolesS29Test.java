package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Roles and places left by the coup work (session 29): an office in the accusative after the name (وزيرا للمالية،
 * رئيسا جديدا للوزراء، رئيسة للحكومة), also after a verb of being, is the office that person is made or holds; taking
 * the heading of a body (تولى رئاسة الحكومة، قيادة الجيش) gives its head's office; a facility noun with the article and
 * a state's landmark word (القصر الرئاسي) is a place; a verb of heading right after a body without the article
 * (لجنة عسكرية يرأسها فلان) names its head; احتل with a site after it takes control of it. Short sentences of our own, on other countries and people.
 */
class ArabicRolesS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- offices in the accusative

    @Test
    void aMinistryInTheAccusativeWithLamIsTheMinistersOffice() {
        Extraction x = extract("وفي زامبيا، عين البرلمان موسى مولينغا وزيرا للداخلية بعد استقالة سلفه.");
        assertThat(roles(x)).contains("موسى مولينغا: minister-of-interior of country/ZM");
    }

    @Test
    void aChainedOfficeInTheAccusativeIsNotThePresidency() {
        Extraction x = extract("وفي زامبيا، عين البرلمان موسى مولينغا رئيسا لأركان الجيش.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("موسى مولينغا: chief-of-staff"));
        assertThat(roles(x)).noneMatch(r -> r.startsWith("موسى مولينغا: president"));
    }

    @Test
    void anAdjectiveBetweenTheAccusativeHeadAndItsGenitiveKeepsTheOffice() {
        Extraction x = extract("وفي زامبيا، عين البرلمان موسى مولينغا رئيسا جديدا للوزراء.");
        assertThat(roles(x)).contains("موسى مولينغا: prime-minister of country/ZM");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("موسى مولينغا: president"));
    }

    @Test
    void anAppointeeAfterTheDaySetOffByCommasIsMadeTheOffice() {
        Extraction x = extract("وفي زامبيا، كان البرلمان قد عيّن، الإثنين، موسى مولينغا رئيسا جديدا للوزراء.");
        assertThat(roles(x)).contains("موسى مولينغا: prime-minister of country/ZM");
    }

    @Test
    void aFeminineOfficeWithLamHasNoAlefAndIsStillTheOffice() {
        Extraction x = extract("وفي زامبيا، أصبحت ماريا كابويا رئيسة للحكومة بعد الانتخابات.");
        assertThat(roles(x)).contains("ماريا كابويا: prime-minister of country/ZM");
    }

    @Test
    void aNameAfterAVerbOfBeingHoldsTheOfficeInTheAccusative() {
        Extraction x = extract("وفي زامبيا، كان موسى مولينغا وزيرا للخارجية حتى عام 2019.");
        assertThat(roles(x)).contains("موسى مولينغا: minister-of-foreign-affairs of country/ZM");
        Extraction y = extract("وفي زامبيا، كان الطقس حارا في لوساكا.");
        assertThat(y.roles()).isEmpty();
    }

    // ------------------------------------------------------------- taking the heading of a body

    @Test
    void takingTheHeadingOfTheGovernmentIsThePremiership() {
        Extraction x = extract("وفي بريطانيا، تولى ريشي سوناك رئاسة الحكومة في أكتوبر 2022.");
        assertThat(roles(x)).contains("ريشي سوناك: prime-minister of country/GB");
    }

    @Test
    void takingTheHeadingOfACountryIsItsPresidency() {
        Extraction x = extract("وقال ريشي سوناك، الذي تولى رئاسة فرنسا، إن الأمر لا يعنيه.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("ريشي سوناك: president of country/FR"));
    }

    @Test
    void takingCommandOfAStatesArmyIsItsCommand() {
        Extraction x = extract("ويتولى الجنرال عبد الفتاح البرهان قيادة الجيش السوداني منذ سنوات.");
        assertThat(roles(x)).anyMatch(r -> r.contains("commander of org/SD/army"));
    }

    @Test
    void presidingOverASessionIsNoOffice() {
        Extraction x = extract("وفي فرنسا، تولى إيمانويل ماكرون رئاسة جلسة المجلس.");
        assertThat(roles(x)).noneMatch(r -> r.contains("prime-minister"));
    }

    // ------------------------------------------------------------- a body without the article and its head

    @Test
    void aVerbOfHeadingRightAfterAnIndefiniteBodyNamesItsHead() {
        Extraction x = extract("وفي غينيا الاستوائية، شكل الضباط لجنة عسكرية يرأسها العقيد تيودورو أوبيانغ.");
        Actor committee = TestLexicons.organization(x, "لجنة عسكرية");
        assertThat(x.roles()).anySatisfy(r -> assertThat(r.organizationKey()).isEqualTo(committee.key()));
    }

    // ------------------------------------------------------------- occupying a site

    @Test
    void occupyingAnAirportIsTakingControlOfIt() {
        Extraction x = extract("وفي غينيا الاستوائية، احتل المتمردون مطار باتا الدولي.");
        assertThat(coded(x, "192")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(TestLexicons.label(x, e.targetKey())).contains("مطار");
        });
    }

    @Test
    void rankingFirstIsNoOccupation() {
        Extraction x = extract("وفي غينيا الاستوائية، احتل المنتخب الوطني المركز الأول في البطولة.");
        assertThat(coded(x, "192")).isEmpty();
    }

    // ------------------------------------------------------------- landmarks as places

    @Test
    void aPalaceWithTheArticleAndALandmarkWordIsAPlaceStormed() {
        Extraction x = extract("وفي ليبيريا، اقتحم المحتجون القصر الرئاسي في مونروفيا.");
        Actor palace = TestLexicons.actor(x, "القصر الرئاسي");
        assertThat(palace.type()).isEqualTo(ActorType.PLACE);
        assertThat(coded(x, "14")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo(palace.key()));
    }

    @Test
    void aPalaceWithNoLandmarkWordIsNoPlace() {
        Extraction x = extract("وفي ليبيريا، اقتحم المحتجون القصر الذي يقيم فيه الرئيس.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE && a.labelAr().startsWith("القصر"));
    }
}

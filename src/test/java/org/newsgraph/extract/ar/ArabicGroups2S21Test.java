package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Groups the lexicon does not list (session 21): a plural noun of people or armed bodies with adjectives of groups
 * (عصابات مسلحة منظمة، شبان غاضبون، وحدات موالية للحكومة) as an actor of the story, taken up again by a demonstrative
 * (أفراد هذه العصابات); and a crowd counted in another country's city as protesters of their own. Short sentences
 * of our own, on other countries and people.
 */
class ArabicGroups2S21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static boolean hasActor(Extraction x, String key) {
        return x.actors().stream().map(Actor::key).anyMatch(key::equals);
    }

    @Test
    void gangsDescribedByTheirAdjectivesAttackAndAreTakenUpByADemonstrative() {
        Extraction x = extract("قالت الشرطة في بيان إن عصابات مسلحة منظمة هاجمت مركزا للشرطة في بلدة نائية. "
                + "وأضاف البيان أن أفراد هذه العصابات أحرقوا سيارات في البلدة.");
        assertThat(x.events()).extracting(Event::sourceKey).contains("group/organised-armed-gangs");
        assertThat(x.events().stream().filter(e -> "group/organised-armed-gangs".equals(e.sourceKey()))
                .map(Event::sentence).distinct().count()).isEqualTo(2);
        assertThat(x.actors()).filteredOn(a -> a.key().equals("group/organised-armed-gangs"))
                .singleElement().satisfies(a -> assertThat(a.labelAr()).isEqualTo("عصابات مسلحة منظمة"));
    }

    @Test
    void unitsLoyalToTheGovernmentAreTheObjectOfTheClash() {
        Extraction x = extract("أكرا (أ ف ب) - اشتبك الجنود في العاصمة مع وحدات ظلت موالية للحكومة.");
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).startsWith("group/units-loyal-to-"));
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("group/units-loyal-to-")).singleElement()
                .satisfies(a -> assertThat(a.labelAr()).isEqualTo("وحدات ظلت موالية للحكومة"));
    }

    @Test
    void groupsOfAngryYouthsAttackingAreTheAngryYouths() {
        Extraction x = extract("هاجمت مجموعات من الشبان الغاضبين منازل ومتاجر في العاصمة.");
        assertThat(x.actors()).filteredOn(a -> a.key().equals("group/angry-youths"))
                .singleElement().satisfies(a -> assertThat(a.labelAr()).isEqualTo("الشبان الغاضبين"));
        assertThat(x.events()).extracting(Event::sourceKey).contains("group/angry-youths");
    }

    @Test
    void aDescribedGroupThatDoesNothingIsNoActor() {
        Extraction x = extract("وقالت وزارة الداخلية إن البلاد تعاني من انتشار عصابات مسلحة منظمة منذ سنوات.");
        assertThat(hasActor(x, "group/organised-armed-gangs")).isFalse();
    }

    @Test
    void aCrowdCountedInAnotherCountrysCityIsItsOwnProtesters() {
        Extraction x = extract("تبليسي (أ ف ب) - تظاهر آلاف المحتجين في تبليسي ضد الحكومة الجورجية. "
                + "وفي باريس، تظاهر أمس نحو عشرين ألف شخص في وسط العاصمة الفرنسية احتجاجا على قمع الاحتجاجات.");
        assertThat(x.actors()).filteredOn(a -> a.key().equals("group/protesters-in-paris"))
                .singleElement().satisfies(a -> assertThat(a.labelAr()).isEqualTo("نحو عشرين ألف شخص"));
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("14")).extracting(Event::sourceKey)
                .contains("group/protesters", "group/protesters-in-paris");
    }

    @Test
    void aCrowdCountedInTheArticlesOwnCountryIsNoOtherGroup() {
        Extraction x = extract("تبليسي (أ ف ب) - تظاهر آلاف المحتجين ضد الحكومة الجورجية. "
                + "وفي باتومي، تظاهر أمس نحو ألفي شخص احتجاجا على قمع الاحتجاجات.");
        assertThat(x.actors()).extracting(Actor::key).noneMatch(k -> k.startsWith("group/protesters-in-"));
    }
}

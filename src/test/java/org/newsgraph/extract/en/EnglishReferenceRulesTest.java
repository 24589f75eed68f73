package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.en.EnglishRulesTest.actor;
import static org.newsgraph.extract.en.EnglishRulesTest.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Statement;

/**
 * How the English extractor tells who is meant when the text does not name an actor the lexicon knows:
 * organisations named in apposition, capitals that stand for their state, and subject pronouns. Short sentences
 * of our own; the organisations and people are invented.
 */
class EnglishReferenceRulesTest {

    // ------------------------------------------------------------------ organisations in apposition

    @Test
    void aNameInAppositionToAPartyIsThatPartyAndTheObjectOfTheVerb() {
        Extraction x = extract("The government dissolved the main opposition party, KAMAL, on Friday.");
        Actor kamal = actor(x, "org/kamal");
        assertThat(kamal.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(kamal.labelEn()).isEqualTo("KAMAL");
        assertThat(kamal.labelAr()).isNull();
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1722");
            assertThat(e.targetKey()).isEqualTo("org/kamal");
        });
    }

    @Test
    void aNameWithTheAfterAnArmedWingIsAnOrganisation() {
        Extraction x = extract("Jets struck bases of its armed wing, the Falcon Brigades, near the border.");
        assertThat(actor(x, "org/falcon-brigades").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aPartyNameWithItsAcronymInBracketsIsOneActorThatTheAcronymNamesLater() {
        Extraction x = extract("Voters backed the ruling Justice and Unity Party (JUP) on Sunday. Police arrested a JUP mayor.");
        Actor jup = actor(x, "org/justice-and-unity-party");
        assertThat(jup.labelEn()).isEqualTo("Justice and Unity Party");
        assertThat(jup.altLabelsEn()).containsExactly("JUP");
        assertThat(x.mentions()).filteredOn(m -> m.actorKey().equals(jup.key()))
                .extracting(Mention::anchor).containsExactly("Justice and Unity Party", "JUP", "JUP");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("org/jup");
    }

    @Test
    void aPersonInAppositionAsLeaderOfANamedPartyHoldsThatRole() {
        Extraction x = extract("Ali Veli, leader of the Sunrise party, was arrested on Monday.");
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo("name/ali-veli");
            assertThat(r.office()).isEqualTo("leader");
            assertThat(r.organizationKey()).isEqualTo("org/sunrise");
        });
        assertThat(x.events()).extracting(Event::targetKey).containsExactly("name/ali-veli");
    }

    @Test
    void itsLeaderBelongsToTheSingularOrganisationNotToPluralProsecutors() {
        Extraction x = extract("The government dissolved the party, KAMAL, after prosecutors charged its leader Ali Veli.");
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo("name/ali-veli");
            assertThat(r.organizationKey()).isEqualTo("org/kamal");
        });
    }

    @Test
    void capitalisedWordsWithoutAnOrganisationNounAreNoOrganisation() {
        Extraction x = extract("Hundreds of people marched through Old Town Square on Friday.");
        assertThat(x.actors()).extracting(Actor::type).doesNotContain(ActorType.ORGANIZATION);
    }

    // ------------------------------------------------------------------ capitals for their state

    @Test
    void aCapitalThatActsIsItsState() {
        Extraction x = extract("Washington imposed sanctions on Kestrel Shipping. Paris said it would recall its envoy.");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("163")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/US"));
        assertThat(x.statements()).extracting(Statement::speakerKey).containsExactly("country/FR");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("place/washington-dc", "place/paris");
        assertThat(x.mentions()).extracting(Mention::actorKey, Mention::anchor)
                .contains(org.assertj.core.groups.Tuple.tuple("country/US", "Washington"));
    }

    @Test
    void aCapitalAfterAConjunctionActsAndItsPronounOwnsTheNounEvent() {
        Extraction x = extract("The sanctions came days after Tehran launched its first direct attack on Israel.");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/IR");
            assertThat(e.targetKey()).isEqualTo("country/IL");
        });
    }

    @Test
    void aCapitalWhereSomethingHappensOrThatSuffersStaysAPlace() {
        Extraction x = extract("Protesters gathered in Moscow on Monday. Kabul was quiet on Sunday.");
        assertThat(x.actors()).extracting(Actor::key).contains("place/moscow", "place/kabul")
                .doesNotContain("country/RU", "country/AF");
    }

    // ------------------------------------------------------------------ subject pronouns

    @Test
    void heContinuesThePersonWhoWasThePreviousSubject() {
        Extraction x = extract("Interior Minister Omar Farid met the mayor on Monday. He criticised the police.");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/omar-farid");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void theyContinuesAGroupThatWasThePreviousSubject() {
        Extraction x = extract("Protesters blocked the main road on Friday. They attacked the police.");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void aPronounThatDoesNotAgreeWithThePreviousSubjectGetsNoActorRatherThanAWrongOne() {
        Extraction x = extract("Interior Minister Omar Farid was in Cairo. The army condemned the protesters. He criticised the police.");
        assertThat(x.events()).filteredOn(e -> e.sentence() == 2)
                .allSatisfy(e -> assertThat(e.sourceKey()).isNull());
        Extraction y = extract("The Egyptian government closed the border. They attacked the police.");
        assertThat(y.events()).filteredOn(e -> e.sentence() == 1)
                .allSatisfy(e -> assertThat(e.sourceKey()).isNull());
    }

    // ------------------------------------------------------------------ fire and clashes

    @Test
    void firingProjectilesAtAnActorIsAnAttackAndFiringAPersonIsNot() {
        Extraction x = extract("Iran fired 200 missiles at Israel.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.sourceKey()).isEqualTo("country/IR");
            assertThat(e.targetKey()).isEqualTo("country/IL");
            assertThat(e.quantities()).singleElement().satisfies(q -> {
                assertThat(q.value()).isEqualTo(200);
                assertThat(q.counts()).isEqualTo("missiles");
            });
        });
        assertThat(extract("The minister fired his deputy Omar Farid.").events()).isEmpty();
    }

    @Test
    void openedFireIsInflectedWithoutDoublingAndTakesItsTargetAfterOn() {
        Extraction x = extract("Afghan forces opened fire on Pakistani troops.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.sourceKey()).isEqualTo("country/AF");
            assertThat(e.targetKey()).isEqualTo("country/PK");
        });
        assertThat(EnglishLexicon.inflections("open")).containsExactly("open", "opens", "opened", "opening");
        assertThat(EnglishLexicon.inflections("ban")).containsExactly("ban", "bans", "banned", "banning");
    }

    @Test
    void twoSubjectsOfAClashAreItsTwoSides() {
        Extraction x = extract("Pakistani and Afghan forces exchanged fire at the border on Wednesday.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("193");
            assertThat(e.sourceKey()).isEqualTo("country/PK");
            assertThat(e.targetKey()).isEqualTo("country/AF");
        });
    }

    // ------------------------------------------------------------------ lists of subjects, appositions after titles

    @Test
    void everySubjectOfAListDoesTheDeedAndTheObjectAfterTheTriggersOwnMarkerIsTheTarget() {
        Extraction x = extract("U.S., Britain impose sanctions on Iranian banks after attack on Israel");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("163"))
                .extracting(Event::sourceKey, Event::targetKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("country/US", "country/IR"),
                        org.assertj.core.groups.Tuple.tuple("country/GB", "country/IR"));
        Extraction y = extract("France and Germany condemned the coup in Niamey.");
        assertThat(y.events()).extracting(Event::sourceKey).containsExactly("country/FR", "country/DE");
    }

    @Test
    void aPlaceBeforeTheSubjectIsNoSecondSubject() {
        Extraction x = extract("In Kabul, police arrested Omar Farid, a journalist.");
        assertThat(x.events()).extracting(Event::sourceKey).containsExactly("group/police");
    }

    @Test
    void aNameInAppositionAfterAnOfficeIsThePersonHoldingIt() {
        Extraction x = extract("The Egyptian army condemned the raid. Its spokesman, Omar Farid, said the border was closed.");
        assertThat(actor(x, "name/omar-farid").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo("name/omar-farid");
            assertThat(r.office()).isEqualTo("spokesperson");
        });
    }

    @Test
    void anUnnamedTitleFollowedByANamedOneIsTheSamePerson() {
        Extraction x = extract("The head of the Egyptian Interior Ministry, General Omar Farid, resigned.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("name/omar-farid");
            assertThat(r.organizationKey()).isEqualTo("org/EG/ministry-of-interior");
        });
    }
}

package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.en.EnglishRulesTest.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * A person the lexicon lists (it now lists past office holders) is named again by his family name alone, before
 * his full name (a headline) or after it, as a person it does not list is: one actor, not a second unlisted one.
 * Short sentences of our own.
 */
class EnglishHolders3S30Test {

    @Test
    void aListedPersonsFamilyNameInTheHeadlineIsThatPerson() {
        Extraction x = extract("Bolivian prosecutors charge opposition leader Morales\n"
                + "LA PAZ, March 16 - Bolivian prosecutors charged opposition leader Evo Morales with terrorism on Friday.\n"
                + "Morales, who denies the charges, told reporters the case was political.");
        assertThat(x.actors()).extracting(Actor::key).contains("person/evo-morales")
                .noneMatch(k -> k.startsWith("name/"));
    }

    @Test
    void aListedPersonsFamilyNameAfterHisFullNameIsThatPersonsKin() {
        Extraction x = extract("Former South African president Jacob Zuma spoke in Durban on Friday.\n"
                + "His son Thabo Zuma said the family would appeal.");
        assertThat(x.actors()).extracting(Actor::key).contains("person/jacob-zuma");
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("name/")).extracting(Actor::key)
                .containsExactly("name/thabo-zuma");
    }
}

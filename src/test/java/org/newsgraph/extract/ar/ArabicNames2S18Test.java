package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Persons the name reader lost or misread (session 18, round 2): a given name opening with ك that reads as "like" +
 * a listed country (كلاوس: "like Laos") when a prepositional phrase, not a function word, follows the name. Short
 * sentences of our own, read with every shipped lexicon.
 */
class ArabicNames2S18Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void aGivenNameWithKafBeforeAPrepositionalPhraseIsAName() {
        Extraction x = extract("وخرج آلاف المتظاهرين مطالبين الرئيس كلاوس ماتيسن بالاستقالة.");
        person(x, "كلاوس ماتيسن");
        assertThat(x.actors()).noneMatch(a -> "لاوس".equals(a.labelAr()));
        person(extract("ودعا النواب الوزير كلاوس برينر للاستقالة فورا."), "كلاوس برينر");
        person(extract("وطالب المتظاهرون رئيس الوزراء كلاوس هوفمان بالتنحي عن منصبه."), "كلاوس هوفمان");
    }

    @Test
    void likeACountryStaysLikeACountry() {
        Extraction x = extract("وتعاني بلدان كلاوس وكمبوديا من الفقر.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }
}

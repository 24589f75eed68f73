package org.newsgraph.extract.en;

import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * A lexicon entry compiled for matching: its words in lower case, and what it stands for.
 *
 * @param words     the words (lower case) a stretch of text must have, one per token
 * @param exact     the words as the lexicon writes them, for labels matched with their capitals; else null
 * @param kind      what the entry is
 * @param actor     for {@link Kind#ACTOR} and {@link Kind#DEMONYM}: the actor
 * @param term      for the other kinds: the lexicon term
 * @param usage     for a trigger: how the form is used
 * @param preferred true when the label is the term's first English label ("President", not "head")
 * @param bare      for a trigger: the uninflected base of a verb ("call"), a verb only after "to", a modal or a
 *                  subject ("a telephone call on Saturday" is no appeal)
 */
record Phrase(String[] words, String[] exact, Kind kind, ActorEntry actor, Term term, Usage usage, boolean preferred,
              boolean bare) {

    enum Kind { ACTOR, INSTITUTION, OFFICE, TRIGGER, DEMONYM, MEDIUM, CUE }

    /** How a trigger form is read: a verb, a verb whose subject undergoes the event, or a noun. */
    enum Usage { VERB, PATIENT, NOUN }

    int length() {
        return words.length;
    }
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * One surface form of the compiled lexicon: its tokens in matching form and what it stands for.
 *
 * @param tokens  the form's words in matching form
 * @param kind    what the form names
 * @param actor   for {@link Kind#ACTOR} and {@link Kind#DEMONYM}, the lexicon actor (a demonym's country)
 * @param term    for every other kind, the lexicon term
 * @param voice   for a trigger, the grammatical voice of this form
 * @param cue     for {@link Kind#CUE}, the term's class ({@code FormerMarker}...)
 * @param form    true for an institution's {@code ng:form}: it names the body only when a country follows
 */
record Phrase(String[] tokens, Kind kind, ActorEntry actor, Term term, Voice voice, String cue, boolean form) {

    Phrase(String[] tokens, Kind kind, ActorEntry actor, Term term, Voice voice, String cue) {
        this(tokens, kind, actor, term, voice, cue, false);
    }

    /** What a form names; the order is the priority between forms of equal length. */
    enum Kind { ACTOR, INSTITUTION, OFFICE, DEMONYM, TRIGGER, MEDIUM, CUE }

    /** How a trigger form relates its arguments: a verb in the active or passive, or a verbal noun. */
    enum Voice { ACTIVE, PASSIVE, NOUN }

    boolean isCue(String type) {
        return kind == Kind.CUE && type.equals(cue);
    }
}

package org.newsgraph.extract.en;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.lexicon.Term;

/**
 * A stretch of a sentence that refers to one actor: a lexicon name, a title with or without a name, an
 * institution with its country, a name the lexicon does not know, a pronoun or "the committee". Mutable while its
 * sentence is analysed (a pronoun learns its actor once the sentence's speaker is known).
 */
final class Unit {

    enum Kind { NAME, DEMONYM, INSTITUTION, TITLE, PRONOUN, ANAPHOR }

    final Kind kind;
    /** Tokens of the whole unit, inclusive (a title with its country and name). */
    int first;
    int last;
    /** Tokens of the words naming the actor, for the mention (the name after a title, the title alone). */
    int headFirst;
    int headLast;

    /** The actor, once known. */
    Actor actor;

    /** For a title: the office, whose office it is, whether the holder is former, and the label matched. */
    Term office;
    Unit organization;
    boolean former;
    boolean preferredTitle;
    /** Whether the title had a name after it (else the holder is looked for). */
    boolean named;

    /** Mentions inside the unit: the country of "Russian Defence Ministry", the organisation of a title. */
    final List<Unit> inner = new ArrayList<>();

    /** The preposition right before the unit, lower case, or null. */
    String preposition;
    /** Followed by a possessive 's. */
    boolean possessive;

    Unit(Kind kind, int first, int last) {
        this.kind = kind;
        this.first = first;
        this.last = last;
        this.headFirst = first;
        this.headLast = last;
    }

    String key() {
        return actor == null ? null : actor.key();
    }

    boolean resolved() {
        return actor != null;
    }
}

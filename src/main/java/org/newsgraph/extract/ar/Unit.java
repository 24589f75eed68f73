package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * A stretch of a sentence that refers to one actor: a lexicon name, a title with or without a name, an
 * institution with its nisba, a place noun with an unknown name. Mutable while the article is analysed: some
 * units only learn their actor once the article's own country is known or the holder of a title is found.
 */
final class Unit {

    /** What a unit still waits for before it names an actor. */
    enum Pending { NONE, FOCAL_COUNTRY, FOCAL_CAPITAL, TITLE_HOLDER, PAIR }

    final int sentence;
    /** First and last token of the whole unit (a title chunk included), local to the sentence. */
    int first;
    int last;
    /** The mention: where the name stands (code points). */
    int begin;
    int end;

    String key;
    ActorType type;
    String labelAr;
    String labelEn;
    boolean transliterated;
    String wikidata;
    /** For a place, its country's key. */
    String countryKey;

    /** A standalone nisba noun (الكوريون): kept only when the country is named otherwise too. */
    boolean weak;
    /** A nisba qualifying the group or organisation before it (الشرطة التركية): a mention, not an argument. */
    boolean qualifier;
    /** Preceded by a preposition or a proclitic preposition. */
    boolean prepositional;
    /** Preceded by a locative preposition (في موسكو): a place, not an actor. */
    boolean locative;
    /**
     * A building or ground named by its noun (مطار فلان الدولي، قاعدة فلان الجوية، معسكر فلان): a place, which an act
     * on premises (storming, attacking, seizing) can still have as its object, unlike a town it happens in.
     */
    boolean facility;
    /**
     * The state of a capital read as a place after a noun of a part of it (في شوارع الخرطوم، شمال شرق باريس): the
     * article's country is counted as it was before the capital stayed a place, a mention of its state.
     */
    String stateOfCapital;
    /**
     * A capital or a city of a state opening the article's dateline (ليما (أ ف ب) -، لاغوس - بي بي سي): a place,
     * which still tells the article's country; not so a city after an outlet's name (سكاي نيوز عربية - أبوظبي) or
     * before an outlet of its own country, the outlet's seat.
     */
    boolean dateline;

    Pending pending = Pending.NONE;
    /** For an institution waiting for the article's country. */
    Term institution;

    /** For a title (alone or before a name): the office, whose it is, and whether the holder is former. */
    Term office;
    Unit organization;
    boolean former;
    /** For a pair reference (الطرفين، البلدين): whether only countries can be the parties, and the second party. */
    boolean pairOfCountries;
    Unit partner;
    /**
     * For a noun with a possessive pronoun that stands for a country or a state body (بلاده، بلادها، حكومته): the
     * pronoun (ه or ها), whose antecedent's country the unit is ({@link WhoIsWho}); null for any other unit.
     */
    String possessor;
    /** An organisation named by its members acting together (دول الاتحاد الأفريقي): a plural of either gender. */
    boolean collective;
    /**
     * A group the article only describes (شبان غاضبون، وحدات موالية للحكومة): an actor only when some event has it
     * as its source or target, or a statement as its speaker ({@link UnnamedGroups}).
     */
    boolean storyOnly;
    /**
     * The people of a country a verb addressed to someone turns to (ودعا الرئيس المواطنين إلى الهدوء, {@link
     * UnnamedGroups}): the verb's object, never its subject, whatever the words between.
     */
    boolean addressed;
    /**
     * For a group of followers named by a pronoun (أنصاره، مؤيديها, {@link UnnamedGroups#findSupporters}): the actor the
     * pronoun stands for, whom the group follows; null for any other unit.
     */
    Unit followed;
    /** Some of a group told by a count (بعضهم، عدد منهم، 300 منهم، تظاهر الآلاف): its words may count them. */
    boolean partitive;
    /**
     * For a force a city or region keeps (شرطة ملبورن): the group a bare mention of its kind names (group/police), which
     * in an article naming no state's force of that kind is this force; null for any other unit.
     */
    String localForceOf;
    /** Other English names of the unit's actor the article gives (an acronym in brackets after a body's name). */
    final List<String> altLabelsEn = new ArrayList<>();
    /** Mentions inside a title chunk or an institution (the country of a nisba, the organisation). */
    final List<Unit> inner = new ArrayList<>();

    Unit(int sentence, int first, int last, int begin, int end) {
        this.sentence = sentence;
        this.first = first;
        this.last = last;
        this.begin = begin;
        this.end = end;
    }

    void actor(ActorEntry e) {
        key = e.key();
        type = e.type();
        labelAr = e.labelsAr().isEmpty() ? null : e.labelsAr().get(0);
        labelEn = e.labelsEn().isEmpty() ? null : e.labelsEn().get(0);
        wikidata = e.wikidata();
        countryKey = e.countryKey();
        transliterated = false;
    }

    /** Makes this mention stand for the same actor as {@code other} (a title or surname naming a known holder). */
    void sameActorAs(Unit other) {
        key = other.key;
        type = other.type;
        labelAr = other.labelAr;
        labelEn = other.labelEn;
        wikidata = other.wikidata;
        countryKey = other.countryKey;
        transliterated = other.transliterated;
    }

    boolean resolved() {
        return pending == Pending.NONE && key != null;
    }

    boolean isPerson() {
        return type == ActorType.PERSON;
    }
}

package org.newsgraph.extract.en;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.InstitutionActors;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.RelativeDates;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;
import org.newsgraph.read.Article;

/**
 * One English article analysed: the rules of the English extractor, applied sentence by sentence with what the
 * article said before (the people it named, who "he" and "it" were, the country it is about).
 *
 * <p>The closed-class words of English grammar the rules key on (forms of "be", pronouns, determiners,
 * prepositions) are listed here; every name, title, trigger and cue phrase comes from the lexicons.
 */
final class EnglishAnalysis {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final java.util.regex.Pattern COMPOUND_ADJECTIVE = java.util.regex.Pattern.compile(".+-\\p{Ll}+");
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "who", "which");
    private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "of", "until", "by");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "of", "for", "with", "to", "from", "by",
            "against", "over", "into", "across", "near", "after", "before", "since", "during", "about", "around", "under",
            "between", "among", "through", "toward", "towards", "within", "without", "via", "outside", "inside", "amid",
            "despite", "like", "than", "behind", "beyond", "onto", "upon", "per");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
            "these", "those", "our", "my", "your", "'s");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    /** Plural subject pronoun: it stands only for a group, the one subject English lets "they" agree with. */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");
    /** Before a trigger: the event did not happen ("did not arrest", "without warning"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "without", "no");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    /** Words after which a verb's bare base form is a verb: "to", modals, "do" and negation. */
    private static final Set<String> BEFORE_BARE_VERB = Set.of("to", "will", "would", "can", "could", "may", "might",
            "must", "should", "shall", "did", "does", "do", "not", "n't", "'ll");
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");
    /** Words that may stand between a subject and its verb, or between a form of "be" and a participle. */
    private static final Set<String> INTERVENING = Set.of("has", "have", "had", "also", "not", "n't", "reportedly",
            "allegedly", "later", "then", "already", "subsequently", "quickly", "previously", "recently", "now", "still",
            "never", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "formally",
            "officially", "initially", "finally", "swiftly", "repeatedly", "publicly", "began", "begun",
            "begins", "start", "started", "starts", "was", "were", "is", "are", "be", "been", "being", "to");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although", "though",
            "because", "as", "after", "before", "when", "if", "since", "until", "where");

    private final EnglishLexicon lex;
    private final EnglishText text;
    private final LocalDate published;

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** Names of people the lexicon does not know, as the article writes them (full and surname) → actor. */
    private final Map<String, Actor> names = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<RoleDraft> roles = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    /** Organisations named so far, by the lower-case last word of their name ("committee"), most recent last. */
    private final Map<String, String> byHeadNoun = new HashMap<>();
    private final Map<String, Integer> countryCounts = new LinkedHashMap<>();
    private ActorEntry focal;
    private String lastPerson;
    private String lastThing;
    /** The actor that was the subject of the previous sentence's first verb, or null: whom "he" or "they" continue. */
    private Actor previousSubject;

    /** A role while the article is read: "since" may come a sentence later. */
    private static final class RoleDraft {
        final String person;
        final Term office;
        final String organization;
        boolean former;
        PartialDate since;
        final int sentence;
        final boolean inOrganization;

        RoleDraft(String person, Term office, String organization, boolean former, int sentence, boolean inOrganization) {
            this.person = person;
            this.office = office;
            this.organization = organization;
            this.former = former;
            this.sentence = sentence;
            this.inOrganization = inOrganization;
        }
    }

    /** A trigger word in a sentence, and what the rules found about it. */
    private static final class Verb {
        Match match;
        Term term;
        Phrase.Usage usage;
        boolean passive;
        boolean reporting;
        Unit subject;
        PartialDate date;
    }

    EnglishAnalysis(EnglishLexicon lex, Article article) {
        this.lex = lex;
        this.text = new EnglishText(article.text(), lex.abbreviations);
        this.published = article.published();
    }

    Extraction run(String extractorName) {
        // pass one: the names the article gives people and the country it is about; pass two: everything
        for (int s = 0; s < text.tokens.size(); s++) {
            for (Unit u : units(s)) {
                countCountry(u);
            }
        }
        focal = focalCountry();
        surnames();
        byHeadNoun.clear();
        for (int s = 0; s < text.tokens.size(); s++) {
            analyse(s);
        }
        List<Role> out = new ArrayList<>();
        for (RoleDraft r : roles) {
            String labelEn = r.inOrganization && r.office.property("labelInOrganization") != null
                    ? r.office.property("labelInOrganization")
                    : r.office.labelsEn().isEmpty() ? r.office.key() : r.office.labelsEn().get(0);
            String labelAr = r.office.labelsAr().isEmpty() ? null : r.office.labelsAr().get(0);
            out.add(new Role(r.person, r.office.key(), labelEn, labelAr, r.organization, r.former, r.since, null, r.sentence));
        }
        return new Extraction(extractorName, text.sentences, List.copyOf(actors.values()), mentions, out, events,
                relations, statements);
    }

    // ------------------------------------------------------------------ units

    private void countCountry(Unit u) {
        List<Unit> all = new ArrayList<>(u.inner);
        all.add(u);
        for (Unit x : all) {
            if (x.actor != null && x.actor.type() == ActorType.COUNTRY) {
                countryCounts.merge(x.actor.key(), 1, Integer::sum);
            } else if (x.actor != null && x.actor.type() == ActorType.PLACE) {
                ActorEntry e = lex.actors.get(x.actor.key());
                if (e != null && e.countryKey() != null) {
                    countryCounts.merge(e.countryKey(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * A name first met alone ("Massimov" in a headline) is the person the article names in full elsewhere: the
     * first full name, in the order the article gives them, that has it as a word other than its first (a family
     * name of two words: "Bongo" in "Ali Bongo Ondimba").
     */
    private void surnames() {
        for (Map.Entry<String, Actor> e : names.entrySet()) {
            if (e.getValue().labelEn().equals(e.getKey()) && !e.getKey().contains(" ")) {
                for (Actor other : names.values()) {
                    List<String> words = List.of(other.labelEn().split(" "));
                    if (words.size() > 1 && words.subList(1, words.size()).contains(e.getKey())) {
                        e.setValue(other);
                        break;
                    }
                }
            }
        }
    }

    private ActorEntry focalCountry() {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best == null ? null : lex.actors.get(best);
    }

    /** The units of a sentence, left to right, not overlapping. */
    private List<Unit> units(int s) {
        List<Token> ts = text.tokens.get(s);
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Unit u = unitAt(ts, i, out);
            if (u == null) {
                i++;
            } else {
                out.add(u);
                i = u.last + 1;
            }
        }
        for (Unit u : out) {
            if (u.last + 1 < ts.size() && ts.get(u.last + 1).is("'s")) {
                u.possessive = true;
            }
            if (u.first > 0 && PREPOSITIONS.contains(ts.get(u.first - 1).lower())) {
                u.preposition = ts.get(u.first - 1).lower();
            } else if (u.first > 1 && DETERMINERS.contains(ts.get(u.first - 1).lower())
                    && PREPOSITIONS.contains(ts.get(u.first - 2).lower())) {
                u.preposition = ts.get(u.first - 2).lower();
            }
        }
        return out;
    }

    /** The best non-trigger match at token i: longest, then actor before institution before office before demonym. */
    private Match best(List<Token> ts, int i) {
        Match best = null;
        for (Match m : lex.candidatesAt(ts, i)) {
            if (m.phrase().kind() == Phrase.Kind.TRIGGER) {
                continue;
            }
            if (best == null || m.phrase().length() > best.phrase().length()
                    || (m.phrase().length() == best.phrase().length() && m.phrase().kind().ordinal() < best.phrase().kind().ordinal())) {
                best = m;
            }
        }
        return best;
    }

    private boolean triggerAt(List<Token> ts, int i) {
        return lex.candidatesAt(ts, i).stream().anyMatch(m -> m.phrase().kind() == Phrase.Kind.TRIGGER);
    }

    /** The unit starting at token i, or null; {@code before} are the sentence's units so far (a title may take one). */
    private Unit unitAt(List<Token> ts, int i, List<Unit> before) {
        Token t = ts.get(i);
        Unit known = knownName(ts, i);
        Match m = best(ts, i);
        if (known != null && (m == null || m.phrase().length() <= known.last - known.first + 1)) {
            return known;
        }
        if (m != null) {
            switch (m.phrase().kind()) {
                case ACTOR -> {
                    if (m.phrase().actor().type() == ActorType.GROUP && lex.cueAt("ModifiedNoun", ts, m.last() + 1) != null) {
                        // "the opposition party": the group's word describes a party, it names no group
                        return null;
                    }
                    Unit u = new Unit(Unit.Kind.NAME, i, m.last());
                    u.actor = lexiconActor(m.phrase().actor());
                    rememberListed(u.actor);
                    return u;
                }
                case DEMONYM -> {
                    Unit d = new Unit(Unit.Kind.DEMONYM, i, m.last());
                    d.actor = lexiconActor(m.phrase().actor());
                    Match next = m.last() + 1 < ts.size() ? best(ts, m.last() + 1) : null;
                    if (next != null && next.phrase().kind() == Phrase.Kind.INSTITUTION) {
                        return institution(ts, next, d, i);
                    }
                    if (next != null && next.phrase().kind() == Phrase.Kind.OFFICE) {
                        return title(ts, next, d, i);
                    }
                    Match state = lex.cueAt("StateReference", ts, m.last() + 1);
                    if (state != null && d.actor.type() == ActorType.COUNTRY) {
                        Unit u = new Unit(Unit.Kind.NAME, i, state.last());
                        u.actor = d.actor;
                        return u;
                    }
                    return d;
                }
                case INSTITUTION -> {
                    Unit owner = possessor(ts, i, before);
                    return institution(ts, m, owner, owner == null ? i : owner.first);
                }
                case OFFICE -> {
                    Unit owner = possessor(ts, i, before);
                    return title(ts, m, owner, owner == null ? i : owner.first);
                }
                default -> {
                    return null;
                }
            }
        }
        if (PERSON_PRONOUNS.contains(t.lower()) || THING_PRONOUNS.contains(t.lower()) || PLURAL_PRONOUNS.contains(t.lower())) {
            return new Unit(Unit.Kind.PRONOUN, i, i);
        }
        if (t.is("the") && i + 1 < ts.size() && ts.get(i + 1).isWord() && !ts.get(i + 1).capitalized()
                && lex.headNouns.contains(ts.get(i + 1).lower()) && best(ts, i + 1) == null
                && !(i + 2 < ts.size() && ts.get(i + 2).is("of"))) {
            Unit a = new Unit(Unit.Kind.ANAPHOR, i, i + 1);
            a.headFirst = i + 1;
            return a;
        }
        Match state = lex.cueAt("StateReference", ts, i);
        if (state != null && focal != null) {
            Unit u = new Unit(Unit.Kind.NAME, i, state.last());
            u.actor = lexiconActor(focal);
            return u;
        }
        Unit organization = organization(ts, i);
        if (organization != null) {
            return organization;
        }
        if (t.capitalized() && !triggerAt(ts, i)) {
            int end = nameEnd(ts, i);
            if (end > i && (personContext(ts, end + 1) || afterPersonNoun(ts, i))) {
                return newName(ts, i, end);
            }
        }
        return null;
    }

    /**
     * An organisation the lexicon does not know, by how English names one: in apposition to a noun that only an
     * organisation can be ("the main opposition party, PASTEF," / "its armed wing, the Qassam Brigades,"), a
     * capitalised name ending in such a noun ("the Justice and Development Party") or followed by it ("the PASTEF
     * party"); an acronym in brackets after it ("(AKP)") is its alternative label and names it later on.
     */
    private Unit organization(List<Token> ts, int i) {
        if (!ts.get(i).capitalized() || triggerAt(ts, i) || lex.months.containsKey(ts.get(i).lower())
                || lex.weekdays.containsKey(ts.get(i).lower())) {
            return null;
        }
        int end = organizationNameEnd(ts, i);
        for (int k = i; k <= end; k++) {
            // "the Russian-led alliance", "an Iran-backed group": a compound adjective describes, it names nothing
            if (COMPOUND_ADJECTIVE.matcher(ts.get(k).text()).matches()) {
                return null;
            }
        }
        int last = end;
        boolean named = lex.cueAt("OrganizationNoun", ts, end) != null && ts.get(end).capitalized() && end > i;
        if (!named && end + 1 < ts.size() && !ts.get(end + 1).capitalized()) {
            Match noun = lex.cueAt("OrganizationNoun", ts, end + 1);
            if (noun != null) {
                named = true;
                last = noun.last();
            }
        }
        if (!named && !afterOrganizationNoun(ts, i)) {
            return null;
        }
        String acronym = null;
        if (last + 3 < ts.size() && ts.get(last + 1).is("(") && ts.get(last + 2).allCaps() && ts.get(last + 3).is(")")) {
            acronym = ts.get(last + 2).text();
            last += 3;
        }
        StringBuilder b = new StringBuilder();
        for (int k = i; k <= end; k++) {
            b.append(k > i ? " " : "").append(ts.get(k).text());
        }
        String name = b.toString();
        Actor a = names.get(name);
        if (a == null) {
            a = new Actor("org/" + slug(name), ActorType.ORGANIZATION, null, name, false, null, null,
                    acronym == null ? List.of() : List.of(acronym));
            names.put(name, a);
        }
        if (acronym != null) {
            names.putIfAbsent(acronym, a);
        }
        Unit u = new Unit(Unit.Kind.NAME, i, last);
        u.headLast = end;
        u.actor = a;
        return u;
    }

    /** The last token of a capitalised organisation name from i: up to six words, "and"/"of"/"for" inside. */
    private int organizationNameEnd(List<Token> ts, int i) {
        int end = i;
        int k = i + 1;
        while (k < ts.size() && k - i < 6) {
            Token n = ts.get(k);
            boolean joiner = (n.is("and") || n.is("of") || n.is("for")) && k + 1 < ts.size() && ts.get(k + 1).capitalized();
            if (joiner) {
                k++;
                continue;
            }
            if (!n.capitalized() || best(ts, k) != null || lex.months.containsKey(n.lower())
                    || lex.weekdays.containsKey(n.lower()) || triggerAt(ts, k)) {
                break;
            }
            end = k;
            k++;
        }
        return end;
    }

    /** Whether token i follows ", " (and "the") after a noun only an organisation can be: "the party, PASTEF". */
    private boolean afterOrganizationNoun(List<Token> ts, int i) {
        int comma = i >= 1 && ts.get(i - 1).is("the") ? i - 2 : i - 1;
        if (comma < 1 || !ts.get(comma).is(",")) {
            return false;
        }
        for (int k = Math.max(0, comma - 3); k < comma; k++) {
            Match m = lex.cueAt("OrganizationNoun", ts, k);
            if (m != null && m.last() == comma - 1 && !ts.get(k).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A name in apposition to a noun that only a person can be: "Bongo's son, Noureddin Bongo Valentin". */
    private boolean afterPersonNoun(List<Token> ts, int i) {
        if (i < 2 || !ts.get(i - 1).is(",")) {
            return false;
        }
        for (int k = Math.max(0, i - 4); k < i - 1; k++) {
            Match m = lex.cueAt("PersonNoun", ts, k);
            if (m != null && m.last() == i - 2) {
                return true;
            }
            // "Its spokesman, Zabihullah Mujahid," : an office before the comma
            Match o = best(ts, k);
            if (o != null && o.phrase().kind() == Phrase.Kind.OFFICE && o.last() == i - 2) {
                return true;
            }
        }
        return false;
    }

    /** A possessive before token i: "Russia's", "Kyrgyzstan's", "its", "his" (a unit of the sentence so far). */
    private Unit possessor(List<Token> ts, int i, List<Unit> before) {
        if (i >= 2 && ts.get(i - 1).is("'s") && !before.isEmpty() && before.get(before.size() - 1).last == i - 2) {
            Unit u = before.remove(before.size() - 1);
            return u;
        }
        if (i >= 1 && !before.isEmpty()) {
            Unit prev = before.get(before.size() - 1);
            boolean adjacent = prev.last == i - 1;
            boolean pronoun = prev.kind == Unit.Kind.PRONOUN && POSSESSIVES.contains(ts.get(prev.first).lower());
            if (adjacent && (pronoun || prev.kind == Unit.Kind.INSTITUTION
                    || (prev.kind == Unit.Kind.NAME && prev.actor != null && prev.actor.type() != ActorType.PLACE))) {
                return before.remove(before.size() - 1);
            }
        }
        return null;
    }

    /** An institution pattern with its country: before it (owner), after it ("of Russia"), or the article's own. */
    private Unit institution(List<Token> ts, Match m, Unit owner, int first) {
        Unit u = new Unit(Unit.Kind.INSTITUTION, first, m.last());
        u.headFirst = first;
        u.headLast = m.last();
        u.office = m.phrase().term();
        Unit country = owner;
        int j = m.last() + 1;
        if (country == null && j + 1 < ts.size() && ts.get(j).is("of")) {
            int k = ts.get(j + 1).is("the") ? j + 2 : j + 1;
            Match c = k < ts.size() ? best(ts, k) : null;
            if (c != null && (c.phrase().kind() == Phrase.Kind.ACTOR || c.phrase().kind() == Phrase.Kind.DEMONYM)
                    && c.phrase().actor().type() == ActorType.COUNTRY) {
                country = new Unit(Unit.Kind.NAME, k, c.last());
                country.actor = lexiconActor(c.phrase().actor());
                u.last = c.last();
                u.headLast = c.last();
            }
        }
        if (country != null) {
            u.inner.add(country);
            if (country.kind == Unit.Kind.PRONOUN) {
                u.headFirst = m.first();
            }
        }
        u.actor = institutionActor(u.office, country);
        return u;
    }

    /** The institution's actor once its country is known; with no country the article's own; null before that. */
    private Actor institutionActor(Term pattern, Unit country) {
        ActorEntry c = null;
        if (country != null && country.actor != null) {
            c = countryOf(country.actor.key());
        }
        if (c == null) {
            c = focal;
        }
        return c == null || c.isoCode() == null ? null : InstitutionActors.actor(pattern, c);
    }

    /** The country an actor is or belongs to. */
    private ActorEntry countryOf(String key) {
        ActorEntry e = lex.actors.get(key);
        if (e == null) {
            return null;
        }
        if (e.type() == ActorType.COUNTRY) {
            return e;
        }
        return e.countryKey() == null ? null : lex.actors.get(e.countryKey());
    }

    /**
     * A title: "Kazakh President Kassym-Jomart Tokayev", "former President Nursultan Nazarbayev", "spokesman Aidos
     * Ukibay", "the former head of its National Security Committee", "the president".
     */
    private Unit title(List<Token> ts, Match m, Unit owner, int first) {
        Unit u = new Unit(Unit.Kind.TITLE, first, m.last());
        u.office = m.phrase().term();
        u.preferredTitle = m.phrase().preferred();
        u.organization = owner;
        int start = first;
        while (start > 0 && ts.get(start - 1).is("the")) {
            start--;
        }
        // the marker stays outside the unit: "Soldiers ousted President Bazoum" still has its verb
        if (start > 0 && lex.cueAt("FormerMarker", ts, start - 1) != null) {
            u.former = true;
        }
        int j = m.last() + 1;
        if (owner == null && j + 1 < ts.size() && (ts.get(j).is("of") || ts.get(j).is("for"))) {
            int k = j + 1;
            List<Unit> none = new ArrayList<>();
            Unit org = null;
            if (k + 1 < ts.size() && POSSESSIVES.contains(ts.get(k).lower())) {
                Unit pronoun = new Unit(Unit.Kind.PRONOUN, k, k);
                Match inst = best(ts, k + 1);
                if (inst != null && inst.phrase().kind() == Phrase.Kind.INSTITUTION) {
                    org = institution(ts, inst, pronoun, k);
                }
            }
            if (org == null) {
                org = unitAt(ts, k, none);
            }
            if (org == null && ts.get(k).is("the") && k + 1 < ts.size()) {
                org = unitAt(ts, k + 1, none);
            }
            if (org != null && org.kind != Unit.Kind.TITLE) {
                u.organization = org;
                u.last = org.last;
                j = org.last + 1;
            }
        }
        u.headFirst = m.first();
        u.headLast = m.last();
        if (j < ts.size() && !ts.get(j).is("'s")) {
            Unit name = knownName(ts, j);
            Match p = best(ts, j);
            if (p != null && p.phrase().kind() == Phrase.Kind.ACTOR && p.phrase().actor().type() == ActorType.PERSON
                    && (name == null || p.phrase().length() >= name.last - name.first + 1)) {
                name = new Unit(Unit.Kind.NAME, j, p.last());
                name.actor = lexiconActor(p.phrase().actor());
                rememberListed(name.actor);
            }
            if (name == null && ts.get(j).capitalized() && p == null && !lex.months.containsKey(ts.get(j).lower())
                    && !lex.weekdays.containsKey(ts.get(j).lower()) && !triggerAt(ts, j)) {
                int end = nameEnd(ts, j);
                name = newName(ts, j, end);
            }
            if (name != null) {
                u.named = true;
                u.actor = name.actor;
                u.headFirst = name.first;
                u.headLast = name.last;
                u.last = name.last;
            }
        }
        return u;
    }

    /** The last token of a capitalised name starting at i (up to four words, hyphenated ones included). */
    private int nameEnd(List<Token> ts, int i) {
        int end = i;
        int initials = 0;
        while (end + 1 < ts.size() && end - i - initials < 3) {
            Token n = ts.get(end + 1);
            // a middle initial: "Nikita S. Khrushchev"
            if (initial(ts, end + 1) && end + 3 < ts.size() && ts.get(end + 3).capitalized()) {
                end += 2;
                initials += 2;
                continue;
            }
            if (!n.capitalized() || n.allCaps() || best(ts, end + 1) != null || lex.months.containsKey(n.lower())
                    || lex.weekdays.containsKey(n.lower()) || triggerAt(ts, end + 1)) {
                break;
            }
            end++;
        }
        return end;
    }

    /** A single capital letter and its stop, as in a middle initial. */
    private static boolean initial(List<Token> ts, int k) {
        String w = ts.get(k).text();
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && k + 1 < ts.size() && ts.get(k + 1).is(".");
    }

    /** What follows a capitalised sequence that makes it a person: ", a nephew of", ", the former head", "said". */
    private boolean personContext(List<Token> ts, int k) {
        if (k >= ts.size()) {
            return false;
        }
        if (ts.get(k).is(",")) {
            int j = k + 1;
            if (j < ts.size() && ARTICLES.contains(ts.get(j).lower())) {
                j++;
            }
            Match former = lex.cueAt("FormerMarker", ts, j);
            if (former != null) {
                j = former.last() + 1;
            }
            if (j >= ts.size()) {
                return false;
            }
            Match m = best(ts, j);
            if (m != null && m.phrase().kind() == Phrase.Kind.OFFICE) {
                return true;
            }
            for (int d = 0; d < 2 && j + d < ts.size(); d++) {
                if (lex.cueAt("KinshipCue", ts, j + d) != null || lex.cueAt("AllyCue", ts, j + d) != null) {
                    return true;
                }
            }
            return false;
        }
        return lex.candidatesAt(ts, k).stream().anyMatch(m -> m.phrase().kind() == Phrase.Kind.TRIGGER
                && "true".equals(m.phrase().term().property("reporting")));
    }

    /** A person the lexicon does not know, named at tokens i..end; remembered by full name and surname. */
    private Unit newName(List<Token> ts, int i, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k <= end; k++) {
            if (k > i && !ts.get(k).is(".")) {
                b.append(' ');
            }
            b.append(ts.get(k).text());
        }
        String full = b.toString();
        Actor a = names.get(full);
        if (a == null) {
            a = new Actor("name/" + slug(full), ActorType.PERSON, null, full, false, null);
            names.put(full, a);
            // the family name alone, or the last two words of a longer name ("Oligui Nguema")
            for (int k = Math.max(i + 1, end - 1); k <= end; k++) {
                if (ts.get(k).is(".")) {
                    continue;
                }
                StringBuilder tail = new StringBuilder();
                for (int j = k; j <= end; j++) {
                    tail.append(j > k ? " " : "").append(ts.get(j).text());
                }
                names.putIfAbsent(tail.toString(), a);
            }
        }
        Unit u = new Unit(Unit.Kind.NAME, i, end);
        u.actor = a;
        return u;
    }

    /**
     * "Senegal charges its leader Sonko ... Ousmane Sonko": a person the lexicon knows is named again by his family
     * name alone (or the last two words of a longer name), before or after his full name, as one it does not know is
     * ({@link #newName}, {@link #surnames}); else the lone family name is a second, unlisted person. The lexicon now
     * lists past office holders, so more of an article's people are listed. A family name the article already gave
     * someone else stays his.
     */
    private void rememberListed(Actor a) {
        if (a.type() != ActorType.PERSON || a.labelEn() == null) {
            return;
        }
        String[] words = a.labelEn().split(" ");
        if (words.length < 2) {
            return;
        }
        names.putIfAbsent(a.labelEn(), a);
        names.putIfAbsent(words[words.length - 1], a);
        if (words.length >= 3) {
            names.putIfAbsent(words[words.length - 2] + " " + words[words.length - 1], a);
        }
    }

    /** A name the article has already given a person (full, or the surname alone), at token i. */
    private Unit knownName(List<Token> ts, int i) {
        if (!ts.get(i).capitalized()) {
            return null;
        }
        for (int len = Math.min(4, ts.size() - i); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                if (k > i) {
                    b.append(' ');
                }
                b.append(ts.get(k).text());
            }
            Actor a = names.get(b.toString());
            if (a != null) {
                Unit u = new Unit(Unit.Kind.NAME, i, i + len - 1);
                u.actor = a;
                return u;
            }
        }
        return null;
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    private static Actor lexiconActor(ActorEntry e) {
        return new Actor(e.key(), e.type(), e.labelsAr().isEmpty() ? null : e.labelsAr().get(0),
                e.labelsEn().isEmpty() ? null : e.labelsEn().get(0), false, e.wikidata());
    }

    // ------------------------------------------------------------------ sentences

    private void analyse(int s) {
        List<Token> ts = text.tokens.get(s);
        List<Unit> units = units(s);
        Unit[] at = new Unit[ts.size()];
        for (Unit u : units) {
            for (int k = u.first; k <= u.last; k++) {
                at[k] = u;
            }
        }
        List<Verb> verbs = verbs(ts, at);
        for (Verb v : verbs) {
            int k = v.match.first() - 1;
            if (v.usage == Phrase.Usage.NOUN && k >= 1 && ts.get(k).is("'s")) {
                asState(at[k - 1]);
            }
        }
        for (Unit u : units) {
            if (!u.possessive && actsAsSubject(ts, u)) {
                asState(u);
            }
        }
        for (Unit u : units) {
            anaphors(u, ts);
        }
        resolvePronouns(ts, units, verbs, at);
        for (Unit u : units) {
            resolveTitle(ts, u, at, s);
        }
        for (Unit u : units) {
            if (u.kind == Unit.Kind.INSTITUTION && u.inner.size() == 1 && u.inner.get(0).kind == Unit.Kind.PRONOUN) {
                u.actor = institutionActor(u.office, u.inner.get(0));
            }
            if (u.organization != null && u.organization.kind == Unit.Kind.INSTITUTION && u.organization.inner.size() == 1
                    && u.organization.inner.get(0).kind == Unit.Kind.PRONOUN) {
                u.organization.actor = institutionActor(u.organization.office, u.organization.inner.get(0));
            }
        }
        for (Unit u : units) {
            record(u, ts, s);
        }
        for (Verb v : verbs) {
            v.subject = subject(ts, at, v, verbs);
        }
        List<int[]> dateSpots = new ArrayList<>();
        List<PartialDate> dates = dates(ts, dateSpots);
        // a date goes to the nearest verb before it ("was dismissed on Thursday"); one before every verb ("On
        // Monday, police detained") to the first verb, unless that verb already has its own
        List<Integer> leading = new ArrayList<>();
        for (int d = 0; d < dates.size(); d++) {
            Verb owner = null;
            for (Verb v : verbs) {
                if (v.match.first() < dateSpots.get(d)[0] && (owner == null || v.usage != Phrase.Usage.NOUN)) {
                    owner = v;
                }
            }
            if (owner == null) {
                leading.add(d);
            } else if (owner.date == null) {
                owner.date = dates.get(d);
            }
        }
        if (!leading.isEmpty() && !verbs.isEmpty() && verbs.get(0).date == null) {
            verbs.get(0).date = dates.get(leading.get(leading.size() - 1));
        }
        for (Verb v : verbs) {
            if (v.reporting) {
                statement(ts, at, units, v, s);
            } else {
                event(ts, at, v, s);
            }
        }
        relations(ts, at, units, s);
        tenure(ts, units);
        Unit subject = verbs.isEmpty() ? null : verbs.get(0).subject;
        if (subject != null && subject.resolved() && subject.actor.type() == ActorType.PERSON) {
            lastPerson = subject.key();
        } else {
            for (Unit u : units) {
                if (u.resolved() && u.actor.type() == ActorType.PERSON && u.kind != Unit.Kind.PRONOUN) {
                    lastPerson = u.key();
                    break;
                }
            }
        }
        if (subject != null && subject.resolved() && subject.actor.type() != ActorType.PERSON
                && subject.actor.type() != ActorType.PLACE) {
            lastThing = subject.key();
        }
        // a sentence whose verb is no trigger has a subject too: "Protesters blocked the road. They ..."
        if (subject == null && !units.isEmpty() && onlyDeterminers(ts, 0, units.get(0).first)
                && !units.get(0).possessive && actsAsSubject(ts, units.get(0))) {
            subject = units.get(0);
        }
        previousSubject = subject != null && subject.resolved() ? subject.actor : null;
    }

    /**
     * Whether a unit is the subject of the verb after it: no preposition before it (or a conjunction: "after
     * Tehran launched"), then a trigger or a past form ("Washington imposed", "Moscow denied"), or an auxiliary or
     * modal ("London has frozen", "Washington would keep"). A form of "be" after it is no action of its own
     * ("Kabul was shelled").
     */
    private boolean actsAsSubject(List<Token> ts, Unit u) {
        if (u.preposition != null && !CLAUSE_BREAKS.contains(u.preposition)) {
            return false;
        }
        int k = u.last + 1;
        boolean auxiliary = false;
        while (k < ts.size() && INTERVENING.contains(ts.get(k).lower())) {
            String w = ts.get(k).lower();
            if (BE.contains(w) || w.equals("to")) {
                return false;
            }
            auxiliary |= BEFORE_BARE_VERB.contains(w) || w.equals("has") || w.equals("have") || w.equals("had");
            k++;
        }
        if (auxiliary) {
            return true;
        }
        if (k >= ts.size() || !ts.get(k).isWord() || ts.get(k).capitalized()) {
            return false;
        }
        return ts.get(k).lower().endsWith("ed") || lex.candidatesAt(ts, k).stream()
                .anyMatch(m -> m.phrase().kind() == Phrase.Kind.TRIGGER && m.phrase().usage() == Phrase.Usage.VERB);
    }

    /**
     * A capital that does something stands for its state: "Paris said", "Washington imposed sanctions", "Tehran's
     * attack". Only as the doer: "in Paris", "protesters in Moscow" and "Kabul was shelled" stay places.
     */
    private void asState(Unit u) {
        if (u == null || u.kind != Unit.Kind.NAME || !u.resolved() || u.actor.type() != ActorType.PLACE) {
            return;
        }
        ActorEntry state = lex.stateOfCapital.get(u.key());
        if (state != null) {
            u.actor = lexiconActor(state);
        }
    }

    /** Adds a unit's actor, mentions and (for a named title) role; files organisations for "the committee". */
    private void record(Unit u, List<Token> ts, int s) {
        for (Unit in : u.inner) {
            record(in, ts, s);
        }
        if (u.organization != null) {
            record(u.organization, ts, s);
        }
        if (!u.resolved() || u.kind == Unit.Kind.PRONOUN) {
            return;
        }
        actors.putIfAbsent(u.key(), u.actor);
        int b = ts.get(u.headFirst).begin();
        int e = ts.get(u.headLast).end();
        mentions.add(new Mention(u.key(), text.span(b, e), text.substring(b, e), s));
        fileHeadNoun(u);
        if (u.kind == Unit.Kind.TITLE && u.named) {
            addRole(u, s);
        }
    }

    /** Resolves "the committee" in a unit (and in the organisation of a title) to the committee named last. */
    private void anaphors(Unit u, List<Token> ts) {
        if (u.organization != null) {
            anaphors(u.organization, ts);
        }
        if (u.kind == Unit.Kind.ANAPHOR) {
            String key = byHeadNoun.get(ts.get(u.headFirst).lower());
            u.actor = key == null ? null : actors.get(key);
        } else {
            fileHeadNoun(u);
        }
    }

    /** Files an organisation under the last word of its name, for a later "the committee". */
    private void fileHeadNoun(Unit u) {
        for (Unit in : u.inner) {
            fileHeadNoun(in);
        }
        if (u.organization != null) {
            fileHeadNoun(u.organization);
        }
        if (!u.resolved()) {
            return;
        }
        actors.putIfAbsent(u.key(), u.actor);
        String label = u.kind == Unit.Kind.INSTITUTION && u.office != null && !u.office.labelsEn().isEmpty()
                ? u.office.labelsEn().get(0)
                : u.actor.type() == ActorType.ORGANIZATION ? u.actor.labelEn() : null;
        if (label != null) {
            String[] w = EnglishLexicon.tokens(label);
            byHeadNoun.put(w[w.length - 1].toLowerCase(Locale.ROOT), u.key());
        }
    }

    private void addRole(Unit u, int s) {
        String person = u.key();
        String org = u.organization == null || !u.organization.resolved() ? null : u.organization.key();
        if (org == null && "true".equals(u.office.property("national"))) {
            ActorEntry e = lex.actors.get(person);
            if (e != null) {
                for (HeldOffice h : e.holds()) {
                    if (h.office().equals(u.office.key())) {
                        org = h.organizationKey();
                        break;
                    }
                }
            }
            if (org == null && focal != null && u.preferredTitle) {
                org = focal.key();
            }
            if (org != null && !actors.containsKey(org) && lex.actors.containsKey(org)) {
                actors.put(org, lexiconActor(lex.actors.get(org)));
            }
        }
        if (org == null || org.equals(person) || !actors.containsKey(org)) {
            return;
        }
        for (RoleDraft r : roles) {
            if (r.person.equals(person) && r.office.key().equals(u.office.key()) && r.organization.equals(org)) {
                r.former |= u.former;
                return;
            }
        }
        Actor o = actors.get(org);
        roles.add(new RoleDraft(person, u.office, org, u.former, s,
                o.type() == ActorType.ORGANIZATION || o.type() == ActorType.GROUP));
    }

    /**
     * A title without a name: the person of an appositive ("Abish, a deputy head of the committee"), else the
     * holder the article or the lexicon knows for the office at the publication date ("the president's website").
     */
    private void resolveTitle(List<Token> ts, Unit u, Unit[] at, int s) {
        if (u.kind != Unit.Kind.TITLE || u.named) {
            return;
        }
        int k = u.first - 1;
        while (k >= 0 && (ARTICLES.contains(ts.get(k).lower()) || lex.cueAt("FormerMarker", ts, k) != null)) {
            k--;
        }
        if (k >= 1 && ts.get(k).is(",") && at[k - 1] != null && at[k - 1].resolved()
                && at[k - 1].actor.type() == ActorType.PERSON) {
            u.actor = at[k - 1].actor;
            u.named = true;
            u.headFirst = u.first;
            return;
        }
        // "The head of the presidential guard, General Abdourahamane Tiani,": the person named right after
        int n = u.last + 2;
        if (n < ts.size() && ts.get(u.last + 1).is(",") && at[n] != null && at[n].first == n && at[n].resolved()
                && at[n].actor.type() == ActorType.PERSON && at[n].kind != Unit.Kind.PRONOUN) {
            u.actor = at[n].actor;
            u.named = true;
            u.headFirst = u.first;
            return;
        }
        boolean explicit = u.organization != null && u.organization.resolved();
        if (!u.preferredTitle && !explicit) {
            return;
        }
        String org = explicit ? u.organization.key()
                : "true".equals(u.office.property("national")) && focal != null ? focal.key() : null;
        if (org == null) {
            return;
        }
        // "the president": the president the article named last, of any country, before the one the lexicon knows
        for (int r = roles.size() - 1; r >= 0; r--) {
            RoleDraft d = roles.get(r);
            boolean sameOrg = explicit ? d.organization.equals(org)
                    : actors.get(d.organization) != null && actors.get(d.organization).type() == ActorType.COUNTRY;
            if (d.office.key().equals(u.office.key()) && sameOrg && d.former == u.former) {
                u.actor = actors.get(d.person);
                return;
            }
        }
        if (published == null) {
            return;
        }
        int year = published.getYear();
        for (ActorEntry e : lex.lexicon.actors()) {
            for (HeldOffice h : e.holds()) {
                if (!h.office().equals(u.office.key()) || !h.organizationKey().equals(org)) {
                    continue;
                }
                boolean holds = (h.since() == null || h.since().year() <= year) && (h.until() == null || h.until().year() >= year);
                boolean held = h.until() != null && h.until().year() <= year;
                if (u.former ? held : holds) {
                    u.actor = lexiconActor(e);
                    return;
                }
            }
        }
    }

    /** he/she/his/her: the last person; it/its: whoever speaks earlier in the sentence, else the last organisation. */
    private void resolvePronouns(List<Token> ts, List<Unit> units, List<Verb> verbs, Unit[] at) {
        List<Unit> all = new ArrayList<>();
        for (Unit u : units) {
            all.addAll(u.inner);
            if (u.organization != null) {
                all.addAll(u.organization.inner);
                all.add(u.organization);
            }
            all.add(u);
        }
        for (Unit u : all) {
            if (u.kind != Unit.Kind.PRONOUN) {
                continue;
            }
            String w = ts.get(u.first).lower();
            if (SUBJECT_PRONOUNS.contains(w) && opensSentence(ts, at, u, verbs)) {
                u.actor = continued(w);
            } else if (PLURAL_PRONOUNS.contains(w)) {
                u.actor = pluralSpeaker(ts, at, u, verbs);
            } else if (PERSON_PRONOUNS.contains(w)) {
                Actor a = lastPerson == null ? null : actors.get(lastPerson);
                for (Unit v : units) {
                    if (v.last < u.first && v.resolved() && v.actor.type() == ActorType.PERSON && v.kind != Unit.Kind.PRONOUN) {
                        a = v.actor;
                    }
                }
                u.actor = a;
            } else if (THING_PRONOUNS.contains(w)) {
                Actor a = null;
                for (Verb v : verbs) {
                    if (v.reporting && v.match.last() < u.first) {
                        Unit sp = subject(ts, at, v, verbs);
                        if (sp != null && sp.resolved() && sp.kind != Unit.Kind.PRONOUN) {
                            a = sp.actor;
                        }
                    }
                }
                if (a == null) {
                    for (Unit v : units) {
                        if (v.last < u.first && v.resolved() && v.kind != Unit.Kind.PRONOUN && !plural(ts, v)
                                && (v.preposition == null || CLAUSE_BREAKS.contains(v.preposition))
                                && (v.actor.type() == ActorType.COUNTRY || v.actor.type() == ActorType.ORGANIZATION)) {
                            a = v.actor;
                        }
                    }
                }
                if (a == null && lastThing != null) {
                    a = actors.get(lastThing);
                }
                u.actor = a;
            }
        }
    }

    /**
     * Whether a subject pronoun is the subject of a verb with no actor named before it in the sentence ("He
     * said", "They were later released"): then it continues the previous sentence's subject.
     */
    private boolean opensSentence(List<Token> ts, Unit[] at, Unit u, List<Verb> verbs) {
        for (int k = 0; k < u.first; k++) {
            if (at[k] != null && at[k] != u) {
                return false;
            }
        }
        for (Verb v : verbs) {
            if (v.match.first() > u.last && subject(ts, at, v, verbs) == u) {
                return true;
            }
        }
        return false;
    }

    /**
     * The previous sentence's subject, when the pronoun agrees with it: "he"/"she" a person, "they" a group. A
     * subject that does not agree, or none, gives no actor: no source is better than a wrong one.
     */
    private Actor continued(String pronoun) {
        if (previousSubject == null) {
            return null;
        }
        boolean plural = PLURAL_PRONOUNS.contains(pronoun);
        ActorType t = previousSubject.type();
        return plural ? (t == ActorType.GROUP ? previousSubject : null) : (t == ActorType.PERSON ? previousSubject : null);
    }

    /** "they" inside what a group said ("the officers said that they had dissolved the government"): the group. */
    private Actor pluralSpeaker(List<Token> ts, Unit[] at, Unit u, List<Verb> verbs) {
        Actor a = null;
        for (Verb v : verbs) {
            if (v.reporting && v.match.last() < u.first) {
                Unit sp = subject(ts, at, v, verbs);
                a = sp != null && sp.resolved() && sp.kind != Unit.Kind.PRONOUN && sp.actor.type() == ActorType.GROUP
                        ? sp.actor : null;
            }
        }
        return a;
    }

    /** Written as a plural common noun ("prosecutors", "Afghan forces"): "it" and "its" cannot stand for it. */
    private static boolean plural(List<Token> ts, Unit u) {
        Token t = ts.get(u.headLast);
        return t.isWord() && !t.capitalized() && t.lower().endsWith("s") && !t.lower().endsWith("ss");
    }

    // ------------------------------------------------------------------ verbs

    /** The trigger words of a sentence outside units, each read as verb, passive, noun or verb of saying. */
    private List<Verb> verbs(List<Token> ts, Unit[] at) {
        List<Verb> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            if (at[i] != null) {
                i = at[i].last + 1;
                continue;
            }
            List<Match> cs = lex.candidatesAt(ts, i).stream().filter(m -> m.phrase().kind() == Phrase.Kind.TRIGGER).toList();
            Verb chosen = null;
            for (Match m : cs) {
                Verb v = read(ts, at, m);
                if (v != null) {
                    chosen = v;
                    break;
                }
            }
            if (chosen == null) {
                i++;
            } else {
                out.add(chosen);
                i = chosen.match.last() + 1;
            }
        }
        return out;
    }

    /** How a trigger candidate reads here, or null when it is not this trigger. */
    private Verb read(List<Token> ts, Unit[] at, Match m) {
        Term t = m.phrase().term();
        boolean afterDeterminer = m.first() > 0 && DETERMINERS.contains(ts.get(m.first() - 1).lower());
        Phrase.Usage usage = m.phrase().usage();
        if (usage == Phrase.Usage.VERB && afterDeterminer) {
            return null;
        }
        if (usage == Phrase.Usage.NOUN && m.phrase().length() == 1 && !afterDeterminer
                && !(m.last() + 1 < ts.size() && ts.get(m.last() + 1).is("of"))) {
            return null;
        }
        for (int k = Math.max(0, m.first() - 2); k < m.first(); k++) {
            if (NEGATIONS.contains(ts.get(k).lower())) {
                return null;
            }
        }
        if (m.phrase().bare() && (m.first() == 0 || !(BEFORE_BARE_VERB.contains(ts.get(m.first() - 1).lower())
                || at[m.first() - 1] != null))) {
            return null;
        }
        String needs = t.property("needsObject");
        if (needs != null && !objectFits(ts, m, needs)) {
            return null;
        }
        Verb v = new Verb();
        v.match = m;
        v.term = t;
        v.usage = usage;
        v.reporting = "true".equals(t.property("reporting"));
        if (usage == Phrase.Usage.VERB && !ts.get(m.first()).lower().endsWith("ing")) {
            int k = m.first() - 1;
            while (k >= 0 && INTERVENING.contains(ts.get(k).lower()) && !BE.contains(ts.get(k).lower())) {
                k--;
            }
            v.passive = k >= 0 && BE.contains(ts.get(k).lower());
        }
        return v;
    }

    /** Whether the words after a trigger hold what it needs: a forces noun, or a quoted word. */
    private boolean objectFits(List<Token> ts, Match m, String needs) {
        for (int k = m.last() + 1; k < ts.size() && k <= m.last() + 8; k++) {
            Token t = ts.get(k);
            if (t.is(";") || t.is(".")) {
                return false;
            }
            if (needs.equals("quotation") ? t.isQuote() : lex.cueAt(needs, ts, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The unit before a verb that is its grammatical subject (for a passive, the one it happens to), or null. */
    private Unit subject(List<Token> ts, Unit[] at, Verb v, List<Verb> verbs) {
        int k = v.match.first() - 1;
        // "and said": the verb shares the subject of the verb before; "and 18 members ... died" has its own
        boolean words = false;
        while (k >= 0) {
            Token t = ts.get(k);
            if (at[k] != null) {
                Unit u = at[k];
                boolean possessivePronoun = u.kind == Unit.Kind.PRONOUN && POSSESSIVES.contains(ts.get(u.first).lower());
                // "two days after prosecutors charged him": before a verb, "after" opens a clause, it is no preposition
                boolean conjunction = u.preposition != null && CLAUSE_BREAKS.contains(u.preposition);
                if ((u.preposition == null || conjunction) && !u.possessive && !possessivePronoun) {
                    return u;
                }
                k = u.first - 1;
                words = true;
                continue;
            }
            if (t.is(",") || t.is(")")) {
                Unit owner = appositiveOwner(ts, at, k);
                if (owner != null) {
                    return owner;
                }
                if (t.is(")")) {
                    k--;
                    continue;
                }
                return null;
            }
            if (RELATIVES.contains(t.lower())) {
                int j = k - 1;
                if (j >= 0 && ts.get(j).is(",")) {
                    j--;
                }
                return j >= 0 && at[j] != null ? at[j] : null;
            }
            if (t.is("and") && words) {
                return null;
            }
            if (t.is("and")) {
                Verb prev = null;
                for (Verb p : verbs) {
                    if (p.match.last() < k) {
                        prev = p;
                    }
                }
                if (prev != null) {
                    return subject(ts, at, prev, verbs);
                }
                // "officers seized power and placed the president under house arrest": the first verb is no
                // trigger, its subject is still this one's
                words = true;
                k--;
                continue;
            }
            if (CLAUSE_BREAKS.contains(t.lower()) || t.isQuote() || (k != v.match.first() - 1 && verbAt(verbs, k))) {
                return null;
            }
            if (t.is("that") || t.is("-")) {
                return null;
            }
            words |= !INTERVENING.contains(t.lower());
            k--;
        }
        return null;
    }

    private static boolean verbAt(List<Verb> verbs, int k) {
        for (Verb v : verbs) {
            if (v.match.first() <= k && k <= v.match.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a comma (or closing bracket) at k that may close an appositive ("Massimov, a close ally of ..., was"):
     * the unit before the comma that opens it, which is followed by a determiner, a relative pronoun or a
     * number, or null.
     */
    private Unit appositiveOwner(List<Token> ts, Unit[] at, int k) {
        for (int j = k - 1; j >= 1; j--) {
            Token t = ts.get(j);
            if (t.is(";") || t.isQuote()) {
                return null;
            }
            // ", a close ally of", ", who", ", 62,", and a title: ", leader of the Sunrise party,"
            boolean opens = (t.is(",") && j + 1 < ts.size() && (APPOSITIVE_OPENERS.contains(ts.get(j + 1).lower())
                    || ts.get(j + 1).kind() == Token.Kind.NUMBER
                    || at[j + 1] != null && at[j + 1].kind == Unit.Kind.TITLE && at[j + 1].first == j + 1))
                    || t.is("(");
            if (!opens) {
                continue;
            }
            int o = j - 1;
            if (ts.get(o).is(")")) {
                while (o >= 0 && !ts.get(o).is("(")) {
                    o--;
                }
                o--;
            }
            if (o >= 0 && at[o] != null && at[o].preposition == null) {
                return at[o];
            }
        }
        return null;
    }

    private void event(List<Token> ts, Unit[] at, Verb v, int s) {
        Term t = v.term;
        boolean noTarget = "true".equals(t.property("noTarget"));
        List<String> markers = EnglishLexicon.values(t.property("targetMarker"));
        boolean forces = "ForcesNoun".equals(t.property("needsObject"));
        Unit source = null;
        Unit target = null;
        Unit place = null;
        Unit owner = null;
        List<Quantity> quantities = new ArrayList<>();
        int end = clauseEnd(ts, at, v.match.last() + 1);
        if (v.usage == Phrase.Usage.NOUN) {
            int k = v.match.first() - 1;
            if (k >= 1 && ts.get(k).is("'s") && at[k - 1] != null) {
                source = at[k - 1];
            }
            // "its first direct attack on Israel": the owner's pronoun, past a few adjectives
            for (int j = k; source == null && j >= 0 && j >= k - 3; j--) {
                if (at[j] != null && at[j].kind == Unit.Kind.PRONOUN && POSSESSIVES.contains(ts.get(j).lower())) {
                    source = at[j];
                } else if (!ts.get(j).isWord() || ts.get(j).capitalized() || DETERMINERS.contains(ts.get(j).lower())
                        || at[j] != null) {
                    break;
                }
            }
            int j = v.match.last() + 1;
            if (j < ts.size() && ts.get(j).is("of")) {
                j++;
            }
            if (j < ts.size() && ts.get(j).is("the")) {
                j++;
            }
            if (j < ts.size() && at[j] != null) {
                target = at[j];
            }
            // "clashes between protesters and police": the first is the source, the second the target
            List<String> pairMarkers = EnglishLexicon.values(t.property("pairMarker"));
            if (target != null && source == null && pairMarkers.contains(ts.get(v.match.last()).lower())) {
                source = target;
                int and = source.last + 1;
                target = and + 1 < ts.size() && ts.get(and).is("and") ? at[and + 1] : null;
            }
        } else if (v.passive || v.usage == Phrase.Usage.PATIENT) {
            target = v.subject;
            for (int k = v.match.last() + 1; k < end; k++) {
                Match agent = lex.cueAt("AgentMarker", ts, k);
                Unit by = agent == null ? null : unitAfter(ts, at, agent.last() + 1);
                if (by != null) {
                    source = by;
                    break;
                }
            }
            Numbers.Found n = numberBefore(ts, at, v.match.first());
            if (n != null) {
                quantities.add(quantity(ts, n, t.property("counts"), true));
            }
        } else {
            source = v.subject;
            // "imposed sanctions on X": the marker ends the trigger, so what follows it is the target
            boolean endsInMarker = markers.contains(ts.get(v.match.last()).lower());
            for (int k = v.match.last() + 1; k < end; k++) {
                Unit u = at[k];
                if (u == null) {
                    continue;
                }
                k = u.last;
                // an owner right after the verb stands for what it owns ("called Blinken's remarks offensive"); further
                // on it is no object ("called on all sides to ensure Bongo's safety")
                boolean direct = onlyDeterminers(ts, v.match.last() + 1, u.first) || u.preposition == null && !u.possessive;
                if (!direct && markers.contains(u.preposition)) {
                    target = u;
                    break;
                }
                if (direct && target == null && !forces && !noTarget) {
                    target = u;
                    if (markers.isEmpty() || endsInMarker && u.first == v.match.last() + 1) {
                        break;
                    }
                } else if (direct && forces && owner == null) {
                    owner = u;
                }
            }
            quantities.addAll(numbersAfter(ts, v.match.last() + 1, end, t.property("counts")));
            // "Pakistani and Afghan forces exchanged fire": a two-sided verb with two subjects, one on each side
            Unit other = source == null || target != null || EnglishLexicon.values(t.property("pairMarker")).isEmpty()
                    ? null : conjoinedBefore(ts, at, source);
            if (other != null) {
                target = source;
                source = other;
            }
        }
        if (noTarget) {
            target = null;
        }
        for (int k = v.match.last() + 1; k < end; k++) {
            Unit u = at[k];
            if (u != null && u != target && u.preposition != null && LOCATIVE.contains(u.preposition) && u.resolved()
                    && (u.actor.type() == ActorType.PLACE || u.actor.type() == ActorType.COUNTRY)) {
                place = u;
                break;
            }
        }
        String sourceKey = key(source);
        String targetKey = key(target);
        if (sourceKey == null && owner != null) {
            sourceKey = owner.kind == Unit.Kind.DEMONYM || owner.inner.isEmpty() ? key(owner) : key(owner.inner.get(0));
        }
        String placeKey = key(place);
        if (targetKey != null && actors.get(targetKey).type() == ActorType.PLACE && (forces || markers.contains(target.preposition))) {
            placeKey = targetKey;
            ActorEntry c = countryOf(targetKey);
            targetKey = c == null ? null : c.key();
            if (c != null) {
                actors.putIfAbsent(c.key(), lexiconActor(c));
            }
        }
        if (targetKey == null && forces && focal != null && !focal.key().equals(sourceKey)) {
            targetKey = focal.key();
            actors.putIfAbsent(focal.key(), lexiconActor(focal));
        }
        if (Objects.equals(sourceKey, targetKey)) {
            targetKey = null;
        }
        if (sourceKey == null && targetKey == null && placeKey == null && quantities.isEmpty()) {
            return;
        }
        String charge = charge(ts, v.match.last() + 1, end);
        int known = (sourceKey != null ? 1 : 0) + (targetKey != null || noTarget ? 1 : 0);
        double confidence = known == 2 ? 0.8 : known == 1 ? 0.6 : 0.4;
        int b = ts.get(v.match.first()).begin();
        int e = ts.get(v.match.last()).end();
        List<String> sources = new ArrayList<>();
        if (source != null && v.usage == Phrase.Usage.VERB && !v.passive) {
            for (Unit other : coSubjects(ts, at, source)) {
                String k = key(other);
                if (k != null && !k.equals(targetKey) && !k.equals(sourceKey)) {
                    sources.add(k);
                }
            }
        }
        sources.add(sourceKey);
        for (String src : sources) {
            events.add(new Event(t.property("cameoCode"), t.key(), text.span(b, e), src, targetKey, placeKey, v.date,
                    quantities, charge, s, confidence));
        }
    }

    /**
     * The other subjects of a list that ends in this one ("The United States and Britain imposed", "U.S.,
     * Britain impose"), first to last: actors joined by "and" or a comma, none of them a place or after a
     * preposition; a comma joins only where the list starts the clause, so an appositive is no list.
     */
    private List<Unit> coSubjects(List<Token> ts, Unit[] at, Unit last) {
        List<Unit> out = new ArrayList<>();
        Unit u = last;
        while (true) {
            int k = u.first - 1;
            if (k < 1 || !(ts.get(k).is("and") || ts.get(k).is(",")) || at[k - 1] == null) {
                break;
            }
            Unit prev = at[k - 1];
            if (!prev.resolved() || prev.preposition != null || prev.possessive || prev.kind == Unit.Kind.PRONOUN
                    || prev.actor.type() == ActorType.PLACE) {
                break;
            }
            if (ts.get(k).is(",") && !onlyDeterminers(ts, 0, prev.first) && !(prev.first > 0
                    && (ts.get(prev.first - 1).is(",") || ts.get(prev.first - 1).is("and")))) {
                break;
            }
            out.add(0, prev);
            u = prev;
        }
        return out;
    }

    /** The unit joined by "and" right before a subject ("Pakistani and Afghan ..."), or null. */
    private static Unit conjoinedBefore(List<Token> ts, Unit[] at, Unit u) {
        int k = u.first - 1;
        while (k >= 0 && at[k] != null && at[k].kind == Unit.Kind.DEMONYM) {
            k = at[k].first - 1;
        }
        return k >= 1 && ts.get(k).is("and") && at[k - 1] != null && at[k - 1].preposition == null ? at[k - 1] : null;
    }

    /** Whether tokens from..to (exclusive) are determiners only: "called on the soldiers" has a direct object. */
    private static boolean onlyDeterminers(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!DETERMINERS.contains(ts.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private String key(Unit u) {
        if (u == null || !u.resolved()) {
            return null;
        }
        actors.putIfAbsent(u.key(), u.actor);
        return u.key();
    }

    /** Where the clause after a verb ends: at ; or : or a closing quote, or a comma before a new subject and verb. */
    private int clauseEnd(List<Token> ts, Unit[] at, int from) {
        for (int k = from; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.is(";") || t.is(":") || t.is(".") || t.isQuote() || t.is("but") || t.is("while") || t.is("which")
                    || t.is("who") || (t.is("and") && k + 1 < ts.size() && ts.get(k + 1).is("that"))) {
                return k;
            }
            // a name set off by commas or ending a list goes on with the clause: "arrested his son, Noureddin
            // Bongo Valentin, and six officials"
            int nameEnd = k + 1 < ts.size() && at[k + 1] != null ? at[k + 1].last : k + 1;
            if (t.is(",") && k + 1 < ts.size() && !ts.get(k + 1).is("and")
                    && !(ts.get(k + 1).isWord() && ts.get(k + 1).capitalized() && nameEnd + 1 < ts.size()
                    && (ts.get(nameEnd + 1).is(",") || ts.get(nameEnd + 1).is("and")))) {
                return k;
            }
        }
        return ts.size();
    }

    /** A number that is the subject of a passive verb at {@code verb} ("26 protesters had been killed"). */
    private Numbers.Found numberBefore(List<Token> ts, Unit[] at, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            Token t = ts.get(k);
            if (t.is(";") || t.is("and") || t.isQuote() || verbToken(ts, k)) {
                return null;
            }
            if (Numbers.at(lex, ts, k) != null) {
                int first = k;
                while (first > 0 && Numbers.at(lex, ts, first - 1) != null) {
                    first--;
                }
                for (int a = Math.max(0, first - 3); a < first; a++) {
                    Match m = lex.cueAt("ApproximateMarker", ts, a);
                    if (m != null && m.last() == first - 1) {
                        first = a;
                        break;
                    }
                }
                Numbers.Found n = Numbers.at(lex, ts, first);
                return n != null && !year(ts, n) ? n : null;
            }
        }
        return null;
    }

    private boolean verbToken(List<Token> ts, int k) {
        return lex.candidatesAt(ts, k).stream().anyMatch(m -> m.phrase().kind() == Phrase.Kind.TRIGGER
                && "true".equals(m.phrase().term().property("reporting")));
    }

    /** Numbers in the object of an active verb: "sent 150 troops and eight armoured vehicles". */
    private List<Quantity> numbersAfter(List<Token> ts, int from, int end, String counts) {
        List<Quantity> out = new ArrayList<>();
        for (int k = from; k < end; k++) {
            if (lex.months.containsKey(ts.get(k).lower())) {
                k += 2;
                continue;
            }
            Numbers.Found n = Numbers.at(lex, ts, k);
            if (n == null) {
                continue;
            }
            if (!year(ts, n) && (n.last() + 1 < ts.size() && countedAt(ts, n.last() + 1) != null || counts != null)) {
                Match c = n.last() + 1 < ts.size() ? countedAt(ts, n.last() + 1) : null;
                if (c != null || ts.get(n.first()).kind() == Token.Kind.NUMBER) {
                    out.add(quantity(ts, n, counts, false));
                }
            }
            k = n.last();
        }
        return out;
    }

    private Match countedAt(List<Token> ts, int k) {
        for (int d = 0; d < 3 && k + d < ts.size(); d++) {
            Match c = lex.cueAt("CountedNoun", ts, k + d);
            if (c != null) {
                return c;
            }
            if (!ts.get(k + d).isWord() || ts.get(k + d).capitalized()) {
                return null;
            }
        }
        return null;
    }

    /**
     * A number that is a year: "in 2019", or "the 2019 election", where no counted noun follows ("2019 people"
     * counts people).
     */
    private boolean year(List<Token> ts, Numbers.Found n) {
        Token t = ts.get(n.last());
        if (n.first() != n.last() || t.kind() != Token.Kind.NUMBER || !YEAR.matcher(t.text()).matches()) {
            return false;
        }
        return n.first() > 0 && BEFORE_YEAR.contains(ts.get(n.first() - 1).lower())
                || n.last() + 1 < ts.size() && countedAt(ts, n.last() + 1) == null;
    }

    /**
     * A quantity: what it counts is what the verb does to the subject of a passive ("26 protesters were killed":
     * killed), else the counted noun ("sent 150 troops": soldiers).
     */
    private Quantity quantity(List<Token> ts, Numbers.Found n, String verbCounts, boolean patient) {
        Match c = n.last() + 1 < ts.size() ? countedAt(ts, n.last() + 1) : null;
        String noun = c == null ? null : c.phrase().term().property("counts");
        String counts = patient && verbCounts != null ? verbCounts
                : noun != null && !noun.equals("people") ? noun
                : verbCounts != null ? verbCounts : noun != null ? noun : "people";
        int b = ts.get(n.first()).begin();
        int e = ts.get(n.last()).end();
        return new Quantity(n.value(), counts, n.approximate(), text.span(b, e));
    }

    /** "on suspicion of high treason": the words after a charge marker, up to the end of the phrase. */
    private String charge(List<Token> ts, int from, int end) {
        for (int k = from; k < end; k++) {
            Match m = lex.cueAt("ChargeMarker", ts, k);
            if (m == null) {
                continue;
            }
            int j = m.last() + 1;
            int last = j;
            while (last < ts.size() && ts.get(last).isWord() && !PREPOSITIONS.contains(ts.get(last).lower())
                    && !ts.get(last).is("and") && last - j < 5) {
                last++;
            }
            if (last > j) {
                return text.substring(ts.get(j).begin(), ts.get(last - 1).end());
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Token> ts, Unit[] at, List<Unit> units, Verb v, int s) {
        Unit speaker = v.subject;
        if (speaker == null && v.match.last() + 1 < ts.size()) {
            speaker = at[v.match.last() + 1];
        }
        if (speaker == null || !speaker.resolved() || speaker.preposition != null) {
            return;
        }
        String medium = null;
        int end = ts.size();
        for (int k = v.match.last() + 1; k < end; k++) {
            if (ts.get(k).is("that")) {
                break;
            }
            Match m = lex.mediumAt(ts, k);
            if (m != null) {
                medium = m.phrase().term().key();
                k = m.last();
            }
        }
        String quote = null;
        Span quoteSpan = null;
        int open = -1;
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).isQuote()) {
                if (open < 0) {
                    open = k;
                } else {
                    if (k > open + 1) {
                        int b = ts.get(open + 1).begin();
                        int e = ts.get(k - 1).end();
                        quote = text.substring(b, e);
                        quoteSpan = text.span(b, e);
                    }
                    break;
                }
            }
        }
        Set<String> about = new LinkedHashSet<>();
        for (Unit u : units) {
            if (u.resolved() && u.kind != Unit.Kind.PRONOUN && !u.key().equals(speaker.key())) {
                about.add(key(u));
            }
        }
        statements.add(new Statement(key(speaker), medium, v.date, quote, quoteSpan, List.copyOf(about), s));
    }

    // ------------------------------------------------------------------ relations, tenure, dates

    private void relations(List<Token> ts, Unit[] at, List<Unit> units, int s) {
        for (int k = 0; k < ts.size(); k++) {
            Match m = lex.cueAt("MembershipCue", ts, k);
            if (m != null && at[k] == null) {
                boolean membersAfter = "members-after".equals(m.phrase().term().property("direction"));
                if (membersAfter) {
                    Unit org = null;
                    for (Unit u : units) {
                        if (u.last < k && u.resolved() && u.actor.type() == ActorType.ORGANIZATION) {
                            org = u;
                        }
                    }
                    if (org != null) {
                        for (Unit member : list(ts, at, m.last() + 1)) {
                            relation(member, Relation.Kind.MEMBER_OF, org, null, s);
                        }
                    }
                } else if (m.last() + 1 < ts.size() && m.first() > 0
                        && (ARTICLES.contains(ts.get(m.first() - 1).lower()) || BE.contains(ts.get(m.first() - 1).lower()))) {
                    // "a member of", "are members of"; "18 members of the security forces" is a count
                    Unit org = unitAfter(ts, at, m.last() + 1);
                    Unit member = ownerBefore(ts, at, m.first());
                    relation(member, Relation.Kind.MEMBER_OF, org, null, s);
                }
                k = m.last();
                continue;
            }
            Match noun = lex.cueAt("PersonNoun", ts, k);
            String nounRelation = noun == null ? null : noun.phrase().term().property("relation");
            if (nounRelation != null && k >= 2 && ts.get(k - 1).is("'s") && at[k - 2] != null
                    && noun.last() + 2 < ts.size() && ts.get(noun.last() + 1).is(",") && at[noun.last() + 2] != null) {
                // "Bongo's son, Noureddin Bongo Valentin": the named one is the owner's relative
                relation(at[noun.last() + 2], Relation.Kind.valueOf(nounRelation), at[k - 2],
                        noun.phrase().term().property("relationDetail"), s);
                k = noun.last();
                continue;
            }
            Match kin = lex.cueAt("KinshipCue", ts, k);
            Match ally = kin == null ? lex.cueAt("AllyCue", ts, k) : null;
            Match cue = kin != null ? kin : ally;
            if (cue != null) {
                Unit subject = ownerBefore(ts, at, cue.first());
                Unit object = unitAfter(ts, at, cue.last() + 1);
                if (kin != null) {
                    Relation.Kind kind = Relation.Kind.valueOf(kin.phrase().term().property("relation"));
                    relation(subject, kind, object, kin.phrase().term().property("relationDetail"), s);
                } else {
                    relation(subject, Relation.Kind.ALLY_OF, object, null, s);
                }
                k = cue.last();
            }
        }
    }

    /** The actors of a list "Russia, Belarus, Armenia and Tajikistan" starting at token k. */
    private List<Unit> list(List<Token> ts, Unit[] at, int k) {
        List<Unit> out = new ArrayList<>();
        while (k < ts.size()) {
            if (at[k] == null || !at[k].resolved()) {
                break;
            }
            out.add(at[k]);
            k = at[k].last + 1;
            if (k < ts.size() && (ts.get(k).is(",") || ts.get(k).is("and"))) {
                k++;
                if (k < ts.size() && ts.get(k).is("and")) {
                    k++;
                }
            } else {
                break;
            }
        }
        return out;
    }

    /** The unit at token k, past an article and a marker of a former office ("of former President X"). */
    private Unit unitAfter(List<Token> ts, Unit[] at, int k) {
        while (k < ts.size() && at[k] == null && (ARTICLES.contains(ts.get(k).lower()) || lex.cueAt("FormerMarker", ts, k) != null)) {
            k++;
        }
        return k < ts.size() ? at[k] : null;
    }

    /** Whose appositive a cue stands in ("Abish, a deputy head ... and a nephew of"), else the clause's subject. */
    private Unit ownerBefore(List<Token> ts, Unit[] at, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (ts.get(j).is(",")) {
                return j > 0 && at[j - 1] != null && at[j - 1].preposition == null ? at[j - 1] : null;
            }
            if (ts.get(j).is(";") || ts.get(j).isQuote()) {
                return null;
            }
        }
        for (int j = 0; j < k; j++) {
            if (at[j] != null && at[j].preposition == null) {
                return at[j];
            }
        }
        return null;
    }

    private void relation(Unit a, Relation.Kind kind, Unit b, String detail, int s) {
        String ka = key(a);
        String kb = key(b);
        if (ka == null || kb == null || ka.equals(kb)) {
            return;
        }
        Relation r = new Relation(ka, kind, kb, detail, s);
        if (!relations.contains(r)) {
            relations.add(r);
        }
    }

    /** "He had held the post since 2016": the person's latest role began then. */
    private void tenure(List<Token> ts, List<Unit> units) {
        for (int k = 0; k < ts.size(); k++) {
            Match m = lex.cueAt("TenureCue", ts, k);
            if (m == null) {
                continue;
            }
            String person = null;
            for (Unit u : units) {
                if (u.last < k && u.resolved() && u.actor.type() == ActorType.PERSON) {
                    person = u.key();
                }
            }
            int j = m.last() + 1;
            if (person == null || j >= ts.size()) {
                return;
            }
            PartialDate since = null;
            List<int[]> spots = new ArrayList<>();
            List<PartialDate> ds = dates(ts.subList(j, Math.min(ts.size(), j + 4)), spots);
            if (!ds.isEmpty()) {
                since = ds.get(0);
            } else if (digits(ts.get(j), 4)) {
                since = PartialDate.ofYear(Integer.parseInt(ts.get(j).text()));
            }
            for (int r = roles.size() - 1; r >= 0 && since != null; r--) {
                if (roles.get(r).person.equals(person)) {
                    roles.get(r).since = since;
                    break;
                }
            }
            return;
        }
    }

    /**
     * The dates a sentence gives, with where each stands ({@code spots}: first and last token): weekdays
     * (resolved against the publication date), "Jan. 6", "January 6, 2022", "6 January", "May 1992", "in 2019",
     * "yesterday". A date right before a dash is a dateline, not the date of anything.
     */
    private List<PartialDate> dates(List<Token> ts, List<int[]> spots) {
        List<PartialDate> out = new ArrayList<>();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            PartialDate d = null;
            int last = k;
            int first = k;
            Integer weekday = t.capitalized() ? lex.weekdays.get(t.lower()) : null;
            Integer month = t.capitalized() ? lex.months.get(t.lower()) : null;
            Match word = lex.cueAt("DateWord", ts, k);
            if (weekday != null && published != null) {
                RelativeDates.Direction dir = RelativeDates.Direction.BARE;
                if (k > 0 && lex.cueAt("LastMarker", ts, k - 1) != null) {
                    dir = RelativeDates.Direction.LAST;
                    first = k - 1;
                } else if (k > 0 && lex.cueAt("NextMarker", ts, k - 1) != null) {
                    dir = RelativeDates.Direction.NEXT;
                    first = k - 1;
                }
                d = PartialDate.of(RelativeDates.weekday(published, DayOfWeek.of(weekday), dir));
            } else if (month != null && !(t.is("may") && (k == 0 || !ts.get(k - 1).is("in")) && !(k + 1 < ts.size()
                    && ts.get(k + 1).kind() == Token.Kind.NUMBER))) {
                int j = k + 1;
                if (j < ts.size() && ts.get(j).is(".")) {
                    j++;
                }
                if (j < ts.size() && digits(ts.get(j), 1, 2)) {
                    int day = Integer.parseInt(ts.get(j).text());
                    last = j;
                    int y = j + 1;
                    if (y < ts.size() && ts.get(y).is(",")) {
                        y++;
                    }
                    if (y < ts.size() && digits(ts.get(y), 4)) {
                        int year = Integer.parseInt(ts.get(y).text());
                        d = valid(year, month, day) ? new PartialDate(year, month, day) : null;
                        last = y;
                    } else if (published != null) {
                        d = RelativeDates.monthDay(published, month, day);
                    }
                } else if (j < ts.size() && digits(ts.get(j), 4)) {
                    d = new PartialDate(Integer.parseInt(ts.get(j).text()), month, null);
                    last = j;
                } else if (published != null && k > 0 && ts.get(k - 1).is("in")) {
                    d = RelativeDates.month(published, month);
                }
                if (d != null && k > 0 && digits(ts.get(k - 1), 1, 2)) {
                    first = k - 1;
                }
            } else if (digits(t, 1, 2) && k + 1 < ts.size()
                    && ts.get(k + 1).capitalized() && lex.months.containsKey(ts.get(k + 1).lower())) {
                int day = Integer.parseInt(t.text());
                int m = lex.months.get(ts.get(k + 1).lower());
                last = k + 1;
                if (k + 2 < ts.size() && digits(ts.get(k + 2), 4)) {
                    int year = Integer.parseInt(ts.get(k + 2).text());
                    d = valid(year, m, day) ? new PartialDate(year, m, day) : null;
                    last = k + 2;
                } else if (published != null) {
                    d = RelativeDates.monthDay(published, m, day);
                }
            } else if (word != null && published != null) {
                d = PartialDate.of(published.plusDays(Long.parseLong(word.phrase().term().property("dayOffset"))));
                last = word.last();
            } else if (t.kind() == Token.Kind.NUMBER && YEAR.matcher(t.text()).matches() && k > 0 && ts.get(k - 1).is("in")) {
                d = PartialDate.ofYear(Integer.parseInt(t.text()));
            }
            if (d == null) {
                continue;
            }
            boolean dateline = last + 1 < ts.size() && DASHES.contains(ts.get(last + 1).text());
            if (!dateline) {
                out.add(d);
                spots.add(new int[] {first, last});
            }
            k = last;
        }
        return out;
    }

    /** A number token of {@code n} digits. */
    private static boolean digits(Token t, int n) {
        return digits(t, n, n);
    }

    private static boolean digits(Token t, int min, int max) {
        return t.kind() == Token.Kind.NUMBER && t.text().length() >= min && t.text().length() <= max
                && t.text().chars().allMatch(Character::isDigit);
    }

    private static boolean valid(int year, int month, int day) {
        return year >= 1 && year <= 9999 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }
}

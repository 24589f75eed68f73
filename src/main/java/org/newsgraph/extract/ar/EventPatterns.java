package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.Term;

/**
 * Phrasings of wire reports of coups and their aftermath that decide an event's arguments: a demand naming both
 * whom it is addressed to and what it asks, the acts of a coup announcement given as one list of verbal nouns, a
 * body dissolved as the object of its noun, a subject set off from its verb by a relative clause, a passive whose
 * words end with a preposition, and a sentence whose penalty is another trigger's noun. Used by
 * {@link EventFinder}; offsets are token indexes of a sentence.
 */
final class EventPatterns extends Stage {

    /** لكن with the pronoun of its subject, with or without و. */
    private static final java.util.Set<String> BUT_PRONOUNS = java.util.Set.of("لكنه", "لكنها", "لكنهم", "ولكنه",
            "ولكنها", "ولكنهم");

    private final Arguments arguments;

    EventPatterns(Stage shared, Arguments arguments) {
        super(shared);
        this.arguments = arguments;
    }

    /**
     * "أعلن العسكريون الاستيلاء على السلطة وعزل الرئيس وحل الحكومة": a form that is both a verb and a verbal noun,
     * joined by و to the verbal noun of an event before it in its clause with no punctuation between (or after a
     * comma, to the same word before it in its clause), is one more noun of that list, not a verb whose subject
     * follows (the president would be the dissolution's agent).
     */
    boolean coordinatedNoun(int s, int t, Match m, int[] clause, List<EventDraft> before) {
        if (!m.prefix().startsWith("و") || !lex.isAlsoNoun(m)) {
            return false;
        }
        if (t > 0 && COMMAS.contains(tok(s, t - 1).norm()) && sameTriggerBefore(s, t, m)) {
            // "أعلن الجيش حل الحزب الحاكم، أكبر أحزاب البلاد، وحل البرلمان": the same word of the list again, past an
            // apposition set off by commas (a body the lexicon does not read gave the first no event)
            for (int k = t - 1; k >= 0; k--) {
                Match o = at(s, k);
                if (isKind(o, Phrase.Kind.TRIGGER) && o.phrase().term() == m.phrase().term()) {
                    return clause[k] == clause[t];
                }
            }
        }
        if (before.isEmpty()) {
            return false;
        }
        EventDraft e = before.get(before.size() - 1);
        if (e.voice != Phrase.Voice.NOUN || clause[e.at] != clause[t] || e.at >= t) {
            return false;
        }
        for (int k = e.at; k < t; k++) {
            if (tok(s, k).isPunct() && !isQuote(tok(s, k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "حل الحكومة والبرلمان": for a verbal noun that needs an object of a cue class, the actor in the genitive after
     * it when that actor is itself such an object (the body dissolved), its target; null otherwise (the forces of a
     * deployment are not whom it targets). For a trigger whose object belongs to its target (lexv:objectOwner:
     * تعليق عضوية مالي), the actor in the genitive of that object.
     */
    Unit neededActor(int s, int from, String needs, boolean objectOwner, int[] clause, List<Unit> us) {
        Unit g = arguments.genitive(s, from, clause, us);
        if (g != null && cue(s, g.first, needs) != null) {
            return g;
        }
        if (g == null && objectOwner && from < size(s) && cue(s, from, needs) != null) {
            return describedOwner(s, lastOf(s, cue(s, from, needs)) + 1);
        }
        return g != null && objectOwner && g.first == from + 1 && cue(s, from, needs) != null ? g : null;
    }

    /**
     * "علقت المنظمة (إيكواس) عضوية مالي في هيئاتها": for a verb whose object belongs to its target (lexv:objectOwner),
     * the actor in the genitive of that object when the object is the first word after the verb and its subject (a
     * bracketed acronym may stand between); null otherwise.
     */
    Unit ownerOfObject(int s, EventDraft d, int from, String needs, int[] clause, List<Unit> us) {
        int k = d.source != null && d.source.first >= from ? d.source.last + 1 : from;
        boolean bracket = false;
        for (; k < size(s) && clause[k] == clause[from - 1]; k++) {
            String w = tok(s, k).norm();
            if ("(".equals(w) || ")".equals(w)) {
                bracket = "(".equals(w);
                continue;
            }
            if (bracket) {
                continue;
            }
            Match time = cue(s, k, Cues.DAY_PART) != null ? cue(s, k, Cues.DAY_PART)
                    : cue(s, k, Cues.DATE_WORD) != null ? cue(s, k, Cues.DATE_WORD) : cue(s, k, Cues.WEEKDAY);
            if (time != null) {
                // "أسقطت مقاتلات تركية صباح أمس طائرة روسية": the time of the act stands between it and its object
                k = lastOf(s, time);
                continue;
            }
            Match object = cue(s, k, needs);
            if (object == null) {
                return null;
            }
            return neededActor(s, k, needs, true, clause, us);
        }
        return null;
    }

    /**
     * "طائرة حربية روسية"، "طائرة مسيرة تابعة لحزب الله": whose an object is, told after one word describing it by
     * the state its nisba names or by the owner after a word of belonging; null otherwise.
     */
    private Unit describedOwner(int s, int k) {
        if (k < size(s) && cover.get(s)[k] == null && tok(s, k).isWord() && cue(s, k, Cues.PREPOSITION) == null
                && cue(s, k, Cues.BELONGING_WORD) == null) {
            k++;
        }
        Match belonging = k < size(s) ? cue(s, k, Cues.BELONGING_WORD) : null;
        int at = belonging != null ? lastOf(s, belonging) + 1 : k;
        Unit u = at < size(s) ? cover.get(s)[at] : null;
        if (u == null || u.first != at || u.type == ActorType.PLACE || u.locative) {
            return null;
        }
        return belonging != null || u.type == ActorType.COUNTRY && !u.prepositional ? u : null;
    }

    /**
     * "أعلنت الرباط أنها استدعت سفيرتها في مدريد"، "سحبت سفيرها لدى إثيوبيا"، "استدعت سفيرها من العاصمة X"، "قررت
     * استدعاء سفيرها فلان الفلاني في العاصمة X"، "أعلنت خارجية البلد X استدعاء سفير البلد X لدى البلد Y": a body's
     * own envoy (the diplomat noun with a pronoun, or with its own state after it, see ownEnvoyAt) recalled or
     * withdrawn is called home from the country where posted (after في or لدى, or من that he leaves, his own name
     * between; a capital standing for its state), the act's target; null when no such envoy follows within the
     * clause, or no posting is named (استدعت سفيرها إلى العاصمة: home, where he goes).
     */
    Unit postedIn(int s, int from, int[] clause, Unit source) {
        int at = ownEnvoyAt(s, from, clause, source);
        if (at < 0) {
            return null;
        }
        int j = pastOwnState(s, lastOf(s, cue(s, at, Cues.DIPLOMAT_NOUN)) + 1, source);
        Unit name = ownEnvoyName(s, from, clause, source);
        if (name != null && !postedMarker(s, j)) {
            j = name.last + 1;
        }
        if (!postedMarker(s, j)) {
            return null;
        }
        Unit where = arguments.unitWithin(s, j + 1, 0);
        if (where == null && name != null && name.last > j) {
            // "سفيرها لدى البلد X فلان الفلاني": the envoy's name took his post in as his title, so the state there
            // is in his span, named by the lexicon's form at that word
            Match m = at(s, j + 1);
            if (isActor(m, ActorType.COUNTRY) || isActor(m, ActorType.PLACE)) {
                where = new Unit(s, j + 1, lastOf(s, m), m.begin(), m.end());
                where.actor(m.phrase().actor());
            }
        }
        return where == null ? null : arguments.countryOf(where);
    }

    /**
     * "القائم بالأعمال العراقي من العاصمة X": the state (a capital standing for it) after من right at {@code j}, which
     * an envoy named just before is recalled from; null otherwise. Not after في or لدى: "السفير البلجيكي في العاصمة
     * X" is as often a foreign envoy summoned where he is posted, the summoner's own capital.
     */
    Unit postedAfter(int s, int j) {
        Unit where = postedMarker(s, j) && tok(s, j).norm().equals("من") ? arguments.unitWithin(s, j + 1, 0) : null;
        return where == null ? null : arguments.countryOf(where);
    }

    private boolean postedMarker(int s, int j) {
        return j + 1 < size(s) && POSTED_MARKERS.contains(tok(s, j).norm());
    }

    /** The words before the place an envoy is posted in or recalled from (في، لدى، من), normalised. */
    private static final Set<String> POSTED_MARKERS = Set.of("في", "لدي", "من");

    /**
     * "استدعت سفيرها جويل ماير": the person named right after a body's own envoy recalled (the diplomat noun with a
     * pronoun), the envoy himself, no one the recall is aimed at; null when none is named there.
     */
    Unit ownEnvoyName(int s, int from, int[] clause, Unit source) {
        int at = ownEnvoyAt(s, from, clause, source);
        if (at < 0) {
            return null;
        }
        // (the name may start right after the noun or take the noun in as his title: سفيرها فلان الفلاني)
        int j = pastOwnState(s, lastOf(s, cue(s, at, Cues.DIPLOMAT_NOUN)) + 1, source);
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        return u != null && u.first <= j && u.first >= at && u.type == ActorType.PERSON && clause[j] == clause[from - 1] ? u : null;
    }

    /**
     * Where a body's own envoy stands within four words after {@code from}, or -1: the diplomat noun with a pronoun
     * (سفيرها), or followed by the state of the one who acts, as a genitive or a nisba (استدعاء سفير المملكة X لدى
     * البلد Y، السفير الروسي لدى البلد Z, said by that state or one of its bodies); another state's envoy there is
     * one summoned where he is posted (استدعت الخارجية الإيرانية السفير البريطاني لدى طهران).
     */
    private int ownEnvoyAt(int s, int from, int[] clause, Unit source) {
        for (int k = from; k < size(s) && k < from + 4 && clause[k] == clause[from - 1]; k++) {
            Match envoy = cue(s, k, Cues.DIPLOMAT_NOUN);
            if (envoy == null) {
                continue;
            }
            int after = lastOf(s, envoy) + 1;
            return withPronoun(s, after - 1, envoy) || pastOwnState(s, after, source) > after ? k : -1;
        }
        return -1;
    }

    /**
     * "أعلنت الخارجية طرد القائم بالأعمال البلد-ي"، "إمهال سفير البلد X 48 ساعة لمغادرة البلاد": the state of the
     * envoy a measure is taken on, named right after the diplomat noun that stands right after the trigger (a nisba or
     * a genitive); null when the envoy is the doer's own (see ownEnvoyAt) or no state is named there.
     */
    Unit envoyState(int s, int from, int[] clause, Unit source) {
        Match envoy = from < size(s) ? cue(s, from, Cues.DIPLOMAT_NOUN) : null;
        if (envoy == null || withPronoun(s, lastOf(s, envoy), envoy)) {
            return null;
        }
        int j = lastOf(s, envoy) + 1;
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        return u != null && u.first == j && u.type == ActorType.COUNTRY && clause[j] == clause[from]
                && pastOwnState(s, j, source) == j ? u : null;
    }

    /**
     * "أعلنت الحكومة وقف كل الواردات البلد-ية"، "جمدت الأصول البلد-ية": the state named by a nisba right after the
     * object a measure needs (lexv:needsObject), whose goods or assets the measure is taken on; null when none stands
     * there, when it is the doer's own state, or the object has a pronoun (وارداتها). Not a genitive: "إغلاق حدود
     * البلاد" closes the doer's own borders, "حدود البلد X" may be anyone's.
     */
    Unit objectState(int s, int from, Term trig, int[] clause, Unit source) {
        int k = arguments.objectAt(s, from, trig, clause);
        Match object = k < 0 ? null : cue(s, k, trig.property("needsObject"));
        if (object == null || withPronoun(s, lastOf(s, object), object)) {
            return null;
        }
        int j = lastOf(s, object) + 1;
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        return u != null && u.first == j && u.type == ActorType.COUNTRY && !u.prepositional && clause[j] == clause[k]
                && isKind(at(s, j), Phrase.Kind.DEMONYM) && pastOwnState(s, j, source) == j ? u : null;
    }

    /**
     * Past the state of {@code source} (itself, or the state whose body it is) standing at {@code j} right after an
     * envoy's noun: the word after it; {@code j} when another actor, or none, stands there.
     */
    private int pastOwnState(int s, int j, Unit source) {
        Unit u = source != null && j < size(s) ? cover.get(s)[j] : null;
        if (u == null || u.first != j || u.type != ActorType.COUNTRY || u.key == null) {
            return j;
        }
        boolean own = u.key.equals(source.key) || u.key.equals(source.countryKey)
                || u.key.startsWith("country/") && source.key != null
                && source.key.startsWith("org/" + u.key.substring("country/".length()) + "/");
        return own ? u.last + 1 : j;
    }

    /**
     * "طالب الاتحاد الأفريقي الجيش بالإفراج عن الرئيس"، "حث X، الاثنين، Y على"، "ناشد X في يونيو Y العدول عن": for a
     * verb addressed to someone (lexv:addressee), the actor after the verb and its subject (and the subjects joined
     * to it by و), before what it asks (a verbal noun, or one of its lexv:contentMarker words), is whom it is
     * addressed to and its target, before any target marker's actor (the president whose release is asked). Dates
     * and places may stand between; a pair reference (الطرفين) is such an actor too. Null when what is asked comes
     * first (دعا إلى الإفراج عن فلان) or what follows أن is what is said.
     */
    Unit addressee(int s, EventDraft d, int from, int[] clause) {
        Unit people = addressedPeople(s, d);
        if (people != null) {
            return people;
        }
        int begin = d.source != null && d.source.first > d.at ? d.source.last + 1 : from;
        for (Unit co = d.source == null || d.source.first < d.at ? null : arguments.coSubject(s, begin, d.source);
                co != null; co = arguments.coSubject(s, begin, d.source)) {
            begin = co.last + 1;
        }
        begin = arguments.pastGenitive(s, d.source != null && d.source.first > d.at ? d.source : null, begin);
        // "دعت المنظمة، التي تتولى كينيا رئاستها، جميع الأطراف في الصومال إلى": the clause describing the
        // subject stands between the verb and whom it addresses
        begin = arguments.pastPronounClause(s, begin);
        begin = pastMedium(s, begin);
        if (begin >= size(s)) {
            return null;
        }
        List<String> content = lex.normalizedValues(d.trigger, "contentMarker");
        Unit u = arguments.bareUnitAfter(s, begin, clause, 4, d.source, false);
        if (u != null && namedLeader(s, d.source, u)) {
            // "دعا زعيم حزب فلان اليميني المعارض فلان الفلاني الحكومة إلى": the man named after his party is who
            // calls, the actor after him whom he addresses
            d.source = u;
            begin = u.last + 1;
            u = arguments.bareUnitAfter(s, begin, clause, 4, d.source, false);
        }
        if (u == null) {
            // "دعا فلان، في بيان، القادة السياسيين في البلد X إلى": the people addressed stand after the aside
            return addressedIn(s, arguments.pastAside(s, begin), content, d.source);
        }
        if (complementizerBetween(s, begin, u.first)) {
            return null;
        }
        for (int k = begin; k < u.first; k++) {
            if (isKind(at(s, k), Phrase.Kind.TRIGGER) || content.contains(tok(s, k).norm())) {
                return null;
            }
        }
        return d.source != null && u.key.equals(d.source.key) ? null : u;
    }

    /**
     * "ودعا الرئيس، في كلمة ألقاها من القصر، الشعب إلى": the people the verb turns to ({@link Unit#addressed}), read
     * as its object however long the aside before them (في خطاب ألقاه), when no other verb of a trigger stands
     * between; else null.
     */
    private Unit addressedPeople(int s, EventDraft d) {
        for (int k = lastOf(s, d.match) + 1; k < size(s); k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.addressed && u.first == k) {
                return d.source != null && u.key.equals(d.source.key) ? null : u;
            }
            if (isKind(at(s, k), Phrase.Kind.TRIGGER) && at(s, k).phrase().voice() != Phrase.Voice.NOUN) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether {@code person} names the leader of the party {@code subject} stands for: the subject is a body after
     * a leader's title (زعيم حزب فلان، رئيسة الحركة), followed only by words of the body's status (اليميني المعارض),
     * no comma, before the person.
     */
    private boolean namedLeader(int s, Unit subject, Unit person) {
        if (subject == null || subject.sentence != s || subject.type != ActorType.ORGANIZATION
                || person.type != ActorType.PERSON || subject.first == 0 || person.first <= subject.last
                || person.first - subject.last > 4 || cueEndingAt(s, subject.first - 1, Cues.LEADER_TITLE) == null) {
            return false;
        }
        for (int k = subject.last + 1; k < person.first; k++) {
            if (cue(s, k, Cues.ORGANIZATION_STATUS) == null) {
                return false;
            }
        }
        return true;
    }

    /** The prepositions that say how or where something was said (في بيان، عبر تويتر، على فيسبوك). */
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("في", "عبر", "علي");

    /**
     * "دعا في بيان أصدره البيت الأبيض الحكومة إلى"، "حث في تغريدة على تويتر الأطراف على": the index after how the
     * call was made, standing between the verb and whom it addresses: a medium (ng:Medium) after في، عبر or على (a
     * second one may follow), with the verb carrying its pronoun that issued it and its issuer (أصدره البيت الأبيض:
     * no addressee); else {@code k}.
     */
    private int pastMedium(int s, int k) {
        if (k + 1 >= size(s) || cover.get(s)[k] != null) {
            return k;
        }
        int j = k;
        while (j + 1 < size(s) && MEDIUM_PREPOSITIONS.contains(tok(s, j).norm()) && isKind(at(s, j + 1), Phrase.Kind.MEDIUM)) {
            j = lastOf(s, at(s, j + 1)) + 1;
        }
        if (j == k) {
            return k;
        }
        // "في بيان أصدره البيت الأبيض": a verb carrying the medium's pronoun, and who issued it
        Unit issuer = j + 1 < size(s) ? cover.get(s)[j + 1] : null;
        String w = j < size(s) ? tok(s, j).norm() : "";
        if (issuer != null && issuer.first == j + 1 && cover.get(s)[j] == null && !isKind(at(s, j), Phrase.Kind.TRIGGER)
                && (w.endsWith("ه") || w.endsWith("ها")) && w.length() >= 4) {
            j = issuer.last + 1;
        }
        return j;
    }

    /**
     * "دعت واشنطن القادة السياسيين في البلد X إلى العمل"، "حث المسؤولين في X على": people the text names by no actor
     * (up to three words), placed by في in a country right before what is asked (a lexv:contentMarker word), are
     * that country's: the country is whom the call is addressed to. Null otherwise.
     */
    private Unit addressedIn(int s, int begin, List<String> content, Unit not) {
        for (int j = begin + 1; j < size(s) && j <= begin + 3; j++) {
            if (cover.get(s)[j - 1] != null || !tok(s, j - 1).isWord() || isKind(at(s, j - 1), Phrase.Kind.TRIGGER)) {
                return null;
            }
            if (!tok(s, j).norm().equals("في")) {
                continue;
            }
            Unit w = j + 1 < size(s) ? cover.get(s)[j + 1] : null;
            if (w == null || w.first != j + 1 || w.type != ActorType.COUNTRY || w.last + 1 >= size(s)
                    || !content.contains(tok(s, w.last + 1).norm()) || not != null && w.key.equals(not.key)) {
                return null;
            }
            return w;
        }
        return null;
    }

    /**
     * "قال X ...، متهما الحكومة بالفساد"، "ودانت Y الانقلاب، داعية إلى الإفراج عن فلان"، "ومحذرين من": an accusative
     * participle of a trigger (lexv:participle) right after a comma (with و or not) is an act of the sentence's
     * speaker, the event of the first verb before it in the sentence with a subject of its own. Null when the word
     * is no such participle there, or no verb before it has a subject.
     */
    EventDraft circumstantialHead(int s, int t, Match m, List<EventDraft> before) {
        String prefix = m.prefix();
        if (!participle(s, t, m) || !(prefix.isEmpty() || prefix.equals("و"))) {
            return null;
        }
        int b = wordBefore(s, t);
        int[] clause = clauses(s);
        if (b < 0) {
            return null;
        }
        if (!COMMAS.contains(tok(s, b).norm())) {
            return protestHead(t, clause, before);
        }
        // "...، فيما حذر ناشطون من أن ...، مطالبين": the verb of the participle's own clause first, else the first
        EventDraft first = null;
        for (EventDraft e : before) {
            if (e.voice == Phrase.Voice.ACTIVE && e.source != null && e.at < t) {
                if (clause[e.at] == clause[t]) {
                    return e;
                }
                first = first == null ? e : first;
            }
        }
        return first;
    }

    /**
     * "تظاهر آلاف الطلاب في العاصمة مطالبين بعزل الرئيس": with no comma before it, an accusative participle is a
     * circumstantial one only after a protest (CAMEO 14), a verb taking no object that the participle could qualify
     * (اعتقلت الشرطة رجلا متهما بالتجسس: the man is accused, no act of the police): the last event before it in its
     * clause, active with a subject of its own; null otherwise.
     */
    private static EventDraft protestHead(int t, int[] clause, List<EventDraft> before) {
        EventDraft last = null;
        for (EventDraft e : before) {
            if (e.at < t && clause[e.at] == clause[t]) {
                last = e;
            }
        }
        String code = last == null ? null : last.trigger.property("cameoCode");
        return code != null && code.startsWith("14") && last.voice == Phrase.Voice.ACTIVE && last.source != null ? last : null;
    }

    /** Whether the trigger word at {@code t} is one of its trigger's participles (lexv:participle). */
    boolean participle(int s, int t, Match m) {
        List<String> forms = lex.normalizedValues(m.phrase().term(), "participle");
        String word = tok(s, t).norm();
        return !forms.isEmpty() && forms.contains(word.substring(Math.min(m.prefix().length(), word.length())));
    }

    /** Whether the separate object pronoun إيا (إياه، إياها، إياهم، إياهما) stands at {@code k}. */
    boolean separatePronoun(int s, int k) {
        return k < size(s) && tok(s, k).isWord() && tok(s, k).norm().startsWith("ايا") && tok(s, k).norm().length() <= 6
                && cover.get(s)[k] == null;
    }

    /**
     * "وكان رئيس الوزراء الكمبودي هون سين، الذي تترأس بلاده الرابطة، قد ناشد": the subject before a relative clause
     * set off by commas right before the verb (قد between); null when no such clause ends there. An aside describing
     * a person the same way (، وهو محام سابق،) or naming his office (فلان، رئيس الوزراء الأسبق، قد اتهم) sets off the
     * person before it too.
     */
    Unit subjectBeforeRelativeClause(int s, int t, int start) {
        int k = t - 1;
        while (k >= start && (tok(s, k).norm().equals("قد") || tok(s, k).norm().equals("لقد"))) {
            k--;
        }
        if (k < start || !COMMAS.contains(tok(s, k).norm())) {
            return null;
        }
        for (int j = k - 1; j > start; j--) {
            if (COMMAS.contains(tok(s, j).norm())) {
                boolean relative = cue(s, j + 1, Cues.RELATIVE_PRONOUN) != null;
                if (!relative && !describesPerson(s, j + 1, k)) {
                    return null;
                }
                Unit u = relative ? antecedentEndingAt(s, j - 1, j + 1) : cover.get(s)[j - 1];
                if (!relative && (u == null || u.last != j - 1 || u.type != ActorType.PERSON)) {
                    return null;
                }
                if (u != null && u.qualifier && u.first > start && cover.get(s)[u.first - 1] != null) {
                    // "رئيس الوزراء الكمبودي، الذي": the person the nisba qualifies
                    u = cover.get(s)[u.first - 1];
                }
                return u == null || u.prepositional || u.locative || u.type == ActorType.PLACE
                        ? null : u;
            }
        }
        return null;
    }

    /**
     * Whether the aside from {@code from} to the comma at {@code comma} describes a person: it opens with وهو/وهي, or
     * with an office (رئيس الوزراء الأسبق، زعيم الحزب) and holds no act of its own (no trigger word in it).
     */
    private boolean describesPerson(int s, int from, int comma) {
        if (from >= comma) {
            return false;
        }
        boolean opens = Arguments.DESCRIBING_PRONOUNS.contains(tok(s, from).norm());
        if (!opens && !isKind(at(s, from), Phrase.Kind.OFFICE) && cue(s, from, Cues.LEADER_TITLE) == null) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "وقال المتحدث إن ...، لكنه رفض التعليق": a verb right after لكن carrying a pronoun (لكنه، ولكنها) has the
     * subject of the last verb before it in the sentence; null when no such word stands before it or no verb before
     * has a subject.
     */
    Unit subjectAfterBut(int s, int t, List<EventDraft> before) {
        int b = wordBefore(s, t);
        if (b < 0 || !BUT_PRONOUNS.contains(tok(s, b).norm())) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.voice == Phrase.Voice.ACTIVE && e.source != null && e.at < b) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "توقيف الشرطة للوزير فلان"، "إقالة الملك لرئيس الوزراء": an actor right after the genitive {@code g} of a verbal
     * noun, written with the preposition ل, is the act's object; the genitive is then its doer. Null when no actor
     * with ل follows (اعتقال المعارض لساعات: the genitive is whom it befell).
     */
    Unit objectAfterAgentGenitive(int s, Unit g) {
        int k = g.last + 1;
        if (k >= size(s) || cover.get(s)[k] == null || cover.get(s)[k].first != k || cover.get(s)[k] == g) {
            return null;
        }
        Match m = at(s, k);
        return m != null && "ل".equals(m.prefix()) ? cover.get(s)[k] : null;
    }

    /**
     * "قصف الحلف لمعسكراتهم"، "إدانة الرئيس للتفجيرات"، "قصف الحلف لموكب الزعيم": a word with ل right after the
     * genitive {@code g} of a verbal noun, no actor itself, that names what the act is done to: a place, premises,
     * military thing or act (its cue, or a trigger's noun), or, when the genitive is a body, a noun carrying a pronoun
     * of its owner or standing before an actor in its own genitive (a man's genitive before such a word is more often
     * whom the act befell, and the ل why: اعتقال الصحفي لانتقاده الوزير). The genitive is then the doer, not the
     * target. Time words with ل (اعتقال المعارض لساعات، قصف المدينة لليوم الثالث) are none of these, and a place in
     * the genitive is where, never who. Words between the verbal noun (ending at {@code last}) and the genitive must
     * name armed men or their arms (قصف القوات الجورجية، قصف الطائرات الروسية): a nisba after a man's noun (اعتقال
     * الصحفي الكيني لانتقاده) is his country, whom the act befell.
     */
    boolean objectNounAfterAgentGenitive(int s, int last, Unit g) {
        int k = g.last + 1;
        if (k >= size(s) || cover.get(s)[k] != null || !tok(s, k).isWord() || g.type == ActorType.PLACE) {
            return false;
        }
        for (int i = last + 1; i < g.first; i++) {
            if (cover.get(s)[i] != null || cue(s, i, Cues.FORCES_NOUN) == null && cue(s, i, Cues.ARMED_FORCE_NOUN) == null
                    && cue(s, i, Cues.BARE_FORCES_NOUN) == null && cue(s, i, Cues.ARMED_ACTOR_NOUN) == null
                    && cue(s, i, Cues.MILITARY_OBJECT) == null) {
                return false;
            }
        }
        String written = CompiledLexicon.lightForm(original(tok(s, k).begin(), tok(s, k).end()));
        if (!written.startsWith("ل") || written.length() < 4) {
            return false;
        }
        Match m = at(s, k);
        if (m != null && m.prefix().startsWith("ل") && (isKind(m, Phrase.Kind.TRIGGER) && m.phrase().voice() == Phrase.Voice.NOUN
                || cue(s, k, Cues.PREMISES_NOUN) != null || cue(s, k, Cues.FACILITY_NOUN) != null
                || cue(s, k, Cues.MILITARY_OBJECT) != null || cue(s, k, Cues.PLACE_NOUN) != null
                || cue(s, k, Cues.EVENT_NOUN) != null)) {
            return true;
        }
        if (g.type == ActorType.PERSON || isKind(m, Phrase.Kind.TRIGGER) || written.startsWith("لل")) {
            return false;
        }
        return ArabicVocabulary.possessedNounOnly(written.substring(1)) || ownerAfterLamNoun(s, g) != null;
    }

    /**
     * "قصف الحلف لموكب الزعيم"، "قصف الجيش لمواقع الحركة": the actor in the genitive of the word with ل after the
     * doer in the genitive {@code g} of a verbal noun, whose thing the act is done to: its target. Null when no actor
     * other than a place stands right after that word.
     */
    Unit ownerAfterLamNoun(int s, Unit g) {
        int k = g.last + 2;
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        return u != null && u.first == k && u != g && !u.prepositional && u.type != ActorType.PLACE ? u : null;
    }

    /**
     * "قدم الرئيس اعتذار بلاده إلى الجارة"، "اعتذار الحكومة للشعب": an actor right after the genitive {@code g} of a
     * verbal noun, after one of the trigger's own target markers (lexv:targetMarker: a word such as إلى before the
     * actor, or a one-letter one such as ل on it), is whom the act is aimed at, and the genitive is the doer's side,
     * not the target. Null when no such actor follows the genitive.
     */
    Unit markedObjectAfterGenitive(int s, Unit g, List<String> markers) {
        int k = g.last + 1;
        if (k + 1 < size(s) && markers.contains(tok(s, k).norm())) {
            Unit u = cover.get(s)[k + 1];
            return u != null && u.first == k + 1 && u != g ? u : null;
        }
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        Match m = u != null && u.first == k && u != g ? at(s, k) : null;
        return m != null && markers.stream().anyMatch(mk -> mk.length() == 1 && m.prefix().equals(mk)) ? u : null;
    }

    /**
     * "أعلنت الهيئة أن فريقا من محققيها أوقف فلانا"، "بعد أن داهمت قوة من عناصرها مكتبه": the subject of the verb at
     * {@code t} is some members of a body (lexv:MemberNoun) written with a pronoun, right before the verb (after the
     * complementizer or at the clause's start, {@code start}) or right after it; the pronoun stands for the body, who
     * acts. The body is the subject of the sentence's act before, else the nearest body the sentence named before
     * that is no prepositional complement. Null when the verb has no such subject.
     */
    Unit membersOwner(int s, int t, int last, int start, List<EventDraft> before) {
        int first = membersPhraseEndingAt(s, t - 1);
        if (first < 0 || first != start) {
            first = -1;
            int end = membersPhraseStartingAt(s, last + 1);
            if (end >= 0) {
                first = last + 1;
            }
        }
        if (first < 0) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.sentence == s && e.at < first && e.voice == Phrase.Voice.ACTIVE && e.source != null && body(e.source)) {
                return e.source;
            }
        }
        List<Unit> us = units.get(s);
        for (int i = us.size() - 1; i >= 0; i--) {
            Unit u = us.get(i);
            if (u.last < first && u.first < t && !u.prepositional && !u.locative && body(u)) {
                return u;
            }
        }
        return null;
    }

    private static boolean body(Unit u) {
        return u.type == ActorType.ORGANIZATION || u.type == ActorType.GROUP || u.type == ActorType.COUNTRY;
    }

    /** The first index of "[فريقا من] محققيها" ending at {@code k}, or -1. */
    private int membersPhraseEndingAt(int s, int k) {
        if (!membersWithPronoun(s, k)) {
            return -1;
        }
        int j = k - 1;
        if (j >= 1 && tok(s, j).norm().equals("من") && tok(s, j - 1).isWord() && cover.get(s)[j - 1] == null
                && !isKind(at(s, j - 1), Phrase.Kind.TRIGGER)) {
            return j - 1;
        }
        return k;
    }

    /** The last index of "[قوة من] عناصرها" starting at {@code k}, or -1. */
    private int membersPhraseStartingAt(int s, int k) {
        if (membersWithPronoun(s, k)) {
            return k;
        }
        if (k + 2 < size(s) && tok(s, k).isWord() && cover.get(s)[k] == null && !isKind(at(s, k), Phrase.Kind.TRIGGER)
                && tok(s, k + 1).norm().equals("من") && membersWithPronoun(s, k + 2)) {
            return k + 2;
        }
        return -1;
    }

    /** Whether token {@code k} is a members noun carrying a pronoun (عناصرها، محققيه، أفرادهم). */
    private boolean membersWithPronoun(int s, int k) {
        if (k < 0 || k >= size(s) || cover.get(s)[k] != null) {
            return false;
        }
        Match f = cue(s, k, Cues.MEMBER_NOUN);
        String w = tok(s, k).norm();
        return f != null && lastOf(s, f) == k && f.end() < tok(s, k).end()
                && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"));
    }

    /**
     * "أما المتحدث باسم الحكومة، فوصف الاعتقال بأنه"، "أما وزير الخارجية، فلان، فانتقد الحكومة": a verb carrying ف
     * right after the comma that closes a topic fronted by أما (lexv:TopicMarker) has that topic as its subject, the
     * last actor of the topic phrase (an apposition's name); null when the verb stands elsewhere, or when the actor
     * after the verb is the topic's own body (أما البحرين، فأعلنت وزارة خارجيتها: the ministry speaks).
     */
    Unit topicSubject(int s, int t, Match m) {
        if (!m.prefix().startsWith("ف")) {
            return null;
        }
        int comma = t - 1;
        if (comma < 0 || !COMMAS.contains(tok(s, comma).norm())) {
            return null;
        }
        int marker = -1;
        for (int k = 0; k < comma && marker < 0; k++) {
            if (cue(s, k, Cues.TOPIC_MARKER) != null) {
                marker = k;
            }
        }
        if (marker < 0) {
            return null;
        }
        Unit topic = null;
        for (int k = marker + 1; k < comma; k++) {
            Unit u = cover.get(s)[k];
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                // a verb inside the topic phrase makes it a clause of its own, not a fronted actor
                return null;
            }
            boolean opens = k == marker + 1 || COMMAS.contains(tok(s, k - 1).norm());
            if (u != null && u.first == k && opens && !u.prepositional && !u.locative && !u.qualifier
                    && u.type != ActorType.PLACE) {
                // the topic's head, or a name in apposition after a comma; a nisba on a noun that is no actor
                // (أما المعارضة الفنزويلية) names no topic
                topic = u;
                k = u.last;
            }
        }
        if (topic == null) {
            return null;
        }
        Unit after = t + 1 < size(s) ? cover.get(s)[lastOf(s, m) + 1] : null;
        if (after != null && (after.key.equals(topic.key) || ownedBy(after, topic))) {
            return null;
        }
        return topic;
    }

    /**
     * "أما الرئيس فلان فتحدث عن أزمة، واتهم رئيس الوزراء بتقويض الديمقراطية"، "أما الوزير فلان، فقد اتهم المعارضة":
     * in a sentence opened by أما (lexv:TopicMarker) the topic is the subject of the answer after its ف (a verb
     * carrying ف, trigger or not, or فقد before the verb) and of the verbs joined to that answer by و, so an actor
     * right after any of them is its object (the accused, not the accuser). The chain ends at a complementizer (what
     * is reported has its own subject) or a clause break (فيما، حين); a feminine verb never has a man as subject (أما
     * فلان فقد أكدت الحكومة: the government speaks about him). Null when the verb at {@code t} is no such verb, or the
     * actor after it is the topic's own body (أما البحرين فأعلنت وزارة خارجيتها).
     */
    Unit topicChainSubject(int s, int t, Match m) {
        int marker = -1;
        for (int k = 0; k < Math.min(2, t) && marker < 0; k++) {
            if (cue(s, k, Cues.TOPIC_MARKER) != null) {
                marker = k;
            }
        }
        if (marker < 0) {
            return null;
        }
        int answer = -1;
        Unit topic = null;
        for (int k = marker + 1; k <= t && answer < 0; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                boolean opens = k == marker + 1 || COMMAS.contains(tok(s, k - 1).norm());
                if (opens && !u.prepositional && !u.locative && !u.qualifier && u.type != ActorType.PLACE) {
                    topic = u;
                }
                k = u.last;
                continue;
            }
            Match w = at(s, k);
            if (k == t ? m.prefix().startsWith("ف") : answerWord(s, k, w)) {
                answer = k;
            } else if (isKind(w, Phrase.Kind.TRIGGER)) {
                // a verb inside the topic phrase makes it a clause of its own, not a fronted actor
                return null;
            }
        }
        if (topic == null || answer < 0) {
            return null;
        }
        boolean chained = t == answer || t == answer + 1 && tok(s, answer).norm().equals("فقد")
                || m.prefix().startsWith("و") && !brokenBetween(s, answer, t);
        if (!chained || lex.isFeminineVerb(m) && topic.type == ActorType.PERSON) {
            return null;
        }
        Unit after = lastOf(s, m) + 1 < size(s) ? cover.get(s)[lastOf(s, m) + 1] : null;
        return after != null && (after.key.equals(topic.key) || ownedBy(after, topic)) ? null : topic;
    }

    /**
     * Whether the word at {@code k} answers a topic fronted by أما: فقد, or a verb carrying ف the lexicon reads as no
     * preposition, function word or actor (فتحدث، فاكتفى).
     */
    private boolean answerWord(int s, int k, Match w) {
        String n = tok(s, k).norm();
        if (n.equals("فقد")) {
            return true;
        }
        if (w != null) {
            return isKind(w, Phrase.Kind.TRIGGER) && w.prefix().startsWith("ف");
        }
        return tok(s, k).isWord() && n.startsWith("ف") && n.length() > 3 && cue(s, k, Cues.PREPOSITION) == null
                && cue(s, k, Cues.CLAUSE_BREAK) == null && cue(s, k, Cues.NAME_STOP) == null;
    }

    /** Whether a complementizer or a clause break (فيما، حين) stands after {@code from} and before {@code to}. */
    private boolean brokenBetween(int s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (cue(s, k, Cues.COMPLEMENTIZER) != null || cue(s, k, Cues.CLAUSE_BREAK) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether body {@code u} is a body of the country {@code owner} (org/QA/... of country/QA). */
    private static boolean ownedBy(Unit u, Unit owner) {
        return owner.key.startsWith("country/") && u.key.startsWith("org/" + owner.key.substring("country/".length()) + "/");
    }

    /**
     * "وقالت الوزارة إن 40 متظاهرا قتلوا"، "161 شخصا قُتلوا": for a passive verb at {@code t}, the index of the
     * number that opens the counted noun phrase right before it, its subject (those it befell); -1 when none does.
     */
    int countedSubject(int s, int t) {
        int k = t - 1;
        if (k < 0) {
            return -1;
        }
        Unit u = cover.get(s)[k];
        if (u != null && u.last == k) {
            for (int j = u.first - 2; j >= 0 && j >= u.first - 5; j--) {
                if (arguments.partitiveGroupAt(s, j) == u) {
                    // "إن 13 جنديا من الجيش قتلوا": a count out of the group right before the verb is the subject
                    return j;
                }
            }
            k = u.first - 1;
        } else if (tok(s, k).isWord() && !isKind(at(s, k), Phrase.Kind.TRIGGER) && cue(s, k, Cues.NUMBER_WORD) == null) {
            k--;
        }
        return k >= 0 && arguments.counted(s, k) ? k : -1;
    }

    /** The actor of the counted subject before the passive verb at {@code t} (40 متظاهرا قتلوا), or null. */
    Unit countedSubjectActor(int s, int t) {
        if (countedSubject(s, t) < 0) {
            return null;
        }
        Unit u = cover.get(s)[t - 1];
        return u == null || u.last != t - 1 || u.type == ActorType.PLACE || u.prepositional ? null : u;
    }

    /** A target marker carrying a pronoun of a thing (فيه، فيها، عليه، عليها). */
    private static final Set<String> PRONOUN_MARKERS = Set.of("فيه", "فيها", "عليه", "عليها");

    /**
     * "اقتحموا منزل الوزير فلان وأضرموا النار فيه": for an act on premises (lexv:premisesObject) whose target
     * marker carries a pronoun, the premises are those of the act on premises before it in the sentence, and so is
     * their owner, the target; null when no such marker follows within three words or no such act came before.
     * That act must have its doer: without one its target is no safer a reading than the doer it lacks ("اقتحام
     * مئات المحتجين مبنى السفارة" reads the protesters, who stormed it, as its target).
     */
    Unit premisesOfPronoun(int s, EventDraft d, int from, List<EventDraft> before) {
        boolean pronoun = false;
        for (int k = from; k < size(s) && k < from + 3 && !pronoun; k++) {
            pronoun = PRONOUN_MARKERS.contains(tok(s, k).norm());
        }
        if (!pronoun) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.sentence == s && e.at < d.at && e.source != null && e.target != null
                    && true_(e.trigger, "premisesObject")) {
                return e.target;
            }
        }
        return null;
    }

    /**
     * "اقتحم المسلحون مبنى الإذاعة واحتجزوا رهائن"، "يحتلون السفارة ويحتجزون مئة رهينة": people held with no one
     * named as theirs (lexv:heldInPremises) are held from whoever owns the premises the same doer stormed or seized
     * before in the sentence: that act's target. Null when no such act with a target came before, or its doer is
     * another than this one's (when both are named).
     */
    Unit premisesActTarget(int s, EventDraft d, List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e != d && e.sentence == s && e.at < d.at && e.target != null && true_(e.trigger, "premisesObject")
                    && e.source != null && (d.source == null || d.source.key.equals(e.source.key))
                    && !e.target.key.equals(e.source.key)) {
                return e.target;
            }
        }
        return null;
    }

    /**
     * "أعلن الجيش أن الرئيس فلان "قيد الإقامة الجبرية""، "ومشار قيد الإقامة الجبرية": custody told as a state, its
     * words at token {@code t}, holds the actor right before them, quotation marks aside. Null when no actor ends
     * there, or an act before it in the sentence (وضعت السلطات فلانا قيد الإقامة الجبرية) already befalls that actor.
     */
    Unit heldInState(int s, int t, List<EventDraft> before) {
        int b = wordBefore(s, t);
        Unit u = b < 0 ? null : cover.get(s)[b];
        if (u == null || u.last != b || u.type == ActorType.PLACE || u.prepositional || u.locative) {
            return null;
        }
        for (EventDraft e : before) {
            if (e.sentence == s && e.target != null && e.target.key.equals(u.key)) {
                return null;
            }
        }
        return u;
    }

    /**
     * "أعلن العسكريون أن الرئيس قيد الإقامة الجبرية": the doer of the last act of saying before token {@code t} in
     * its sentence, when that is not {@code held} himself ("وقال فلان إنه قيد الإقامة الجبرية" names no holder); null
     * when none.
     */
    Unit announcerBefore(int s, int t, Unit held, List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.sentence == s && e.at < t && e.reporting) {
                return e.source == null || e.source.key.equals(held.key) ? null : e.source;
            }
        }
        return null;
    }

    /**
     * "حكم على فلان بالسجن": a passive whose words end with a preposition (على) befalls the actor right after it,
     * which that preposition, being part of the trigger, does not make a mere complement. Null when the trigger does
     * not end with a preposition or no actor follows right away.
     */
    Unit prepositionalObject(int s, int last, Unit not) {
        if (cue(s, last, Cues.PREPOSITION) == null || last + 1 >= size(s)) {
            return null;
        }
        Unit u = arguments.unitWithin(s, last + 1, 0);
        return u == null || u == not || u.type == ActorType.PLACE || u.locative ? null : u;
    }

    /**
     * "غداة توقيع الرئيس فلان ورئيس الوزراء فلان الاتفاق"، "بعد توقيع فرنسا وألمانيا اتفاقا": the verbal noun of a
     * trigger that needs an object (lexv:needsObject), with an actor in its genitive and, right after that actor and
     * the actors of its type joined to it by و, that needed object, has that actor as its agent. Null otherwise.
     */
    Unit agentBeforeNeededObject(int s, int from, String needs, int[] clause, List<Unit> us) {
        Unit g = arguments.genitive(s, from, clause, us);
        if (g == null || cue(s, g.first, needs) != null) {
            return null;
        }
        int j = g.last + 1;
        for (Unit co = arguments.coSubject(s, j, g); co != null; co = arguments.coSubject(s, j, g)) {
            j = co.last + 1;
        }
        return j < size(s) && clause[j] == clause[g.first] && cue(s, j, needs) != null ? g : null;
    }

    /**
     * "اقتحام مسلحين مقر التلفزيون"، "اجتياح المحتجين مبنى البرلمان": the verbal noun of an act on places
     * (lexv:premisesObject) with an actor in its genitive and the premises right after that actor, as its object,
     * has that actor as its agent; the premises' owner is its target. An actor after premises of its own
     * ("اقتحام مبنى التلفزيون الرسمي ومكتب المدعي العام") owns them: it is what is stormed, and the premises after it
     * are the next object, not the first.
     */
    boolean agentBeforePremises(int s, int from, org.newsgraph.extract.lexicon.Term trig, Unit g) {
        int p = g.last + 1;
        if (p + 1 < size(s) && cover.get(s)[p] == null && tok(s, p).isWord() && !tok(s, p).norm().startsWith("و")
                && cue(s, p, Cues.PREMISES_NOUN) == null && cue(s, p, Cues.PREPOSITION) == null) {
            // "اقتحام مسلحين ملثمين مقر التلفزيون": one word describing the doers may stand before the premises (a
            // preposition there opens the act's marked object instead: سيطرة مسلحين على مقره)
            p++;
        }
        if (!true_(trig, "premisesObject") || cue(s, p, Cues.PREMISES_NOUN) == null) {
            return false;
        }
        for (int k = from; k < g.first; k++) {
            if (cue(s, k, Cues.PREMISES_NOUN) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "أمر الرئيس الشرطة بعدم إطلاق النار"، "تعهد بعدم اعتقال أحد": a verbal noun after a negating noun
     * (lexv:NegatingNoun: عدم, or a negated copula: لم يكن احتجاجا) names an act that is not done, no event; so does a
     * verb after a negating particle.
     */
    boolean negated(int s, int t, Match m) {
        int k = wordBefore(s, t);
        // "أي مذكرة توقيف"، "أي عملية اعتقال": any order or operation of the act, one word naming no actor between
        boolean plain = k >= 0 && cover.get(s)[k] == null && !isKind(at(s, k), Phrase.Kind.TRIGGER) && tok(s, k).isWord();
        if (m.phrase().voice() == Phrase.Voice.NOUN && (deniedAny(s, k) || plain && deniedAny(s, wordBefore(s, k)))) {
            return true;
        }
        return m.phrase().voice() == Phrase.Voice.NOUN ? k >= 0 && cueEndingAt(s, k, Cues.NEGATING_NOUN) != null
                // "لن تدين فرنسا الجيش": a verb after a negating particle (lexv:NegatingParticle, with no proclitic
                // but و or ف) is an act not done
                : k >= 0 && cue(s, k, Cues.NEGATING_PARTICLE) != null && at(s, k).prefix().matches("[وف]?");
    }

    /** The word "any" before a noun, as normalised (أي). */
    private static final Set<String> ANY = Set.of("اي", "أي");

    /**
     * "نفى قائد الشرطة صدور أي مذكرة توقيف بحقه"، "ونفت الحكومة أي اعتقال للصحفيين": whether the word at {@code k} is
     * "any" (أي) after a verb of denying (CAMEO 016) and its subject, one word at most (صدور، وقوع) besides the
     * subject's between: the act named after it is denied, no event.
     */
    private boolean deniedAny(int s, int k) {
        if (k < 1 || !ANY.contains(tok(s, k).norm())) {
            return false;
        }
        int words = 0;
        for (int j = k - 1; j >= 0 && j >= k - 12; j--) {
            Match v = at(s, j);
            if (isKind(v, Phrase.Kind.TRIGGER)) {
                return "016".equals(v.phrase().term().property("cameoCode"));
            }
            if (tok(s, j).isPunct() && !isQuote(tok(s, j))) {
                return false;
            }
            if (cover.get(s)[j] == null && tok(s, j).isWord() && !isKind(v, Phrase.Kind.OFFICE) && ++words > 1) {
                // more than one word that names no actor nor office (the denier's name and title stand between):
                // another clause
                return false;
            }
        }
        return false;
    }

    /**
     * "رفعت السلطات حظر التجول"، "خرق المحتجون حظر التجول": a trigger read because its needed object follows
     * (lexv:needsObject) acts on that object. When the object is itself the verbal noun of another trigger (a curfew,
     * a state of emergency), it names what is lifted or defied, not an act of its own: that noun is no event.
     */
    void dropNeededObjects(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (int i = 0; i < all.size(); i++) {
            EventDraft d = all.get(i);
            String needs = d.trigger.property("needsObject");
            if (needs == null) {
                continue;
            }
            int last = lastOf(s, d.match);
            for (int j = i + 1; j < all.size(); j++) {
                EventDraft e = all.get(j);
                if (e.voice == Phrase.Voice.NOUN && e.at > last && e.at <= last + 6 && clause[e.at] == clause[d.at]
                        && cue(s, e.at, needs) != null) {
                    out.remove(e);
                    all.remove(j--);
                }
            }
        }
    }

    /**
     * "قضت محكمة بإعدام سبعة متهمين"، "حكم على فلان بالإعدام": after a verb whose object with ب is the penalty
     * (lexv:penaltyObject), the verbal noun of another act there (an execution) is what it sentences to, not an
     * event of its own; whom that act befalls is whom the sentence is passed on.
     */
    void mergePenalties(int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (int i = 1; i < all.size(); i++) {
            EventDraft d = all.get(i);
            if (d.voice != Phrase.Voice.NOUN || !d.match.prefix().contains("ب")) {
                continue;
            }
            EventDraft sentence = null;
            for (int j = i - 1; j >= 0 && sentence == null; j--) {
                EventDraft x = all.get(j);
                if (clause[x.at] == clause[d.at] && x.voice != Phrase.Voice.NOUN && true_(x.trigger, "penaltyObject")) {
                    sentence = x;
                }
            }
            if (sentence == null) {
                continue;
            }
            if (d.trigger.property("endsOffice") != null) {
                // "أوامر ملكية قضت بإعفاء فلان"، "قضت المحكمة بعزل رئيسة الوزراء": a removal from office is no
                // penalty; the verb only says what the order or ruling provides for, the removal is the event
                // (its doer the ruling court when the removal names none, decreeIssuer the orders' issuer)
                if (d.source == null && sentence.source != null && (d.target == null || !sentence.source.key.equals(d.target.key))) {
                    d.source = sentence.source;
                }
                out.remove(sentence);
                all.remove(sentence);
                i--;
                continue;
            }
            if (sentence.target == null && d.target != null
                    && (sentence.source == null || !d.target.key.equals(sentence.source.key))) {
                sentence.target = d.target;
            }
            if (!out.contains(sentence) && (sentence.source != null || sentence.target != null)) {
                out.add(out.indexOf(d) < 0 ? out.size() : out.indexOf(d), sentence);
            }
            out.remove(d);
            all.remove(i--);
        }
    }

    /**
     * "سارعت دول إلى الاعتراف به"، "أعلن تضامنه معها"، "اتصل به": for a trigger with target markers and no target,
     * a marker carrying an object pronoun (به، معها، لهم) within three tokens after it, in its clause, refers to the
     * last actor of the pronoun's gender named before ({@link Unrest#pronounReferent}); null when there is none. The
     * adjectives of a group after the verb, part of its mention (أطلق مسلحون مجهولون النار عليه), are not counted.
     */
    Unit markerPronoun(int s, EventDraft d, int from, int[] clause, Unrest unrest) {
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        int reach = from + 3;
        for (int k = from + 1; d.source != null && d.source.sentence == s && d.source.first == from
                && k <= d.source.last; k++) {
            reach += cue(s, k, Cues.GROUP_QUALIFIER) != null ? 1 : 0;
        }
        for (int k = from; k < size(s) && k < reach && clause[k] == clause[from - 1]; k++) {
            Token t = tok(s, k);
            if (cover.get(s)[k] != null || !t.isWord()) {
                continue;
            }
            for (String marker : markers) {
                String w = t.norm();
                String rest = w.startsWith(marker) ? w.substring(marker.length()) : "";
                if (PRONOUN_SUFFIXES.contains(rest)) {
                    int stemEnd = t.end() - rest.length();
                    return unrest.pronounReferent(s, k, stemEnd, d.source, true);
                }
            }
        }
        return null;
    }

    /**
     * "أعرب الوزير عن دعمه للرئيس"، "أعلنت الحكومة تضامنها مع": a verbal noun carrying a possessive pronoun, after a
     * verb of saying in its clause (a preposition between allowed), is the speaker's own act: the speaker is its
     * agent. Null when the word carries no pronoun or no such verb stands before it.
     */
    Unit possessiveAgent(int s, EventDraft d, int[] clause, List<EventDraft> before) {
        String word = original(tok(s, d.at).begin(), tok(s, d.at).end());
        boolean pronoun = word.endsWith("ه") || word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما");
        if (!pronoun || d.voice != Phrase.Voice.NOUN) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            // the words between the verb (and its subject after it) and the noun: a preposition, a date
            int end = e.source != null && e.source.first > e.at && e.source.last < d.at ? e.source.last : e.at;
            if (e.reporting && e.source != null && e.voice == Phrase.Voice.ACTIVE && e.at < d.at
                    && clause[e.at] == clause[d.at] && d.at - end <= 4 && !complementizerBetween(s, end + 1, d.at)) {
                // not after إن/أن (قال الوزير إن توقيفه غير مقبول): that noun is someone else's act the speaker talks about
                return e.source;
            }
        }
        return null;
    }

    /** What a speech act asks or warns of opens with these (من أن، بأن، إلى، على) or with the proclitic ب. */
    private static final Set<String> CONTENT_WORDS = Set.of("من", "ان", "بان", "الي", "علي");

    /**
     * Whether what a warning or demand is about follows the actor {@code g} in the genitive of its verbal noun (an
     * apposition between commas skipped): then that actor is whose warning or demand it is (تحذير قائده، الجنرال فلان،
     * من أن؛ مطالبة رئيس الأركان بالتطبيق الفوري للمادة), not whom it is addressed to.
     */
    boolean contentAfter(int s, Unit g) {
        int k = arguments.pastApposition(s, g, g.last + 1);
        if (k >= size(s) || cover.get(s)[k] != null || !tok(s, k).isWord()) {
            return false;
        }
        String w = tok(s, k).norm();
        Match m = at(s, k);
        return CONTENT_WORDS.contains(w) || w.startsWith("ب") && m != null && m.prefix().startsWith("ب")
                && !isKind(m, Phrase.Kind.ACTOR);
    }

    /**
     * "وأمهلت الحكومة السفير 72 ساعة لمغادرة البلاد، متهمة باريس بالتدخل": a participle after a comma in a
     * sentence whose first verb is no trigger shares that verb's subject, the bare actor right after the verb that
     * opens the sentence. Null when the sentence opens otherwise or the participle stands elsewhere.
     */
    Unit openingSubject(int s, int t, Match m) {
        String prefix = m.prefix();
        int b = wordBefore(s, t);
        if (!(prefix.isEmpty() || prefix.equals("و")) || b < 0 || !COMMAS.contains(tok(s, b).norm()) || size(s) < 2) {
            return null;
        }
        int verb = openingVerb(s);
        if (verb < 0 || verb + 1 >= b) {
            return null;
        }
        Unit u = cover.get(s)[verb + 1];
        return u == null || u.first != verb + 1 || u.last >= b || u.prepositional || u.locative || u.type == ActorType.PLACE
                ? null : u;
    }

    /**
     * Where the verb opening a sentence stands: its first word, or the word after a fronted time or place set off by
     * a comma within its first six tokens ("وبعد الظهر، أدت فلانة اليمين"، "وفي العاصمة، استقبل الرئيس"), which
     * names no actor but a place; -1 when the sentence opens with an actor or no word.
     */
    private int openingVerb(int s) {
        boolean fronted = cue(s, 0, Cues.PREPOSITION) != null || cue(s, 0, Cues.DATE_WORD) != null
                || cue(s, 0, Cues.DAY_PART) != null || cue(s, 0, Cues.WEEKDAY) != null;
        if (!fronted) {
            return cover.get(s)[0] == null && tok(s, 0).isWord() ? 0 : -1;
        }
        for (int k = 1; k < size(s) && k <= 6; k++) {
            if (COMMAS.contains(tok(s, k).norm())) {
                int v = k + 1;
                return v < size(s) && tok(s, v).isWord() && cover.get(s)[v] == null
                        && !isKind(at(s, v), Phrase.Kind.TRIGGER) ? v : -1;
            }
            Unit u = cover.get(s)[k];
            if (u != null && !(u.type == ActorType.PLACE || u.locative || u.prepositional)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "نجا الرئيس الغاني من محاولة اغتيال"، "تعرض الصحفي، مساء الخميس، لاعتداء": the subject of a verb of undergoing
     * (lexv:UndergoVerb) is the target of the act the noun at {@code t} names after it with ل or من: the first actor
     * after the verb, else the one right before it. Null when no such verb governs the noun in its clause, or the verb
     * takes acts of force only (lexv:violentOnly: نجا من الاعتقال escapes an arrest) and this act is none.
     */
    Unit undergoer(int s, int t, Match m, int[] clause) {
        int before;
        if (m.prefix().startsWith("ل")) {
            before = t - 1;
        } else if (t > 0 && tok(s, t - 1).norm().equals("من")) {
            before = t - 2;
        } else {
            return null;
        }
        for (int j = before; j >= 0 && j >= before - 12 && clause[j] == clause[t]; j--) {
            Match verb = cover.get(s)[j] == null ? cue(s, j, Cues.UNDERGO_VERB) : null;
            if (verb == null) {
                continue;
            }
            if (true_(verb.phrase().term(), "violentOnly") && !violent(m.phrase().term())) {
                return null;
            }
            Unit subject = null;
            for (Unit u : units.get(s)) {
                if (u.first > j && u.last <= before && !u.prepositional && (subject == null || u.first < subject.first)) {
                    subject = u;
                }
            }
            Unit ahead = j > 0 ? cover.get(s)[j - 1] : null;
            return subject != null ? subject : ahead != null && ahead.last == j - 1 && !ahead.prepositional ? ahead : null;
        }
        return null;
    }

    /**
     * "تلقى الرئيس اتصالا هاتفيا من نظيره فلان"، "استلمت الحكومة رسالة من الأمين العام": an act told by its noun as the
     * object of a verb of receiving (lexv:ReceiveVerb, in the noun's clause with no other act between) is done by the
     * one it came from to the verb's subject, which the clause reading took for its doer. Who sent it is the actor
     * right after من following the noun (a few words between allowed: a date, a bracket), else the one a list after
     * بينهم made its target (اتصالات من عدد من القادة، بينهم فلان). With no sender named, the subject is left the
     * target alone: it did not call.
     */
    void receivedFrom(int s, int[] clause, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.sentence != s || d.voice != Phrase.Voice.NOUN || d.match == null || !d.match.prefix().isEmpty()
                    || d.source == null || !receivedAt(s, d, clause, all)) {
                continue;
            }
            int end = lastOf(s, d.match);
            Unit sender = null;
            for (int k = end + 1; k < size(s) - 1 && k <= end + 8 && clause[k] == clause[d.at]; k++) {
                if (cover.get(s)[k] == null && tok(s, k).norm().equals("من")) {
                    Unit u = cover.get(s)[k + 1];
                    sender = u != null && u.first == k + 1 ? u : null;
                    break;
                }
            }
            if (sender == null && d.target != null && d.target.sentence == s && d.target.first > end) {
                sender = d.target;
            }
            Unit receiver = d.source;
            if (sender != null && sender.key.equals(receiver.key)) {
                continue;
            }
            d.source = sender;
            d.target = receiver;
        }
    }

    /**
     * "وأعرب الرئيس، في اتصال هاتفي مع نظيره فلان، عن قلقه"، "قال الوزير خلال مكالمة هاتفية مع علان إن": a call or
     * talks (CAMEO 04x) told by its noun after في، خلال or عبر is what the speaker of its clause spoke in, aimed at
     * the one after مع: with no doer of its own, its doer is the doer of the nearest act before it in its clause.
     */
    void consultedIn(int s, int[] clause, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.sentence != s || d.voice != Phrase.Voice.NOUN || d.source != null || d.target == null
                    || d.match == null || !d.match.prefix().isEmpty()
                    || !String.valueOf(d.trigger.property("cameoCode")).startsWith("04")) {
                continue;
            }
            int p = wordBefore(s, d.at);
            if (p < 0 || cover.get(s)[p] != null || !SPOKEN_IN.contains(tok(s, p).norm())) {
                continue;
            }
            EventDraft speech = null;
            for (EventDraft e : all) {
                if (e != d && e.sentence == s && e.at < p && clause[e.at] == clause[d.at] && e.source != null
                        && e.voice == Phrase.Voice.ACTIVE && (speech == null || e.at > speech.at)) {
                    speech = e;
                }
            }
            if (speech != null && !speech.source.key.equals(d.target.key) && withMa(s, d)
                    && !otherActorBetween(s, speech, p)) {
                d.source = speech.source;
            }
        }
    }

    private static final Set<String> SPOKEN_IN = Set.of("في", "خلال", "عبر", "وفي", "وخلال");

    /** Whether the target of {@code d} is the one after مع: one talked with, not a place visited (خلال زيارة إلى). */
    private boolean withMa(int s, EventDraft d) {
        int b = d.target.sentence == s ? wordBefore(s, d.target.first) : -1;
        return b > d.at && cover.get(s)[b] == null && tok(s, b).norm().equals("مع");
    }

    /**
     * Whether an actor other than the act's doer stands between that act and the preposition at {@code p}: the call
     * is then that actor's, in a clause of its own (قال الكرملين إن الرئيس فلان أبدى في اتصال هاتفي مع علان دعمه).
     */
    private boolean otherActorBetween(int s, EventDraft speech, int p) {
        for (Unit u : units.get(s)) {
            boolean inDoer = speech.source.sentence == s && u.first >= speech.source.first
                    && u.last <= speech.source.last;
            if (u.first > speech.at && u.last < p && !u.prepositional && !u.qualifier && !inDoer
                    && !u.key.equals(speech.source.key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of receiving governs the noun of {@code d}: before it in its clause, no other act between. */
    private boolean receivedAt(int s, EventDraft d, int[] clause, List<EventDraft> all) {
        for (int j = d.at - 1; j >= 0 && j >= d.at - 30 && clause[j] == clause[d.at]; j--) {
            for (EventDraft e : all) {
                if (e != d && e.sentence == s && e.at == j) {
                    return false;
                }
            }
            if (cover.get(s)[j] == null && cue(s, j, Cues.RECEIVE_VERB) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وسارع الرئيس فلان إلى إدانة الهجوم"، "بادرت الحكومة إلى نفي الخبر": whether the verbal noun at {@code t}
     * follows إلى right after a verb of hastening (lexv:HastenVerb) and its subject, within eight tokens of its
     * clause: what the subject hastened to do is its own act, whatever the act.
     */
    boolean afterHasten(int s, int t, int[] clause) {
        if (!afterIla(s, t)) {
            return false;
        }
        for (int k = wordBefore(s, t) - 1; k >= 0 && k >= t - 9 && clause[k] == clause[t]; k--) {
            Unit u = cover.get(s)[k];
            if (u != null) {
                k = u.first;
                continue;
            }
            if (!tok(s, k).isWord()) {
                return false;
            }
            return cue(s, k, Cues.HASTEN_VERB) != null;
        }
        return false;
    }

    /** Whether the verbal noun at {@code t} follows the preposition إلى (سارع إلى الاعتراف، بادرت إلى إدانة). */
    boolean afterIla(int s, int t) {
        int b = wordBefore(s, t);
        return b >= 0 && tok(s, b).norm().equals("الي") && at(s, t).prefix().isEmpty();
    }

    /** The word of a lexv:word cue class the token's matching form opens with (its pronoun may follow), or null. */
    private String wordOpening(String norm, String type) {
        for (String w : lex.wordsOfClass.getOrDefault(type, Set.of())) {
            if (norm.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * "أطاح الجيش بالرئيس فلان بعد ساعات من إصداره مرسوما يقضي بإقالة": the issuing noun (إصدار) with a pronoun on it,
     * up to three words before the word of content at {@code b}, names the issuer by that pronoun: the last person
     * (ـه) or actor (ـها، ـهم) named before it in the sentence, not the subject of the act told before (the army
     * issued nothing). Null when no such noun stands there or no actor precedes it.
     */
    private Unit issuerOfPronoun(int s, int b) {
        for (int k = b - 1; k >= 0 && k >= b - 3; k--) {
            String w = tok(s, k).norm();
            String noun = cover.get(s)[k] != null ? null : wordOpening(w, "IssueNoun");
            if (noun == null || w.length() <= noun.length()) {
                continue;
            }
            boolean person = w.equals(noun + "ه");
            for (int i = units.get(s).size() - 1; i >= 0; i--) {
                Unit u = units.get(s).get(i);
                if (u.last < k && u.type != ActorType.PLACE && (!person || u.type == ActorType.PERSON)) {
                    return u;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "بإقالة أربعة من كبار القادة العسكريين، في مقدمتهم قائد الحرس الجنرال فلان": after an object of people counted
     * by a number, in which no person is named (a body may be: كبار ضباط الجيش), a comma and a word singling out some of them (lexv:ForemostMarker: في
     * مقدمتهم، أبرزهم، بينهم), the first person named within four words (his title before him) is the act's
     * object; null otherwise.
     */
    Unit foremostOfCounted(int s, int from) {
        int n = size(s);
        if (from >= n || !(tok(s, from).kind() == Token.Kind.NUMBER || cue(s, from, Cues.NUMBER_WORD) != null)) {
            return null;
        }
        for (int k = from; k < n && k <= from + 8; k++) {
            if (cover.get(s)[k] != null && cover.get(s)[k].type == ActorType.PERSON) {
                return null;
            }
            if (!COMMAS.contains(tok(s, k).norm())) {
                continue;
            }
            Match f = cue(s, k + 1, Cues.FOREMOST_MARKER);
            if (f == null) {
                return null;
            }
            int after = lastOf(s, f) + 1;
            for (int j = after; j < n && j <= after + 4; j++) {
                Unit u = cover.get(s)[j];
                if (u != null) {
                    return u.type == ActorType.PERSON && u.first == j ? u : null;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "مرسوما رئاسيا ينهي مهام الجنرال فلان"، "قرار يقضي": whether the word right before the verb at {@code t}, or the
     * word before one adjective (a nisba: رئاسيا، ملكية) right before it, is a decree or order (lexv:DecreeNoun) that
     * no actor covers: the verb qualifies the decree, which is its subject.
     */
    boolean decreeSubject(int s, int t) {
        int b = wordBefore(s, t);
        if (b < 0 || cover.get(s)[b] != null) {
            return false;
        }
        Match m = at(s, t);
        int after = m == null ? t + 1 : lastOf(s, m) + 1;
        if (after < size(s) && wordOpening(tok(s, after).norm(), "ByVirtueWord") != null) {
            // "أصدر الرئيس مراسيم أقال بموجبها الحكومة": by virtue of the decrees, the verb's subject is their issuer
            return false;
        }
        if (cueEndingAt(s, b, Cues.DECREE_NOUN) != null) {
            return true;
        }
        String w = tok(s, b).norm();
        int a = wordBefore(s, b);
        return (w.endsWith("يا") || w.endsWith("يه") || w.endsWith("ي")) && a >= 0 && cover.get(s)[a] == null
                && cueEndingAt(s, a, Cues.DECREE_NOUN) != null;
    }

    /**
     * "أصدر الرئيس فلان مرسوما ينهي مهام"، "وفي واشنطن، تبنى المجلس الدائم للمنظمة قرارا يدين الانقلاب": the issuer
     * of the decree a verb at {@code t} qualifies, the subject of the verb of issuing or adopting (lexv:IssueVerb)
     * opening the sentence, after a fronted adverb or place (up to three words) and its comma. When that verb stands
     * later with a pronoun and no subject of its own (عقد المجلس جلسة طارئة تبنى فيها قرارا يدين), the subject of the
     * verb opening the sentence, whose meeting adopted it. Null when no verb of issuing comes before the decree
     * (بث التلفزيون مرسوما: a broadcaster issues nothing).
     */
    Unit decreeSubjectIssuer(int s, int t) {
        int v = opening(s);
        if (v < size(s) && cue(s, v, Cues.ISSUE_VERB) != null) {
            return subjectAfter(s, v, t);
        }
        for (int k = v + 1; k < t; k++) {
            Match issue = cue(s, k, Cues.ISSUE_VERB);
            if (issue != null && cover.get(s)[k] == null) {
                int after = lastOf(s, issue) + 1;
                return after < t && OWN_MEETING.contains(tok(s, after).norm()) ? meetingHolder(s, k) : null;
            }
        }
        return null;
    }

    /**
     * "وفي واشنطن عقد المجلس الدائم لمنظمة الدول الأميركية جلسة طارئة تبنى فيها": who held the meeting told before
     * the verb at {@code k}, the sentence's first actor that is no place, no prepositional one but a body's
     * organisation after ل (the council of the organisation); null when another actor comes first.
     */
    private Unit meetingHolder(int s, int k) {
        for (int j = 0; j < k; j++) {
            Unit u = cover.get(s)[j];
            if (u == null || u.type == ActorType.PLACE) {
                continue;
            }
            boolean body = u.prepositional && u.type == ActorType.ORGANIZATION && tok(s, u.first).norm().startsWith("ل");
            return u.last < k && (!u.prepositional || body) ? u : null;
        }
        return null;
    }

    /** "فيها"، "فيه"، "خلالها": the pronoun of a meeting after a verb of adopting, which the meeting's holder adopts. */
    private static final java.util.Set<String> OWN_MEETING = java.util.Set.of("فيها", "فيه", "خلالها", "خلاله");

    /** The first word of a sentence's clause: after a fronted adverb or place of up to three words and its comma. */
    private int opening(int s) {
        for (int c = 1; c <= 3 && c + 1 < size(s); c++) {
            if (COMMAS.contains(tok(s, c).norm())) {
                for (int k = 0; k < c; k++) {
                    if (!tok(s, k).isWord() || cover.get(s)[k] != null && cover.get(s)[k].type != ActorType.PLACE) {
                        return 0;
                    }
                }
                return c + 1;
            }
        }
        return 0;
    }

    /**
     * The actor right after the verb at {@code v}, ending before {@code t}: no prepositional one, no place; or null.
     * A body no actor names (المجلس الدائم، اللجنة التنفيذية) with the organisation it belongs to after ل, within
     * three words of the verb (تبنى المجلس الدائم لمنظمة الدول الأمريكية قرارا), is that organisation's.
     */
    private Unit subjectAfter(int s, int v, int t) {
        if (size(s) <= v + 1 || cover.get(s)[v] != null) {
            return null;
        }
        Unit u = cover.get(s)[v + 1];
        if (u == null) {
            for (int k = v + 2; k <= v + 4 && k < t && u == null; k++) {
                Unit w = cover.get(s)[k];
                if (!tok(s, k - 1).isWord()) {
                    return null;
                }
                u = w != null && w.first == k && w.prepositional && w.type == ActorType.ORGANIZATION
                        && tok(s, k).norm().startsWith("ل") ? w : null;
            }
            return u == null || u.last >= t ? null : u;
        }
        return u.first != v + 1 || u.last >= t || u.prepositional || u.type == ActorType.PLACE ? null : u;
    }

    /**
     * The actor right after the last complementizer (إن، أن) between {@code from} and {@code b}, no prepositional one
     * and no place, ending before {@code b}: the subject of the clause reported there; null when another word opens it.
     */
    private Unit reportedIssuer(int s, int from, int b) {
        int c = -1;
        for (int k = from; k < b; k++) {
            if (cue(s, k, Cues.COMPLEMENTIZER) != null) {
                c = lastOf(s, cue(s, k, Cues.COMPLEMENTIZER));
            }
        }
        Unit u = c >= 0 && c + 1 < b ? cover.get(s)[c + 1] : null;
        return u == null || u.first != c + 1 || u.last >= b || u.prepositional || u.type == ActorType.PLACE ? null : u;
    }

    /**
     * "أصدر الرئيس أمرا رئاسيا قضى بإعفاء الوزير": for a verbal noun right after a word saying what a decree
     * orders (lexv:DecreeContent: قضى، يقضي، ينص على), or after a decree itself with ب (مرسوما بتعيين), the subject
     * of the last act before it in the sentence, else of the verb opening the sentence (after one fronted adverb and
     * a comma, or a particle): the decree's issuer; null otherwise.
     */
    Unit decreeIssuer(int s, int t, List<EventDraft> before) {
        int b = wordBefore(s, t);
        Match verb = b < 0 ? null : at(s, b);
        // "أوامر ملكية قضت بإعفاء فلان": the verb of sentencing right before a removal says what the orders provide for
        boolean provides = isKind(verb, Phrase.Kind.TRIGGER) && true_(verb.phrase().term(), "penaltyObject")
                && at(s, t) != null && at(s, t).phrase().term().property("endsOffice") != null;
        // "أصدر الرئيس مرسوما بتعيين فلان"، "قرارا بحل البرلمان": the act after ب is what the decree orders
        boolean ordered = b >= 0 && cueEndingAt(s, b, Cues.DECREE_NOUN) != null && at(s, t) != null
                && at(s, t).prefix().endsWith("ب");
        if (b < 0 || cueEndingAt(s, b, Cues.DECREE_CONTENT) == null && !provides && !ordered) {
            return null;
        }
        Unit own = issuerOfPronoun(s, b);
        if (own != null) {
            return own;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            // (a subject read after the verbal noun, the one removed, issued nothing)
            if (e.source != null && e.at < t && e.voice != Phrase.Voice.PASSIVE && e.source.first < t) {
                if (e.sentence == s && complementizerBetween(s, e.at + 1, b)) {
                    // "قالت الرئاسة في بيان إن المحكمة أصدرت أمرا بالقبض عليه": the decree is told in what the
                    // speaker says; its issuer is the actor opening that clause, if any (a court the text names by
                    // no actor issues it), never the speaker
                    return reportedIssuer(s, e.at + 1, b);
                }
                return e.source;
            }
        }
        // "أصدر الرئيس مرسوما يقضي ب": the subject of the verb opening the sentence, after a fronted adverb and
        // its comma when one stands first ("وبالتزامن، أصدر الملك أوامر"), or a particle (ثم أصدر الرئيس)
        int v = size(s) > 3 && cover.get(s)[0] == null && tok(s, 0).isWord() && COMMAS.contains(tok(s, 1).norm()) ? 2 : 0;
        if (v == 0 && size(s) > 3 && cover.get(s)[0] == null && (at(s, 0) == null || isKind(at(s, 0), Phrase.Kind.CUE))
                && tok(s, 0).isWord() && cover.get(s)[1] == null && isKind(at(s, 1), Phrase.Kind.TRIGGER)) {
            v = 1;
        }
        Unit u = size(s) > v + 1 && cover.get(s)[v] == null && tok(s, v).isWord() ? cover.get(s)[v + 1] : null;
        return u == null || u.first != v + 1 || u.last >= b || u.prepositional || u.type == ActorType.PLACE ? null : u;
    }

    /**
     * "ورحب الجيش الباكستاني بالقرار، وشنت مقاتلاته غارات"، "ودخلت قواتها المدينة": forces written with a pronoun
     * suffix (ـه، ـها، ـهم) right after a verb are the forces of the body the pronoun stands for, the subject of the
     * last act told before in the same sentence; that body is the verb's agent. Null when the word is no such
     * forces noun or the sentence told no act with a subject before it (a pronoun reaching across sentences is
     * left unread: the body may be any named before).
     */
    Unit forcesOfSubjectBefore(int s, int k, List<EventDraft> before) {
        if (k < 0 || k >= size(s) || cover.get(s)[k] != null) {
            return null;
        }
        Match f = cue(s, k, Cues.FORCES_NOUN);
        if (f == null) {
            f = cue(s, k, Cues.ARMED_ACTOR_NOUN);
        }
        String w = tok(s, k).norm();
        if (f == null || lastOf(s, f) != k || f.end() >= tok(s, k).end()
                || !(w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم"))) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.sentence == s && e.at < k && e.voice == Phrase.Voice.ACTIVE && e.source != null) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "واعتقلت القوات عددا من الوزراء": when the word right after a verb is a forces noun with the article that names
     * no actor (القوات، الوحدات), the subject is the last armed body the article named before, in this sentence or
     * the three before; null otherwise.
     */
    Unit forcesNamedBefore(int s, int k) {
        if (k >= size(s) || cover.get(s)[k] != null || cue(s, k, Cues.FORCES_NOUN) == null || !hasArticle(tok(s, k))) {
            return null;
        }
        return armedNamedBefore(s, k);
    }

    /**
     * "قالت المنظمة إن قوات الأمن قتلت 12 محتجا، عندما فتح جنود النار على متظاهرين": a verb whose object must be
     * of a cue class, with men of an armed body no actor names (a lexv:ForcesNoun without the article) standing
     * between it and that object, has them as its subject: not the speaker nor any subject before.
     */
    boolean unnamedForcesSubject(int s, int k, String needs, int[] clause) {
        return needs != null && k + 1 < size(s) && cover.get(s)[k] == null && cue(s, k, needs) == null
                && cue(s, k, Cues.FORCES_NOUN) != null && !hasArticle(tok(s, k))
                && arguments.objectAt(s, k + 1, needs, clause) == k + 1;
    }

    /** The last armed body named before token {@code k} of sentence {@code s}, or in the three sentences before. */
    Unit armedNamedBefore(int s, int k) {
        for (int r = s; r >= 0 && r >= s - 3; r--) {
            List<Unit> us = units.get(r);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if ((r < s || u.last < k) && !u.prepositional && arguments.armed(u)) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * Whether forces are named right after a verb ending before token {@code from} of sentence {@code s} (one word,
     * as أمس, may stand between): its subject. "وتنتشر في البلاد منذ عام 1992 قوة لحفظ السلام" tells forces
     * stationed there, no act of theirs.
     */
    boolean forcesRightAfter(int s, int from) {
        for (int k = from; k < size(s) && k < from + 2; k++) {
            if (cue(s, k, Cues.FORCES_NOUN) != null) {
                return true;
            }
            if (!tok(s, k).isWord() || cue(s, k, Cues.PREPOSITION) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * "انتشرت قوات الأمن في الشوارع"، "انتشر الجنود في شوارع المدينة": who the forces named right after a verb of
     * theirs (from token {@code from} of sentence {@code s}) are: the armed body their own words name, else the last
     * armed body named by its own words before them (in the three sentences before at most). Null when none is.
     */
    Unit forcesDoer(int s, int from) {
        for (int k = from; k < size(s) && k < from + 2; k++) {
            if (cue(s, k, Cues.FORCES_NOUN) != null) {
                Unit u = cover.get(s)[k];
                if (u != null && arguments.armedByOwnWords(u)) {
                    return u;
                }
                break;
            }
        }
        for (int r = s; r >= 0 && r >= s - 3; r--) {
            List<Unit> us = units.get(r);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if ((r < s || u.last < from) && !u.prepositional && arguments.armedByOwnWords(u)) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * "سيطر المسلحون على معظم المؤسسات الحكومية في العاصمة X"، "استولت القوات على المباني الرسمية في المدينة": for a
     * trigger whose place is its target (lexv:placeTarget), premises (lexv:PremisesNoun) with no owner named, right
     * after its marker and past words of extent (معظم، جميع), stand in the place named after في further in its clause
     * (as {@link #measureArea} reads it): that place, or the country its nisba names, is what was taken. Null when
     * no such premises follow the marker.
     */
    Unit placeOfPremises(int s, EventDraft d, int from, int[] clause) {
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        Set<String> extent = lex.wordsOfClass.getOrDefault("AreaWord", Set.of());
        int start = d.source != null && d.source.sentence == s && d.source.first > d.at ? d.source.last + 1 : from;
        for (int k = start; k < size(s) && clause[k] == clause[from - 1]; k++) {
            if (!markers.contains(tok(s, k).norm())) {
                continue;
            }
            int j = k + 1;
            while (j < size(s) && extent.contains(tok(s, j).norm())) {
                j++;
            }
            Match premises = j < size(s) && cover.get(s)[j] == null ? cue(s, j, Cues.PREMISES_NOUN) : null;
            return premises == null ? null : measureArea(s, lastOf(s, premises) + 1, clause);
        }
        return null;
    }

    /**
     * "في عموم البلاد"، "في جميع أنحاء البلاد": whether the area a measure is in force over (as {@link #measureArea}
     * reads it) is the whole country told as البلاد, the doer's own.
     */
    boolean nationwide(int s, int from, int[] clause) {
        from = pastQuotes(s, from);
        int start = AREA_MARKERS.contains(tok(s, from - 1).norm()) ? from - 1 : from;
        Set<String> extent = lex.wordsOfClass.getOrDefault("AreaWord", Set.of());
        for (int k = start; k < size(s) && k < from + 10 && clause[k] == clause[from - 1]; k++) {
            if (tok(s, k).isPunct() || k > from && isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return false;
            }
            if (!AREA_MARKERS.contains(tok(s, k).norm())) {
                continue;
            }
            int j = k + 1;
            while (j < size(s) && extent.contains(tok(s, j).norm())) {
                j++;
            }
            Match ref = j < size(s) ? cue(s, j, Cues.STATE_REFERENCE) : null;
            return ref != null && true_(ref.phrase().term(), "focalOnly");
        }
        return false;
    }

    /**
     * "أعلن رئيس الوزراء "حالة الحصار" في البلاد": the quotes the press puts around a measure's own words close it, and
     * the area comes after them; the first token past them (the end of the sentence at most).
     */
    private int pastQuotes(int s, int from) {
        while (from < size(s) - 1 && isQuote(tok(s, from))) {
            from++;
        }
        return from;
    }

    /** The prepositions that name the area a measure is in force over (في العاصمة، على العاصمة), in matching form. */
    private static final Set<String> AREA_MARKERS = Set.of("في", "علي");

    /**
     * "فرض حالة الطوارئ في العاصمة"، "حظر التجول في مدينة كذا"، "فرض إغلاق على العاصمة"، "الأحكام العرفية في جميع أنحاء
     * البلد X": for a measure in force over an area (lexv:measureArea), the place or country named after في or على
     * within its clause, past words of extent (lexv:AreaWord: جميع أنحاء، مناطق واسعة من) and past a marker that
     * names no place (على مدار 24 ساعة); its target, the area and the people in it. Null for the whole country told
     * as البلاد (في جميع أنحاء البلاد: the doer's own country, {@link Reactions#homeCountry}), and when punctuation
     * or another act's word comes first.
     */
    Unit measureArea(int s, int from, int[] clause) {
        from = pastQuotes(s, from);
        // the marker may close the measure's own words (فرض إغلاق على)
        int start = AREA_MARKERS.contains(tok(s, from - 1).norm()) ? from - 1 : from;
        for (int k = start; k < size(s) && k < from + 10 && clause[k] == clause[from - 1]; k++) {
            if (tok(s, k).isPunct() || k > from && isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
            if (!AREA_MARKERS.contains(tok(s, k).norm())) {
                continue;
            }
            int j = k + 1;
            Set<String> extent = lex.wordsOfClass.getOrDefault("AreaWord", Set.of());
            while (j < size(s) && extent.contains(tok(s, j).norm())) {
                j++;
            }
            Match ref = cue(s, j, Cues.STATE_REFERENCE);
            if (ref != null && true_(ref.phrase().term(), "focalOnly")) {
                return null;
            }
            Unit u = j < size(s) ? cover.get(s)[j] : null;
            Match noun = u == null ? cue(s, j, Cues.PLACE_NOUN) : null;
            if (noun != null) {
                // "في العاصمة أولان باتور"، "في مدينة كذا": the place named after its noun
                j = lastOf(s, noun) + 1;
                u = j < size(s) ? cover.get(s)[j] : null;
            }
            if (u != null && u.first == j && (u.type == ActorType.PLACE || u.type == ActorType.COUNTRY)) {
                return u;
            }
        }
        return null;
    }
}

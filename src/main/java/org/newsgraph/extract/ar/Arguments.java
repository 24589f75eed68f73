package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * The arguments of a trigger: voice, subject, agent, target, pair, place and charge, found from its position in
 * the clause. Used by {@link EventFinder}.
 */
final class Arguments extends Stage {

    private final PronounSubjects subjects;

    Arguments(Stage shared) {
        super(shared);
        this.subjects = new PronounSubjects(shared);
    }

    /**
     * Whether a verb of attack that is also used without arms (هاجم، استهدف) acts militarily here: never when
     * its subject is a measure (عقوبات تستهدف); yes when its subject is an armed body (الجيش، مسلحون، قوات، عناصر
     * من حركة) or its object is positions, a place or people (مواقع، قرية، المدنيين، قوات), or a state for a
     * trigger whose object a state makes military (lexv:stateObject).
     */
    boolean military(int s, int t, int last, EventDraft d, int[] clause) {
        int b = wordBefore(s, t);
        if (b >= 0 && clause[b] == clause[t] && cueEndingAt(s, b, Cues.MEASURE_NOUN) != null) {
            return false;
        }
        if (d.source != null && armed(d.source)) {
            return true;
        }
        if (d.source != null && d.source.office != null && true_(d.source.office, "armedRank") && seizesPower(d.trigger)) {
            // "استولى الرائد فلان على السلطة"، "أطاح العقيد فلان بالحكومة": an officer named by his rank (lexv:armedRank)
            // who takes power does it as the army would; his words (هاجم اللواء فلان الحكومة) stay words
            return true;
        }
        int o = d.source != null && d.source.sentence == s && d.source.first > t ? d.source.last + 1 : last + 1;
        while (o < size(s) && isQuote(tok(s, o))) {
            o++;
        }
        if (o >= size(s) || clause[o] != clause[t]) {
            return false;
        }
        Unit u = cover.get(s)[o];
        if (u != null && u.first == o && (u.type == ActorType.PLACE
                || u.type == ActorType.COUNTRY && true_(d.trigger, "stateObject"))) {
            // "غزو روسيا لأوكرانيا": a state invaded, where a state criticised (هاجم الرئيس فرنسا) is words
            return true;
        }
        return cue(s, o, Cues.MILITARY_OBJECT) != null || cue(s, o, Cues.FORCES_NOUN) != null || armedNoun(s, o);
    }

    /** Whether a trigger, or the one it stands for in a military context, is a seizure of power (lexv:impliedDoer). */
    private boolean seizesPower(Term trig) {
        String reading = trig.property("militaryReading");
        return true_(trig, "impliedDoer") || reading != null && true_(lex.trigger(reading), "impliedDoer");
    }

    /** Whether an actor is an armed body: its first word, or a partitive before it (عناصر من), names one. */
    boolean armed(Unit u) {
        // read in the actor's own sentence: a speaker carried over from a sentence before stands there
        int s = u.sentence;
        if (armedNoun(s, u.first)) {
            return true;
        }
        int k = wordBefore(s, u.first);
        if (k >= 0 && tok(s, k).norm().equals("من")) {
            k = wordBefore(s, k);
        }
        return k >= 0 && k >= u.first - 3 && armedNoun(s, k);
    }

    /**
     * An armed body by its own words (الجيش، قوات الأمن، وحدات من الجيش), not by a word of force standing before it
     * as another phrase's (يتهم الجيش المفوضية: the commission is no armed body).
     */
    boolean armedByOwnWords(Unit u) {
        int s = u.sentence;
        if (armedNoun(s, u.first)) {
            return true;
        }
        int k = wordBefore(s, u.first);
        return k >= 0 && tok(s, k).norm().equals("من") && wordBefore(s, k) >= 0 && armedNoun(s, wordBefore(s, k));
    }

    boolean armedNoun(int s, int k) {
        return cue(s, k, Cues.ARMED_ACTOR_NOUN) != null || cue(s, k, Cues.FORCES_NOUN) != null || cue(s, k, Cues.ARMED_FORCE_NOUN) != null;
    }

    Phrase.Voice voice(int s, int t, Match m) {
        Phrase.Voice v = m.phrase().voice();
        if (v == Phrase.Voice.ACTIVE && lex.isAlsoNoun(m) && !verbPosition(s, t, m)) {
            v = Phrase.Voice.NOUN;
        }
        if (v == Phrase.Voice.ACTIVE) {
            // a damma on the first letter of the verb marks the passive its letters hide (عُزل)
            int[] cps = text.cps;
            int k = m.begin();
            if (k + 1 < m.end() && cps[k + 1] == 0x064F) {
                return Phrase.Voice.PASSIVE;
            }
            if (cps[k] == 'ا' && dammaWithin(cps, k + 2, Math.min(m.end() - 1, k + 5))) {
                // "اعتُقل، استُهدف، انتُخب": a derived verb opening with alif marks its passive on a later letter
                return Phrase.Voice.PASSIVE;
            }
        }
        int b = wordBefore(s, t);
        if (b >= 0 && cue(s, b, Cues.IMPERSONAL_MARKER) != null) {
            return Phrase.Voice.PASSIVE;
        }
        int next = lastOf(s, m) + 1;
        if (v == Phrase.Voice.ACTIVE && t == 0 && next < size(s) && tok(s, next).kind() == Token.Kind.NUMBER
                && m.phrase().term().property("counts") != null) {
            // "قتل 23 جنديا" opening a report: a number is no verb's subject, so the unmarked verb is the passive قُتل
            return Phrase.Voice.PASSIVE;
        }
        return v;
    }

    private static boolean dammaWithin(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cps[i] == 0x064F) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a form that is both a verb and a verbal noun (عزل، نقل، رفض) reads as a verb: with و or ف on it,
     * opening a sentence or clause, after punctuation, a complementizer, قد, or right after its subject; never
     * with the preposition ب on it.
     */
    private boolean verbPosition(int s, int t, Match m) {
        if (m.prefix().contains("ب") || original(tok(s, t).begin(), m.begin()).endsWith("ال")) {
            // a preposition governs nouns only: "هددت فرنسا بفرض عقوبات"; a verb never carries the article: "أدان
            // الاتحاد القمع الدموي" is the noun قمع, not the verb
            return false;
        }
        if (m.prefix().startsWith("و") || m.prefix().startsWith("ف") || t == 0) {
            return true;
        }
        Token before = tok(s, t - 1);
        if (before.isPunct() && !isQuote(before)) {
            return true;
        }
        Unit u = cover.get(s)[t - 1];
        if (u != null && u.last == t - 1 && !u.prepositional) {
            // "انتقدت المعارضة حجب المواقع": an actor right after a verb is that verb's subject, and what follows
            // verb and subject is its object, a noun, not a second verb
            int first = u.first;
            for (int n = 0; n < 2 && first > 0; n++) {
                // "انتقدت المعارضة التركية": the subject may be a noun and the nisba unit after it
                Unit prev = cover.get(s)[first - 1];
                if (prev == null || prev.last != first - 1 || prev.prepositional) {
                    break;
                }
                first = prev.first;
            }
            return !verbRightBefore(s, first);
        }
        return cueEndingAt(s, t - 1, Cues.COMPLEMENTIZER) != null || cueEndingAt(s, t - 1, Cues.CLAUSE_BREAK) != null
                || before.norm().equals("قد") || before.norm().equals("لقد");
    }

    /** Whether a trigger read as a verb (no article, no preposition on it) ends right before token {@code k}. */
    private boolean verbRightBefore(int s, int k) {
        for (int j = Math.max(0, k - 3); j < k; j++) {
            Match m = at(s, j);
            if (isKind(m, Phrase.Kind.TRIGGER) && lastOf(s, m) == k - 1) {
                return m.phrase().voice() == Phrase.Voice.ACTIVE && !m.prefix().contains("ب")
                        && !original(tok(s, j).begin(), m.begin()).endsWith("ال");
            }
        }
        return false;
    }

    /**
     * Whether a noun of the cue class follows within five words, the words of a subject and a number with what it
     * counts in between not counted.
     */
    boolean objectFollows(int s, int from, Term trig, int[] clause) {
        return objectAt(s, from, trig, clause) >= 0;
    }

    /**
     * Where the object the trigger needs (lexv:needsObject) starts, or -1; with a lexv:objectMarker the noun counts
     * only right after that word ("تجمعوا أمام مقر الحكومة": a building only after أمام).
     */
    int objectAt(int s, int from, Term trig, int[] clause) {
        return objectAt(s, from, trig.property("needsObject"), lex.normalizedValues(trig, "objectMarker"),
                true_(trig, "directObject"), true_(trig, "objectNext") ? 1 : 5, clause);
    }

    /**
     * Whether a noun of the cue class starts between {@code from} and {@code to} (exclusive): "أعربت الوزارة في
     * بيان، عن إدانة البلاد للتفجير، مجددة موقفها": words set off by commas that hold the object the trigger needs
     * are that object, not an aside about its subject.
     */
    private boolean holdsCue(int s, int from, int to, String cueType) {
        for (int j = from; j < to; j++) {
            if (cue(s, j, cueType) != null) {
                return true;
            }
        }
        return false;
    }

    /** Where the noun of the cue class {@link #objectFollows} finds starts, or -1. */
    int objectAt(int s, int from, String cueType, int[] clause) {
        return objectAt(s, from, cueType, List.of(), false, 5, clause);
    }

    /**
     * With {@code reach} 1 (lexv:objectNext) the object is the first word past the subject and asides: "تبنى المجلس
     * بالإجماع قرارا دان فيه الهجمات" adopts a resolution, and the attack it names later is no object of the verb.
     */
    private int objectAt(int s, int from, String cueType, List<String> markers, boolean direct, int reach, int[] clause) {
        int words = 0;
        for (int k = from; k < size(s) && words < reach; k++) {
            if (clause[k] != clause[from - 1]) {
                return -1;
            }
            int described = pastPronounClause(s, k);
            if (described > k) {
                // "استخدمت قوات الأمن، التي يسميها السكان "القبعات السود"، خراطيم المياه": a clause describing the
                // subject, set off by commas, stands apart from the words between verb and object
                k = described - 1;
                continue;
            }
            int aside = pastAside(s, k, clause);
            if (aside > k && !holdsCue(s, k + 1, aside, cueType)) {
                // "حملت الحكومة الحركة المتشددة، المرتبطة بتنظيم القاعدة، المسؤولية"، "حمل فلان، نجل الضحية، الحكومة
                // مسؤولية مقتلها": words set off by a pair of commas describe the actor before them (an apposition,
                // an adjective phrase), and no more stand between verb and object than a clause describing it does
                k = aside - 1;
                continue;
            }
            Match object = cue(s, k, cueType);
            if (object != null && !markers.isEmpty() && (k == 0 || !markers.contains(tok(s, k - 1).norm()))) {
                object = null;
            }
            if (object != null && direct && k > 0 && cue(s, k - 1, Cues.PREPOSITION) != null) {
                // "علق الوزير على القرار": the noun after a preposition is that preposition's, no direct object
                return -1;
            }
            if (object != null) {
                return !true_(object.phrase().term(), "absolute") || standsAlone(s, lastOf(s, object) + 1) ? k : -1;
            }
            if (markers.isEmpty() && wordOfClass(s, k, cueType)) {
                // (عين فلانا وزيرا: an object of a class given by its words, lexv:word)
                return k;
            }
            if (countedAs(s, k, cueType, clause)) {
                return k;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k && !u.prepositional) {
                k = u.last;
            } else if (tok(s, k).kind() == Token.Kind.NUMBER) {
                // "أمهلت أعضاء البعثة الدبلوماسية 48 ساعة لمغادرة البلاد": a number and what it counts (the time
                // given) are one part of the object phrase, not two words standing between verb and object; what
                // it counts may be the object itself (طردت الجزائر 12 دبلوماسيا)
                if (k + 1 < size(s) && cue(s, k + 1, cueType) == null) {
                    k++;
                }
            } else if (!COMMAS.contains(tok(s, k).norm()) && !isQuote(tok(s, k)) && cue(s, k, Cues.WEEKDAY) == null
                    && cue(s, k, Cues.DAY_PART) == null) {
                // "دخلت قوات تابعة للمجموعة، مساء الخميس، أراضي البلد": a time set off by commas stands apart from
                // the words between verb and object; quotation marks (المعروفة باسم "الدرك") are no words either
                words++;
            }
        }
        return -1;
    }

    /**
     * Whether a number starts at token {@code k} whose counted noun stands for the cue class {@code cueType}
     * (lexv:countedAs) and is sent somewhere: "بنشر 400 عسكري في البلد"، "إرسال 200 عنصر إلى المدينة" send forces,
     * though no word of forces is said. With no destination in its clause (إلى, or في before a place) a count of men
     * is not read so: who sent them and where to is then too little told to be sure of a deployment.
     */
    private boolean countedAs(int s, int k, String cueType, int[] clause) {
        int after;
        Match word = cue(s, k, Cues.NUMBER_WORD);
        if (tok(s, k).kind() == Token.Kind.NUMBER) {
            Match mult = cue(s, k + 1, Cues.NUMBER_WORD);
            after = mult != null && true_(mult.phrase().term(), "multiplier") ? lastOf(s, mult) + 1 : k + 1;
        } else if (word != null && !true_(word.phrase().term(), "approximate")) {
            after = lastOf(s, word) + 1;
        } else {
            return false;
        }
        Match noun = after < size(s) ? cue(s, after, Cues.COUNTED_NOUN) : null;
        if (noun == null || !cueType.equals(noun.phrase().term().property("countedAs"))) {
            return false;
        }
        for (int j = lastOf(s, noun) + 1; j < size(s) && j <= lastOf(s, noun) + 8 && clause[j] == clause[k]; j++) {
            String w = tok(s, j).norm();
            Unit u = j + 1 < size(s) ? cover.get(s)[j + 1] : null;
            if (w.equals(ArabicNormalizer.normalize("إلى")) || w.equals("في") && u != null && u.first == j + 1
                    && (u.type == ActorType.PLACE || u.type == ActorType.COUNTRY || u.countryKey != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun ending before token {@code k} stands alone: no content word follows it (a preposition,
     * punctuation or the end do). A noun that must stand alone (lexv:absolute) in construct with a noun is
     * another word: "رفضت روسيا تعليق العمل بالمعاهدة" rejects a suspension, it declines no comment.
     */
    private boolean standsAlone(int s, int k) {
        return k >= size(s) || !tok(s, k).isWord() || cue(s, k, Cues.PREPOSITION) != null || cue(s, k, Cues.NAME_STOP) != null
                || cue(s, k, Cues.CLAUSE_BREAK) != null;
    }

    /**
     * "أعلن ضباط في الجيش، فجر الجمعة، الاستيلاء على السلطة": a verbal noun that is the object of a verb of
     * saying in its clause (no أن between) has that verb's subject as agent, whatever actors stand between.
     */
    static Unit announcer(List<EventDraft> before, int[] clause, int[] sub, int t, Unit not) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if ((e.reporting || ownsContent(e, t)) && e.source != null && e.voice == Phrase.Voice.ACTIVE && clause[e.at] == clause[t]
                    && e.at >= sub[t] && e.at < t) {
                return not != null && e.source.key.equals(not.key) ? null : e.source;
            }
        }
        return null;
    }

    /** Whether a verb of another event (not of saying) governs the clause before {@code t} (دانت X الانقلاب). */
    static boolean afterEventVerb(List<EventDraft> before, int[] clause, int[] sub, int t) {
        // "ندد X بالقرار، معلنا فرض عقوبات": the verb nearest before the noun governs it, here one of saying
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.voice != Phrase.Voice.NOUN && clause[e.at] == clause[t] && e.at >= sub[t] && e.at < t) {
                if (announced(before, i, clause)) {
                    // "أعلنت إثيوبيا قطع العلاقات وإغلاق الأجواء": قطع, read as a verb right after the subject it
                    // shares with أعلنت, is what is announced, as the verbal noun joined to it is
                    continue;
                }
                return !e.reporting && !ownsContent(e, t);
            }
        }
        return false;
    }

    /** Whether the act at {@code i}, no verb of saying, has the subject of a verb of saying before it in its clause. */
    private static boolean announced(List<EventDraft> before, int i, int[] clause) {
        EventDraft e = before.get(i);
        if (e.reporting || e.voice != Phrase.Voice.ACTIVE || e.source == null) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            EventDraft r = before.get(j);
            if (r.reporting && r.source != null && r.source.key.equals(e.source.key) && clause[r.at] == clause[e.at] && r.at < e.at) {
                return true;
            }
        }
        return false;
    }

    /**
     * "أمرت محكمة في لاباز بحبس فلانة"، "ردت البلاد بقطع علاقاتها": the subject of the verb nearest before {@code t}
     * in its clause, when it is an order naming no one ordered or a reply. A reply (a verb of saying) owns only the
     * act after its ب ({@code afterBa}): an act told after another preposition ("ردت ...، منذ وصول العسكريين إلى
     * الحكم") is spoken of, not done by the one who answers.
     */
    static Unit orderer(List<EventDraft> before, int[] clause, int[] sub, int t, boolean afterBa) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.voice != Phrase.Voice.NOUN && clause[e.at] == clause[t] && e.at >= sub[t] && e.at < t) {
                return e.voice == Phrase.Voice.ACTIVE && ownsContent(e, t) && (afterBa || !e.reporting) ? e.source : null;
            }
        }
        return null;
    }

    /**
     * "أمرت محكمة في لاباز بحبس الرئيسة السابقة": an order that names no one ordered to act (lexv:ownContent) is
     * carried out by whoever gives it; the act it orders (at {@code t}) is the orderer's. An actor after that act is
     * the act's object, no one ordered.
     */
    private static boolean ownsContent(EventDraft e, int t) {
        return e.trigger.property("ownContent") != null && (e.target == null || e.target.sentence == e.sentence && e.target.first > t);
    }

    /**
     * "أدانت فرنسا الهجوم، وقررت فرض عقوبات"، "أعلن القادة أنهم ...، وقرروا فرض عقوبات": a verbal noun right after a
     * verb joined by و or ف that is no trigger and names no subject is that verb's object, and the verb goes on with
     * the sentence's chain of acts: its subject is the subject of the last act told before it in the sentence, outside
     * what a speaker reports (a verb there keeps the reported clause's subject). A plural verb (ـوا) never goes on
     * with one person. Null when the word before {@code t} is no such verb.
     */
    Unit chainSubject(int s, int t, int[] sub, List<EventDraft> before) {
        int v = t - 1;
        Match own = at(s, t);
        if (v < 1 || own == null || !own.prefix().isEmpty() || cover.get(s)[v] != null) {
            return null;
        }
        // a verb that also ends names (وقرر) is such a verb, though the lexicon reads it; a function word (ومن، ولم)
        // or a trigger is none
        Match stop = cue(s, v, Cues.NAME_STOP);
        boolean ownActVerb = stop != null && true_(stop.phrase().term(), "ownActObject");
        if (at(s, v) != null && !ownActVerb) {
            return null;
        }
        String verb = tok(s, v).norm();
        boolean joined = verb.length() > 3 && (verb.startsWith("و") || verb.startsWith("ف"));
        if (!joined || cue(s, v, Cues.PREPOSITION) != null || cue(s, v, Cues.CLAUSE_BREAK) != null || stop != null && !ownActVerb
                || cue(s, v, Cues.DATE_WORD) != null || cue(s, v, Cues.WEEKDAY) != null || cue(s, v, Cues.NUMBER_WORD) != null
                || cue(s, v, Cues.COMPLEMENTIZER) != null) {
            return null;
        }
        // "أعلنوا أنهم لا يعترفون بالنتائج، وقرروا": after a complementizer carrying the speaker's pronoun the
        // speaker is the subject of what is reported too
        boolean speakers = subjects.reported(s, t, sub) && pronounComplementizer(s, sub[t], sub);
        if (subjects.reported(s, t, sub) && !speakers) {
            return null;
        }
        boolean plural = verb.endsWith("وا");
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.sentence != s || e.at >= v || e.voice != Phrase.Voice.ACTIVE || e.source == null
                    || subjects.reported(s, e.at, sub) && !speakers) {
                continue;
            }
            return plural && e.source.type == ActorType.PERSON ? null : e.source;
        }
        return null;
    }

    /**
     * Whether a word from {@code from} up to (not including) {@code to}, no actor's, carries one of the trigger's
     * one-letter object markers as its prefix (رحّب التحالف بموقف فلان، ندد المجلس باعتقال فلان): the object's phrase
     * opens there, after the subject, and an actor after it is in that phrase. So too a body the marker is on (أطاح
     * بحكومة الرئيس فلان): the actor right after it is in its genitive, whose it is, no subject of the verb.
     */
    boolean inObjectPhrase(int s, int from, int to, Term trig) {
        List<String> all = lex.normalizedValues(trig, "targetMarker");
        List<String> markers = all.stream().filter(mk -> mk.length() == 1).toList();
        for (int k = from; k < to && k < size(s); k++) {
            String w = tok(s, k).norm();
            Match m = at(s, k);
            if (w.length() > 1 && all.contains(w) && cover.get(s)[k] == null) {
                // "بعد أن سيطروا على مبنى وزارة الإعلام": an actor after the verb's own target marker, a word of its
                // own (على، إلى، ضد), is its target, never its subject
                return true;
            }
            Unit body = cover.get(s)[k];
            if (body != null && body.first == k && body.last == to - 1 && body.prepositional
                    && body.type == ActorType.ORGANIZATION && m != null
                    && markers.stream().anyMatch(mk -> m.prefix().endsWith(mk))) {
                return true;
            }
            if (cover.get(s)[k] != null || !tok(s, k).isWord() || w.length() < 4) {
                continue;
            }
            for (String mk : markers) {
                // a word the lexicon reads shows its prefix; another is read by its first letter, but for the
                // prepositions spelled with it (بين، بسبب)
                boolean marked = m != null ? m.prefix().endsWith(mk)
                        : w.startsWith(mk) && !w.startsWith(mk + "ين") && cue(s, k, Cues.PREPOSITION) == null;
                if (marked) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a verb of saying followed by فيه/فيها ("said in it": a video, a speech, a post named before it), the
     * subject of the sentence that posted or gave it: the first bare actor of the sentence, no place, before the
     * verb (نشر فلان مقطع فيديو قال فيه، وكان فلان قد ظهر في خطاب قال فيه); else null.
     */
    Unit speakerInIt(int s, int next) {
        if (!resumptiveAt(s, next)) {
            return null;
        }
        for (Unit u : units.get(s)) {
            if (u.last >= next - 1) {
                return null;
            }
            if (!u.prepositional && !u.locative && !u.qualifier && u.type != ActorType.PLACE) {
                return u;
            }
        }
        return null;
    }

    /**
     * Whether a pronoun of "in it" (فيه، فيها، and فيهما، فيهم for the two calls or the talks: اتصالين هاتفيين دعا
     * فيهما) stands at {@code k}: the verb before it tells what was said in a thing named before.
     */
    boolean resumptiveAt(int s, int k) {
        return k < size(s) && RESUMPTIVE.contains(tok(s, k).norm());
    }

    private static final java.util.Set<String> RESUMPTIVE = java.util.Set.of("فيه", "فيها", "فيهما", "فيهم");

    /**
     * "في بيان أصدرته الرئاسة"، "في رسالة بعثها الوزير"، "في بيان صادر عن المتحدث باسمه فلان": the actor right after
     * a verb carrying the pronoun of a statement named just before it, or after صادر عن, is who issued that
     * statement; it speaks through it, and is never the one a call or a condemnation in it is aimed at.
     */
    boolean statementIssuedBy(int s, Unit u) {
        int v = wordBefore(s, u.first);
        if (v < 1 || cover.get(s)[v] != null || !tok(s, v).isWord()) {
            return false;
        }
        if (tok(s, v).norm().equals("عن") && v >= 2 && cover.get(s)[v - 1] == null
                && ISSUED.contains(tok(s, v - 1).norm())) {
            // "في بيان صادر عن المتحدث باسمه فلان": issued by
            Match medium = at(s, v - 2);
            return cueEndingAt(s, v - 2, Cues.STATEMENT_NOUN) != null
                    || medium != null && isKind(medium, Phrase.Kind.MEDIUM) && lastOf(s, medium) == v - 2;
        }
        String w = tok(s, v).norm();
        if (!(w.endsWith("ه") || w.endsWith("ها")) || w.startsWith("ال") || w.length() < 4) {
            return false;
        }
        int k = wordBefore(s, v);
        return k >= 0 && cueEndingAt(s, k, Cues.STATEMENT_NOUN) != null;
    }

    /** صادر، صادرة، الصادر، الصادرة in matching form: (a statement) issued, before عن and its issuer. */
    private static final Set<String> ISSUED = Set.of("صادر", "صادره", "الصادر", "الصادره");

    /** The index after a statement's issuer ({@link #statementIssuedBy}) and the nisbas qualifying it. */
    int pastIssuer(int s, Unit issuer) {
        int k = issuer.last + 1;
        while (k < size(s) && cover.get(s)[k] != null && cover.get(s)[k].qualifier && cover.get(s)[k].first == k) {
            k = cover.get(s)[k].last + 1;
        }
        return k;
    }

    /**
     * "ودعا في بيان أصدره المكتب الرئاسي الحكومة إلى": the actor right after a statement's issuer, which the verb
     * before the statement acts on; else null.
     */
    Unit objectAfterIssuer(int s, Unit issuer) {
        int k = pastIssuer(s, issuer);
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        return u != null && u.first == k && !u.prepositional && !u.locative && !u.qualifier ? u : null;
    }

    /**
     * "أصدرت الوزارة بيانا دانت فيه الهجوم"، "وجه الرئيس رسالة دعا فيها الجيش إلى": a verb right after a statement or
     * message (lexv:StatementNoun) and followed by فيه/فيها tells what that statement does, so its doer is whoever
     * issued it ({@link #speakerInIt}), whatever verb it is; null when the verb stands elsewhere.
     */
    Unit statementIssuer(int s, int t, int next) {
        int k = wordBefore(s, t);
        if (k < 0 || cueEndingAt(s, k, Cues.STATEMENT_NOUN) == null) {
            return null;
        }
        // a verb read with its preposition (ندد ب) has فيه between the two: "نددت فيه بالإنزال"
        Unit issuer = speakerInIt(s, t + 1);
        return issuer != null ? issuer : speakerInIt(s, next);
    }

    /** "اشتباكات بين A و(بين) B"، "بين A من جهة وB من جهة أخرى": A and B, for triggers with a pair marker. */
    Unit[] pair(int s, Term trig, int from, int[] clause) {
        List<String> markers = lex.normalizedValues(trig, "pairMarker");
        for (int k = from; k < Math.min(size(s), from + 6) && clause[k] == clause[from - 1]; k++) {
            if (!markers.contains(tok(s, k).norm())) {
                continue;
            }
            Unit a = unitWithin(s, k + 1, 0);
            boolean apposed = a == null;
            if (apposed) {
                // "بين حزبه المحافظ، حزب الاستقلال، و...": the actor set off by commas names the words before it
                a = apposition(s, k + 1);
            }
            if (a == null) {
                return null;
            }
            int j = a.last + 1;
            while (j < size(s) && cover.get(s)[j] != null && cover.get(s)[j].qualifier) {
                j = cover.get(s)[j].last + 1;
            }
            Match led = j < size(s) ? cue(s, j, Cues.MEMBERSHIP_CUE) : null;
            if (led != null && "leader-after".equals(led.phrase().term().property("direction"))) {
                // "بين الجيش بقيادة الفريق فلان، وقوات الحركة": who leads the first side is no second side
                Unit leader = unitWithin(s, lastOf(s, led) + 1, 0);
                j = leader == null ? j : leader.last + 1;
                apposed = leader != null;
            }
            Match side = j < size(s) ? cue(s, j, Cues.SIDE_MARKER) : null;
            if (side != null) {
                // "بين الجيش من جهة والشرطة من جهة أخرى"
                j = lastOf(s, side) + 1;
            }
            if (j + 1 < size(s) && COMMAS.contains(tok(s, j).norm())
                    && (apposed || tok(s, j + 1).norm().startsWith("و"))) {
                // "بين الجيش النظامي، وقوات الحركة"
                j++;
            }
            if (j < size(s) && (tok(s, j).norm().equals("و") || markers.contains(tok(s, j).norm().replaceFirst("^و", "")))) {
                j++;
            }
            while (j < size(s) && isQuote(tok(s, j))) {
                // "بين الجيش و«الحركة»"
                j++;
            }
            Match forces = j < size(s) && cover.get(s)[j] == null ? cue(s, j, Cues.FORCES_NOUN) : null;
            Match part = j < size(s) && cover.get(s)[j] == null ? cue(s, j, Cues.PARTITIVE_NOUN) : null;
            if (part != null && (forces == null || lastOf(s, part) > lastOf(s, forces))) {
                // "وعناصر من الشرطة": the body whose members fight is the side
                forces = part;
            }
            if (forces != null) {
                // "وقوات حركة X": the forces of X are X
                j = lastOf(s, forces) + 1;
            }
            while (forces != null && j < size(s) && isQuote(tok(s, j))) {
                j++;
            }
            Unit b = unitWithin(s, j, 0);
            return b == null || b.key.equals(a.key) ? null : new Unit[] {a, b};
        }
        return null;
    }

    /**
     * "حزبه المحافظ، حزب الاستقلال،": after at most three words (a title among them: المحافظ is also "the
     * governor"), the actor set off by two commas that names them; else null.
     */
    private Unit apposition(int s, int from) {
        for (int j = from; j < size(s) && j <= from + 3; j++) {
            if (j > from && COMMAS.contains(tok(s, j).norm())) {
                Unit u = unitWithin(s, j + 1, 0);
                return u != null && u.last + 1 < size(s) && COMMAS.contains(tok(s, u.last + 1).norm()) ? u : null;
            }
        }
        return null;
    }

    /** The subject of the clause a verbal noun stands in (فرضت واشنطن ... عقوبات): a bare actor before it. */
    Unit clauseSubject(int s, int t, int start, Unit not, List<DateExpr> dates) {
        int words = 0;
        Match own = at(s, t);
        boolean joined = own != null && own.prefix().startsWith("و");
        boolean nearest = true;
        for (int k = t - 1; k >= start && words <= 6; k--) {
            Unit u = cover.get(s)[k];
            if (u != null && u.last == k) {
                // "غداة تصويته على عزل الرئيس فلان وإطلاق سراح فلانة": a verbal noun joined by و to another one
                // shares its agent; the actor right before it, after the first noun, is that noun's object, not the
                // agent, and the words before it are no subject of the joined noun either. An actor further back
                // after the first noun is its agent (اعتقال الجيش للرئيس فلان وترحيله: the army), and so is the
                // object of a verb of forcing before a noun of its own (إرغام الرئيس فلان على التنحي وتسليم السلطة)
                if (joined && nearest && u.last == t - 1 && verbalNounEndingAt(s, u.first - 1)) {
                    return null;
                }
                nearest = false;
                if (!u.prepositional && !u.locative && u.type != ActorType.PLACE && u != not
                        && (not == null || !u.key.equals(not.key))) {
                    return u;
                }
                k = u.first;
            }
            // a date between subject and noun (مدد في الأول من شباط عقوباته) does not put the subject further away
            if (tok(s, k).isWord() && !dateCovers(dates, k)) {
                words++;
            }
        }
        return null;
    }

    /**
     * Whether the words ending at {@code i} are the verbal noun of a trigger: read as one, or a form that is also a
     * verb (عزل) where no verb stands (على عزل).
     */
    private boolean verbalNounEndingAt(int s, int i) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            Match m = at(s, k);
            if (isKind(m, Phrase.Kind.TRIGGER) && lastOf(s, m) == i
                    && (m.phrase().voice() == Phrase.Voice.NOUN || !verbPosition(s, k, m))) {
                return true;
            }
        }
        return false;
    }

    /** The actor after an agent marker (بقرار من X) in the trigger's clause. */
    Unit agent(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && clause[k] == clause[from - 1]; k++) {
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                // an agent marker after the next trigger is that trigger's
                return null;
            }
            Match a = cue(s, k, Cues.AGENT_MARKER);
            if (a != null) {
                int after = lastOf(s, a) + 1;
                Unit u = after < size(s) ? cover.get(s)[after] : null;
                if (u != null && u.first == after) {
                    return u;
                }
            }
        }
        return null;
    }

    /** The subject before a verb: the unit that ends right before it (قد, لقد and quotation marks between). */
    Unit unitBefore(int s, int t, int start, List<Unit> us) {
        int k = t - 1;
        boolean qad = false;
        while (k >= start && (isQuote(tok(s, k)) || cue(s, k, Cues.NAME_STOP) != null
                && (tok(s, k).norm().equals("قد") || tok(s, k).norm().equals("لقد")))) {
            qad |= !isQuote(tok(s, k));
            k--;
        }
        Unit named = qad ? appositionEndingAt(s, k, start) : null;
        if (named != null) {
            return named;
        }
        k = beforeParenthetical(s, k, start);
        if (k < start) {
            return null;
        }
        Unit u = cover.get(s)[k];
        if (u != null && u.qualifier && u.first > start) {
            // "الشرطة التركية يعتقل": the subject is the group the nisba qualifies
            u = cover.get(s)[u.first - 1];
        }
        Unit head = u == null || u.first <= start ? null : constructHead(s, u);
        if (head != null) {
            u = head;
        }
        if (u == null || u.last >= t || u.first < start || u.prepositional || u.locative || u.type == ActorType.PLACE
                || inPrepositionalConstruct(s, u, start)) {
            return null;
        }
        int rel = relativeVerbBefore(s, u.first, start);
        return rel < 0 ? u : relativeHead(s, rel, start);
    }

    /**
     * "وكانت السفيرة الأمريكية في البلد الفلاني، فلانة الفلانية، قد دعت": the person named between commas right
     * before قد and its verb, after the title it names (read with it as one person, or an actor or office word right
     * before the opening comma), is the subject of the verb; the actor after the verb is its object. Null when no
     * such apposition closes at the comma at {@code k}.
     */
    private Unit appositionEndingAt(int s, int k, int start) {
        if (k - 2 < start || !COMMAS.contains(tok(s, k).norm())) {
            return null;
        }
        Unit u = cover.get(s)[k - 1];
        if (u == null || u.type != ActorType.PERSON || u.last != k - 1 || u.first < start) {
            return null;
        }
        if (apposed(s, u)) {
            return u;
        }
        int title = u.first - 2;
        boolean named = title >= start && COMMAS.contains(tok(s, u.first - 1).norm()) && (cover.get(s)[title] != null
                || isKind(at(s, title), Phrase.Kind.OFFICE) || isKind(at(s, title), Phrase.Kind.DEMONYM));
        return named ? u : null;
    }

    /**
     * "أحزاب المعارضة الثلاثة التي دخلت البرلمان تتهم": where the relative pronoun stands whose verb (one word, right
     * before the actor at {@code first}) has that actor as its object; else -1.
     */
    private int relativeVerbBefore(int s, int first, int start) {
        int rel = first - 2;
        if (rel < start || cue(s, rel, Cues.RELATIVE_PRONOUN) == null || lastOf(s, cue(s, rel, Cues.RELATIVE_PRONOUN)) != rel) {
            return -1;
        }
        Token verb = tok(s, first - 1);
        return verb.isWord() && cover.get(s)[first - 1] == null && !hasArticle(verb) ? rel : -1;
    }

    /**
     * The subject a relative clause at {@code rel} describes: the actor ending right before the relative pronoun, or
     * before one word of its own between (a number or an adjective: أحزاب المعارضة الثلاثة التي); else null.
     */
    private Unit relativeHead(int s, int rel, int start) {
        Unit u = antecedentEndingAt(s, rel - 1, rel);
        if (u == null && rel - 2 >= start && cover.get(s)[rel - 1] == null && tok(s, rel - 1).isWord() && hasArticle(tok(s, rel - 1))
                && !isKind(at(s, rel - 1), Phrase.Kind.TRIGGER)) {
            Unit a = cover.get(s)[rel - 2];
            u = a != null && a.last == rel - 2 ? a : null;
        }
        return u == null || u.first < start || u.prepositional || u.locative || u.type == ActorType.PLACE ? null : u;
    }

    /**
     * "انتشرت الشرطة في أنحاء البلاد واعتقلت العشرات"، "في مختلف مناطق فرنسا": the actor is the genitive of a
     * noun (written without the article, the first term of a construct) that a preposition governs; it stands in that
     * prepositional phrase as much as an actor right after the preposition does, and is no subject.
     */
    private boolean inPrepositionalConstruct(int s, Unit u, int start) {
        int k = u.first - 1;
        // the noun may be a word that opens a clause elsewhere (وسط is "amid": في وسط المدينة is "in the middle of
        // the city")
        Match m = at(s, k);
        return k > start && cover.get(s)[k] == null && tok(s, k).isWord() && !hasArticle(tok(s, k))
                && (m == null || isKind(m, Phrase.Kind.CUE) && m.phrase().isCue("ClauseBreak")) && prepositional(s, k);
    }

    /**
     * "جيش ميانمار يعلن"، "حكومة مالي تقول": a country in the genitive after an actor noun written without the
     * article is whose that actor is, and the actor is the subject; null when {@code u} is no such country.
     */
    private Unit constructHead(int s, Unit u) {
        if (u.type != ActorType.COUNTRY || u.prepositional) {
            return null;
        }
        Unit head = cover.get(s)[u.first - 1];
        // a person's name takes no genitive: "دعا الوزير فلان باكستان إلى" has the country as its object
        if (head == null || head.last != u.first - 1 || head.type == ActorType.COUNTRY || head.type == ActorType.PLACE
                || head.type == ActorType.PERSON || head.prepositional || hasArticle(tok(s, head.first))) {
            return null;
        }
        return head;
    }

    /**
     * "اعتقل جيش البلد X، فجر الاثنين، فلانا": after a subject written without the article (جيش، شرطة، قوات), the
     * country in the genitive right after it is whose the subject is, never the verb's object; the index after that
     * country, else {@code begin}.
     */
    int pastGenitive(int s, Unit subject, int begin) {
        // a subject ending in a word with the article (منظمة العفو الدولية) is complete: what follows is no genitive
        Unit g = subject == null || begin >= size(s) || hasArticle(tok(s, subject.last)) ? null : cover.get(s)[begin];
        return g != null && g.first == begin && constructHead(s, g) == subject ? g.last + 1 : begin;
    }

    /**
     * "اعتقل عسكريون متمردون الرئيس": a group noun without the article right after a subject group without it
     * describes that subject (rebel soldiers) and is no object; the index after it, else {@code begin}.
     */
    private int pastAdjectiveGroup(int s, Unit subject, int begin) {
        if (subject == null || subject.type != ActorType.GROUP || begin >= size(s) || begin != subject.last + 1) {
            return begin;
        }
        Unit g = cover.get(s)[begin];
        Match m = at(s, begin);
        boolean bare = m == null || m.prefix().isEmpty();
        // "رشق محتجون قوات الأمن بالحجارة": a group in construct with a definite word (قوات الأمن، عناصر الشرطة) is
        // definite and describes no indefinite subject: it is the object
        return g != null && g.first == begin && g.type == ActorType.GROUP && bare && !hasArticle(tok(s, begin))
                && !hasArticle(tok(s, g.last)) && !hasArticle(tok(s, subject.first)) ? g.last + 1 : begin;
    }

    /**
     * "ندد رئيس الاتحاد، الرئيس الكونغولي فلان، بالانقلاب"، "وصف فلان، شقيق محافظ الإقليم، ما جرى بأنه": an
     * apposition set off by commas right after the subject (actors, their titles and the nouns of kinship that tie
     * the subject to them, up to eight words) describes the subject and is no object; the index after its closing
     * comma, else {@code begin}.
     */
    int pastApposition(int s, Unit subject, int begin) {
        if (subject == null || begin >= size(s) || !COMMAS.contains(tok(s, begin).norm())) {
            return begin;
        }
        boolean actor = false;
        for (int k = begin + 1; k < size(s) && k <= begin + 9; k++) {
            if (COMMAS.contains(tok(s, k).norm())) {
                return actor ? k + 1 : begin;
            }
            Unit u = cover.get(s)[k];
            Match kin = u == null ? cue(s, k, Cues.KINSHIP_CUE) : null;
            if (kin != null) {
                k = lastOf(s, kin);
                continue;
            }
            if (u == null && (!isKind(at(s, k), Phrase.Kind.OFFICE) && !isKind(at(s, k), Phrase.Kind.DEMONYM))) {
                return begin;
            }
            actor |= u != null && !u.prepositional && u.type != ActorType.PLACE;
        }
        return begin;
    }

    /**
     * "ودانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) أعمال العنف": the subject's own short name in brackets right
     * after it is the subject named again, not the verb's object; the index after the closing bracket, else
     * {@code begin}.
     */
    private int pastBracketedAlias(int s, Unit subject, int begin) {
        if (subject == null || begin + 2 >= size(s) || !tok(s, begin).is("(")) {
            return begin;
        }
        Unit alias = cover.get(s)[begin + 1];
        if (alias == null || alias.first != begin + 1 || alias.key == null || !alias.key.equals(subject.key)) {
            return begin;
        }
        int close = alias.last + 1;
        return close < size(s) && tok(s, close).is(")") ? close + 1 : begin;
    }

    /** The pronouns that open a clause describing the actor before it (، وهي زوجة فلان،). */
    static final java.util.Set<String> DESCRIBING_PRONOUNS = java.util.Set.of("وهو", "وهي", "وهم", "وهما", "وهن");

    /**
     * "وصفت نائبة الرئيس فلانة، وهي زوجة فلان، المعارضين بـ"، "دعت المنظمة، التي تتولى كينيا رئاستها، جميع
     * الأطراف في الصومال إلى الهدوء": a clause opening with وهو/وهي or a relative pronoun (lexv:RelativePronoun) after
     * a comma describes the subject, its actors no object; the index after the comma closing it (within twelve
     * tokens, sixteen for a relative clause, which runs longer), else {@code begin}.
     */
    int pastPronounClause(int s, int begin) {
        boolean relative = begin + 1 < size(s) && cue(s, begin + 1, Cues.RELATIVE_PRONOUN) != null;
        if (begin + 1 >= size(s) || !COMMAS.contains(tok(s, begin).norm())
                || !DESCRIBING_PRONOUNS.contains(tok(s, begin + 1).norm()) && !relative) {
            return begin;
        }
        for (int k = begin + 2; k < size(s) && k <= begin + (relative ? 16 : 12); k++) {
            if (COMMAS.contains(tok(s, k).norm())) {
                return k + 1;
            }
        }
        return begin;
    }

    /** Whether an actor is a name set off by commas, or holds one (المتحدثة باسم الوزارة، فلانة). */
    private boolean appositive(int s, Unit u) {
        if (u.first > 0 && COMMAS.contains(tok(s, u.first - 1).norm())) {
            return true;
        }
        for (int k = u.first; k <= u.last; k++) {
            if (COMMAS.contains(tok(s, k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "، المرتبطة بتنظيم القاعدة، المسؤولية": the token after the closing comma of an aside that opens with the comma
     * at {@code begin} right after an actor's name, closes within ten words and stays in that clause; else
     * {@code begin}. Only after an actor: a comma after other words may as well end the verb's object phrase.
     */
    private int pastAside(int s, int begin, int[] clause) {
        if (begin == 0 || begin + 2 >= size(s) || !COMMAS.contains(tok(s, begin).norm())) {
            return begin;
        }
        Unit before = cover.get(s)[begin - 1];
        if (before == null && begin > 1 && tok(s, begin - 1).isWord()) {
            // "حركة الشباب الإسلامية المتشددة،": adjectives may follow the name before the comma
            for (int j = begin - 1; j >= Math.max(0, begin - 3) && before == null; j--) {
                before = cover.get(s)[j];
            }
        }
        if (before == null) {
            return begin;
        }
        Unit opening = cover.get(s)[begin + 1];
        if (opening != null && opening.first == begin + 1 && opening.type == ActorType.GROUP && !opening.prepositional) {
            // "توعد الرئيس فلان، منفذي الهجوم الذي استهدف المطار، بالملاحقة": a group named right after the comma
            // (the doers of an act, a crowd) is whom the verb is aimed at, its clause running to the next comma; an
            // aside describing the subject opens with a word of what it is (المرتبطة، نجل، الحليف), no group
            return begin + 1;
        }
        for (int k = begin + 2; k < size(s) && k <= begin + 11; k++) {
            if (clause[k] != clause[begin]) {
                return begin;
            }
            if (COMMAS.contains(tok(s, k).norm())) {
                return k + 1 < size(s) && clause[k + 1] == clause[begin] ? k + 1 : begin;
            }
        }
        return begin;
    }

    /**
     * "أعلنت الحكومة، الاثنين، فرض...": the token before a time set off by commas ending at {@code k}, or
     * {@code k} itself. Only a short stretch holding a date word, a weekday or a number counts as parenthetical.
     */
    private int beforeParenthetical(int s, int k, int start) {
        if (k < start + 2 || !COMMAS.contains(tok(s, k).norm())) {
            return k;
        }
        boolean time = false;
        for (int j = k - 1; j >= Math.max(start, k - 4); j--) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return time ? j - 1 : k;
            }
            if (cover.get(s)[j] != null) {
                return k;
            }
            time |= cue(s, j, Cues.WEEKDAY) != null || cue(s, j, Cues.DATE_WORD) != null || tok(s, j).kind() == Token.Kind.NUMBER;
        }
        return k;
    }

    /**
     * For a comma at {@code k} opening a time set off by commas (، مساء الثلاثاء، ، أمس الأحد،): the closing comma;
     * else {@code k}. Only a short stretch (up to four tokens) naming no actor and holding a date word, a weekday or
     * a number counts.
     */
    private int timeAsideEnd(int s, int k) {
        if (!COMMAS.contains(tok(s, k).norm())) {
            return k;
        }
        boolean time = false;
        for (int j = k + 1; j < size(s) && j <= k + 5; j++) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return time ? j : k;
            }
            if (cover.get(s)[j] != null || tok(s, j).is(".")) {
                return k;
            }
            time |= cue(s, j, Cues.WEEKDAY) != null || cue(s, j, Cues.DATE_WORD) != null || tok(s, j).kind() == Token.Kind.NUMBER;
        }
        return k;
    }

    /**
     * For a comma at {@code k} opening an aside that begins with a preposition written alone (، على لسان المتحدث
     * باسمها،، في بيان لها،، عبر حسابه على تويتر،) and is closed by a comma within nine tokens, with no verb of an
     * act inside: that closing comma; else {@code k}.
     */
    private int prepositionalAsideEnd(int s, int k) {
        if (!COMMAS.contains(tok(s, k).norm()) || k + 2 >= size(s)) {
            return k;
        }
        Match p = cue(s, k + 1, Cues.PREPOSITION);
        if (p == null || !p.prefix().isEmpty() || lastOf(s, p) != k + 1) {
            // "، عقب اجتماع طارئ في بروكسل،": a word of time after an act, set off by commas, is such an aside too
            return enclosedAsideEnd(s, k);
        }
        return closingComma(s, k + 2, k + 10, k);
    }

    /**
     * "دعا فلان، في بيان، القادة في البلد X إلى"، "، مساء الاثنين،": the index after an aside set off by commas at
     * {@code k} (a time, or a phrase opened by a preposition, as {@link #bareUnitAfter} skips them); else {@code k}.
     */
    int pastAside(int s, int k) {
        int end = Math.max(timeAsideEnd(s, k), prepositionalAsideEnd(s, k));
        return end > k ? end + 1 : k;
    }

    /**
     * For "في" at {@code k} opening a day of a month (في 11 يوليو، في 11 يوليو/تموز 2024): the last token of that
     * date; else {@code k}.
     */
    private int dayOfMonthEnd(int s, int k) {
        if (!tok(s, k).norm().equals("في") || k + 2 >= size(s) || tok(s, k + 1).kind() != Token.Kind.NUMBER || cue(s, k + 2, Cues.MONTH) == null) {
            return k;
        }
        int last = lastOf(s, cue(s, k + 2, Cues.MONTH));
        if (last + 2 < size(s) && tok(s, last + 1).is("/") && cue(s, last + 2, Cues.MONTH) != null) {
            last = lastOf(s, cue(s, last + 2, Cues.MONTH));
        }
        if (last + 1 < size(s) && tok(s, last + 1).kind() == Token.Kind.NUMBER) {
            last++;
        }
        return last;
    }

    /**
     * The first unit after {@code from} not governed by a preposition, within {@code gap} words, same clause, not
     * {@code not}; a relative clause set off by commas is skipped. {@code numbersCount}: whether a number between
     * counts as a word of the gap (for a subject or a passive's object right after the verb it does; for an
     * active verb's object after its subject it does not: "أفرجت السلطات عن 12 ناشطا").
     */
    Unit bareUnitAfter(int s, int from, int[] clause, int gap, Unit not, boolean numbersCount) {
        int words = 0;
        int c = clause[Math.max(0, from - 1)];
        for (int k = from; k < size(s); k++) {
            if (clause[k] != c) {
                return null;
            }
            if (relativeClauseEnd(s, k) > k) {
                k = relativeClauseEnd(s, k);
                continue;
            }
            if (timeAsideEnd(s, k) > k) {
                // "اعتقل عسكريون متمردون في مالي، مساء الثلاثاء، الرئيس": a time set off by commas is no word of the gap
                k = timeAsideEnd(s, k);
                continue;
            }
            if (prepositionalAsideEnd(s, k) > k) {
                // "ودعت الأمم المتحدة، على لسان الناطق باسم أمينها العام، الأطراف": an aside opened by a preposition
                // tells who spoke for the subject, or where or how: no actor in it is the verb's argument
                k = prepositionalAsideEnd(s, k);
                continue;
            }
            if (dayOfMonthEnd(s, k) > k) {
                // "أقال في 11 يوليو/تموز جميع أعضاء حكومته": nor is a day of a month
                k = dayOfMonthEnd(s, k);
                continue;
            }
            Match companion = cover.get(s)[k] == null ? cue(s, k, Cues.COMPANION_MARKER) : null;
            Unit with = companion == null ? null : unitWithin(s, lastOf(s, companion) + 1, 2);
            if (with != null) {
                // "ودعت الرئيسة، اليوم، إلى جانب رئيس الوزراء فلان، الأحزاب": who acts alongside the subject is
                // no object
                k = with.last;
                continue;
            }
            Unit served = words == 0 ? holderAfterServedTitle(s, k, c, clause) : null;
            if (served != null && served != not) {
                // "ودعا المبعوث الخاص للأمين العام فلان الأطراف": the name after the title of whom an envoy or a
                // representative serves is the holder of the office opening the subject, not an object
                return served;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k && u != not) {
                if (!u.prepositional && !u.locative && !u.qualifier && u.type != ActorType.PLACE) {
                    return u;
                }
                k = u.last;
                words++;
            } else if (numbersCount && cue(s, k, Cues.APPROXIMATE_MARKER) != null && counted(s, lastOf(s, cue(s, k, Cues.APPROXIMATE_MARKER)) + 1)) {
                // "احتشد نحو 20 ألف متظاهر": "about" before a count is part of the count, no word of the gap
                k = lastOf(s, cue(s, k, Cues.APPROXIMATE_MARKER));
            } else if (numbersCount && cue(s, k, Cues.NUMBER_WORD) != null) {
                // "تظاهر عشرات الآلاف من المحتجين": a count in words stands before its group as one word
                k = lastOf(s, cue(s, k, Cues.NUMBER_WORD));
                while (k + 1 < size(s) && cue(s, k + 1, Cues.NUMBER_WORD) != null) {
                    k = lastOf(s, cue(s, k + 1, Cues.NUMBER_WORD));
                }
                words++;
            } else if (countBefore(s, k)) {
                continue;
            } else if (quantifierOf(s, k) && k + 1 < size(s) && cover.get(s)[k + 1] != null
                    && cover.get(s)[k + 1].first == k + 1) {
                // "اعتقلت قوات الأمن عددا من المتظاهرين": the group right after a quantifier's من is the object the
                // quantifier stands before; with no actor right after it (عددا من الوزراء، بينهم فلان) the words go
                // on counting, and the list after بينهم names those it befell
                continue;
            } else if (tok(s, k).isWord() || numbersCount && tok(s, k).kind() == Token.Kind.NUMBER) {
                words++;
            }
            if (words > gap) {
                return null;
            }
        }
        return null;
    }

    /**
     * "المبعوث الخاص للأمين العام للأمم المتحدة فلان"، "الممثلة الخاصة لرئيس المفوضية فلانة": at {@code k} an office no
     * unit covers (an envoy, a representative, an adviser), at most two words describing it, then a title with ل
     * before it that goes on to a person's name: the person is the holder of the first office, whose office serves
     * the second. The units read the name as the second title's holder and so as an actor behind a preposition; the
     * verb's subject is that person all the same. Null when no such title and name follow.
     */
    private Unit holderAfterServedTitle(int s, int k, int c, int[] clause) {
        if (cover.get(s)[k] != null) {
            return null;
        }
        Match office = at(s, k);
        Match noun = cue(s, k, Cues.PERSON_NOUN);
        Match opening = isKind(office, Phrase.Kind.OFFICE) ? office : noun;
        if (opening == null || !opening.prefix().isEmpty()) {
            return null;
        }
        for (int j = lastOf(s, opening) + 1, gap = 0; j < size(s) && clause[j] == c && gap <= 2; j++, gap++) {
            Unit u = cover.get(s)[j];
            if (u != null) {
                int at = j;
                // the served title is read with its ل (للأمين العام), and a name of its own (its mention) stands past
                // the title's words: a title alone stands for who holds it, the served one, not the envoy
                return u.first == j && u.prepositional && u.isPerson() && u.office != null && tok(s, j).norm().startsWith("ل")
                        && u.inner.stream().noneMatch(in -> in.first == at) && u.begin > tok(s, j + 1).end() ? u : null;
            }
            if (!tok(s, j).isWord() || cue(s, j, Cues.PREPOSITION) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether token {@code k} is a plural noun of people or armed men (lexv:GroupNoun) with the article that no actor
     * covers: "واعتقل الجنود الطلاب" has its subject there, unknown, and the actor after it is the object.
     */
    boolean definitePeopleNoun(int s, int k) {
        if (k >= size(s) || cover.get(s)[k] != null) {
            return false;
        }
        Match m = cue(s, k, Cues.GROUP_NOUN);
        return m != null && lastOf(s, m) == k && m.prefix().isEmpty() && hasArticle(tok(s, k));
    }

    /** The actor right after a verbal noun (مقتل 26 محتجا، اعتقال المعارض): numbers may stand between. */
    Unit genitive(int s, int from, int[] clause, List<Unit> us) {
        int words = 0;
        for (int k = from; k < size(s) && clause[k] == clause[from - 1]; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                return u.prepositional || u.locative || u.type == ActorType.PLACE ? null : u;
            }
            Token t = tok(s, k);
            if (t.isPunct() && !isQuote(t)) {
                // "دانت X الانقلاب، مطالبة الجيش": no genitive stands across a comma
                return null;
            }
            if (t.kind() == Token.Kind.NUMBER || cue(s, k, Cues.NUMBER_WORD) != null || cue(s, k, Cues.APPROXIMATE_MARKER) != null) {
                continue;
            }
            if (t.isWord() && t.norm().startsWith("و") && cue(s, k, Cues.NUMBER_WORD) == null) {
                // "الاستيلاء على السلطة وحل الحكومة": a noun joined by و opens the next phrase, with its own genitive
                return null;
            }
            if (t.isWord() && ++words > 1) {
                return null;
            }
        }
        return null;
    }

    /**
     * For a deployment: the organisation or country whose forces they are. Strictly, only where the owner
     * stands in the forces phrase itself (وحدات من قوات منظمة X، كتيبة من القوات الروسية); loosely, the first
     * organisation named in the clause after the forces.
     */
    Unit forcesOwner(int s, int from, int[] clause, boolean strict) {
        int forces = -1;
        for (int k = from; k < size(s) && k < from + 5; k++) {
            if (cue(s, k, Cues.FORCES_NOUN) != null) {
                forces = k;
                break;
            }
        }
        if (forces < 0) {
            return null;
        }
        for (int k = forces; k < size(s) && k < forces + 16 && clause[k] == clause[forces]; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                if (u.type == ActorType.ORGANIZATION || (u.type == ActorType.COUNTRY && !u.prepositional)
                        || (k == forces && u.type == ActorType.GROUP && u.countryKey != null && u.key != null
                            && u.key.startsWith("org/"))) {
                    // a country's own force read over the forces noun (القوات الأسترالية) is whose the forces are
                    return u;
                }
                if (strict) {
                    return null;
                }
                k = u.last;
                continue;
            }
            Match f = cue(s, k, Cues.FORCES_NOUN);
            if (f != null) {
                k = lastOf(s, f);
            } else if (strict && !tok(s, k).norm().equals("من")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A trigger with no subject of its own: inside what a speaker reports (إنها أرسلت، أنه جرى فتح تحقيق) it is
     * the speaker's, when the complementizer carries the speaker's pronoun, the trigger is passive, or the
     * speaker is an institution or state; a verb joined by و takes the subject of the verb before it; a verb of
     * saying opening a sentence takes the last subject of the text before.
     */
    Unit inherited(int s, int t, int[] sub, int[] clause, EventDraft d, List<EventDraft> before, Unit lastSubject) {
        EventDraft speaker = null;
        for (EventDraft e : before) {
            if (e.reporting && e.source != null && e.at < sub[t] && clause[e.at] == clause[t]) {
                speaker = e;
            }
        }
        if (speaker != null && sub[t] > 0) {
            boolean pronoun = pronounComplementizer(s, t, sub);
            ActorType st = speaker.source.type;
            boolean institution = (st == ActorType.ORGANIZATION || st == ActorType.COUNTRY) && d.voice == Phrase.Voice.ACTIVE
                    && !clauseSubjectNoun(s, sub[t], t);
            if (pronoun || d.voice == Phrase.Voice.PASSIVE || institution) {
                return speaker.source;
            }
        }
        Match m = at(s, t);
        if ((m.prefix().startsWith("و") || m.prefix().startsWith("ف")) && d.voice == Phrase.Voice.ACTIVE) {
            // "أدان X الانقلاب، ودعا إلى...": a verb opening its clause with و shares the subject of the clause before;
            // one that agrees with it ("وتعلن" is not "المحتجون" of the verb before)
            boolean opensClause = t > 0 && clause[t - 1] != clause[t];
            for (int i = before.size() - 1; i >= 0; i--) {
                EventDraft e = before.get(i);
                boolean sameSubject = clause[e.at] == clause[t] || (opensClause && clause[e.at] == clause[t] - 1);
                // "قال الوزير إن قوات الأمن استعادت السيطرة واعتقلت": an act in what is reported keeps the reported
                // clause's subject, never the speaker's
                boolean sameReport = !subjects.reported(s, t, sub) || e.at >= sub[t];
                if (e.voice == Phrase.Voice.ACTIVE && e.source != null && sameSubject && sameReport && subjects.agrees(m, e.source)) {
                    return e.source;
                }
            }
            Unit reported = subjects.reportedSubject(s, t, sub, clause);
            if (reported != null && subjects.agrees(m, reported)) {
                return reported;
            }
            Unit opening = subjectOfOpeningVerb(s, t, clause, before);
            if (opening != null && subjects.agrees(m, opening)) {
                return opening;
            }
        }
        int next = lastOf(s, m) + 1;
        if (d.reporting && t <= 1 && lastSubject != null && next < size(s) && tok(s, next).is(":")) {
            // وقال: "..." goes on quoting the speaker of the sentences before
            return lastSubject;
        }
        if (d.voice == Phrase.Voice.ACTIVE && t == 0 && m.prefix().startsWith("و") && true_(d.trigger, "speechAct")
                && lastSubject != null && lastSubject.type == ActorType.PERSON && lastSubject.sentence >= s - 2
                && !lex.isPluralVerb(m) && !lex.isFeminineVerb(m)
                && !(next < size(s) && cue(s, next, Cues.COLLECTIVE_NOUN) != null)) {
            // "ولم ينف الرئيس صحة التسجيل. ورفض الاستقالة، ودان العنف": a masculine verb of speaking or reacting
            // opening a sentence with و and naming no subject goes on with the man the sentences just before spoke of;
            // a collective noun after it (ودعا قادة دول البلطيق) is a subject of its own, read or not
            return lastSubject;
        }
        if (d.voice == Phrase.Voice.ACTIVE && lex.isPluralVerb(m)) {
            // "توجه المتظاهرون إلى البلدية، وأحرقوا سيارات": the pronoun of a plural verb is the last plural group
            // the sentence named as a subject
            return subjects.pluralSubject(s, t, before);
        }
        return null;
    }

    /** The first person plural pronoun, standing before its verb (نحن ندين), as normalised. */
    private static final String WE = "نحن";

    /**
     * "أعلنت الوزارة في بيان أنها "تدين الانقلاب""، "وقال المتحدث: "نحن ندين الهجوم""، "وكتب: "ندين بشدة"": an
     * active trigger with no subject of its own opening a quotation (after its quote marks) that opens right after
     * the speaker's words is the speaker's, the source of the latest verb of saying before it in the sentence: after a
     * complementizer carrying the speaker's pronoun (أنها), whatever its person; after a colon, when it speaks as
     * "we" (a verb of the first person plural, ن and the present stem, or نحن before it), or as "I" after لن or in a
     * lexv:quotedForm (أدين، أرحب, colon or not). The quote marks cut the
     * clause the speaker's verb is in off from the verb, and a quoted verb takes no subject from the narrative's
     * (EventFinder), so the rules of reported clauses do not reach it. Else null.
     */
    Unit quotedSpeaker(int s, int t, EventDraft d, List<EventDraft> before) {
        Match m = at(s, t);
        if (d.voice != Phrase.Voice.ACTIVE || m == null || !m.prefix().isEmpty()) {
            return null;
        }
        int k = t - 1;
        boolean we = k >= 0 && tok(s, k).norm().equals(WE);
        k = we ? k - 1 : k;
        int quotes = 0;
        while (k >= 0 && isQuote(tok(s, k))) {
            k--;
            quotes++;
        }
        if (quotes == 0 || k < 0) {
            return null;
        }
        Match comp = cueEndingAt(s, k, Cues.COMPLEMENTIZER);
        boolean pronoun = comp != null && true_(comp.phrase().term(), "pronoun");
        // "قال: "لن نقبل بالنتائج""، "قال: "لن أستقيل"": a form opening with a negating particle (lexv:NegatingParticle)
        // has its verb last; after لن a verb is in the present, so أ before its stem is "I" as surely as ن is "we"
        // (no past verb opening with أ can stand there)
        boolean negated = m.phrase().tokens().length > 1 && cue(s, t, Cues.NEGATING_PARTICLE) != null;
        String verb = tok(s, negated ? lastOf(s, m) : t).norm();
        // "وقال في بيان "أدين بشدة الهجوم"": a first person singular form read only as a quotation opens
        // (lexv:quotedForm) is "I" with or without a colon before the quote
        boolean quotedForm = lex.isQuotedForm(m);
        boolean firstPerson = we || verb.startsWith("ن") || negated && verb.startsWith("ا") || quotedForm;
        if (!pronoun && !((tok(s, k).is(":") || quotedForm) && firstPerson)) {
            return null;
        }
        EventDraft speaker = null;
        for (EventDraft e : before) {
            if (e != d && e.reporting && e.source != null && e.sentence == s && e.at < k) {
                speaker = e;
            }
        }
        return speaker == null ? null : speaker.source;
    }

    /** The source of the latest verb of saying before the act {@code d} in its sentence {@code s}, or null. */
    Unit latestSpeaker(int s, EventDraft d, List<EventDraft> before) {
        EventDraft speaker = null;
        for (EventDraft e : before) {
            if (e != d && e.reporting && e.source != null && e.sentence == s && e.at < d.at) {
                speaker = e;
            }
        }
        return speaker == null ? null : speaker.source;
    }

    /**
     * "انتشرت قوات الأمن في الساحة وأطلقت الغاز"، "تقدمت قوات الجيش نحو الساحة وفتحت النار": the actor right after
     * the word opening the sentence, a verb no trigger reads, is the subject a verb joined by و in the same clause or
     * the next shares. Null when the sentence opens otherwise (a preposition, a noun with the article, an actor, a
     * time, a trigger's words) or that actor is what an act told before befell.
     */
    private Unit subjectOfOpeningVerb(int s, int t, int[] clause, List<EventDraft> before) {
        if (size(s) < 3 || t < 2 || !tok(s, 0).isWord() || cover.get(s)[0] != null || at(s, 0) != null
                || cue(s, 0, Cues.PREPOSITION) != null || cue(s, 0, Cues.DATE_WORD) != null
                || cue(s, 0, Cues.WEEKDAY) != null || hasArticle(tok(s, 0))) {
            return null;
        }
        // (قوات الجيش: the forces noun before the force named)
        Match forces = cover.get(s)[1] == null ? cue(s, 1, Cues.FORCES_NOUN) : null;
        int k = forces != null ? lastOf(s, forces) + 1 : 1;
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        boolean opensClause = clause[t - 1] != clause[t];
        if (u == null || u.first != k || u.last >= t || u.prepositional || u.locative || u.type == ActorType.PLACE
                || !(clause[k] == clause[t] || opensClause && clause[k] == clause[t] - 1)) {
            return null;
        }
        for (EventDraft e : before) {
            if (e.target == u) {
                return null;
            }
        }
        return u;
    }

    /**
     * "قال الحزب إن الرئيس استقال"، "أعلنت النقابة أن الحكومة اعتقلت قادتها": whether a definite noun, no trigger,
     * stands between the complementizer opening a reported clause ({@code from}) and its verb ({@code t}): after
     * إن/أن a noun comes before the verb only as the clause's own subject, so the act is that noun's, not the
     * speaker's (who stays the subject of "قررت الحكومة أن ترسل", where أن opens the verb itself).
     */
    private boolean clauseSubjectNoun(int s, int from, int t) {
        for (int k = from; k < t; k++) {
            String w = tok(s, k).norm();
            if (tok(s, k).isWord() && w.startsWith("ال") && w.length() > 3 && !isKind(at(s, k), Phrase.Kind.TRIGGER)
                    && cue(s, k, Cues.DATE_WORD) == null && cue(s, k, Cues.WEEKDAY) == null
                    && !(k == from + 1 && speakersNoun(s, from))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "أعلنت باكستان أن سلاحها الجوي أسقط مقاتلة"، "أقرت الدولة بأن قواتها المسلحة أطلقت": a noun opening the
     * reported clause with the speaker's pronoun (ها for a state or a body, هم for a plural) is the speaker's own; a
     * definite word right after it is its adjective (a noun carrying a pronoun is definite, and so is what agrees
     * with it), never a subject noun of its own. The dictionary is not asked: it knows few such plurals (قواتها).
     */
    private boolean speakersNoun(int s, int k) {
        Token t = tok(s, k);
        String w = t.norm();
        return t.isWord() && !w.startsWith("ال") && w.length() > 4 && (w.endsWith("ها") || w.endsWith("هم"));
    }

    /**
     * "قالت فرنسا إنها تقف إلى جانب الشعب"، "أكد أنه سيواصل دعم أوكرانيا": whether the verb at {@code t} follows
     * (at most one word between) a complementizer carrying a pronoun, which is the verb's subject: an actor after
     * the verb is then its object, never its subject.
     */
    boolean pronounComplementizer(int s, int t, int[] sub) {
        if (sub[t] <= 0) {
            return false;
        }
        Match comp = cueEndingAt(s, sub[t] - 1, Cues.COMPLEMENTIZER);
        return comp != null && true_(comp.phrase().term(), "pronoun") && t - sub[t] <= 1;
    }

    /** The word that makes إلى before it "beside" (إلى جانب), in matching form. */
    private static final Set<String> BESIDE = Set.of("جانب");

    /** The target: after one of the trigger's target markers, or else the first bare actor after the source. */
    Unit target(int s, EventDraft d, int from, int[] clause, List<Unit> us) {
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        int start = d.source != null && d.source.first > d.at ? d.source.last + 1 : from;
        // the marker nearest the trigger, whichever it is: in "لتفريق المحتجين، ... احتجاجا على انضمام البلد" the
        // crowd dispersed, not the country after another word's على
        for (int k = start; k < size(s); k++) {
            if (clause[k] != clause[from - 1]) {
                break;
            }
            for (String mk : markers) {
                Token t = tok(s, k);
                Unit u = null;
                if (t.norm().equals(mk) && k + 1 < size(s) && BESIDE.contains(tok(s, k + 1).norm())) {
                    // "إلى جانب بوتسوانا": إلى of the compound preposition "beside" names no destination
                    continue;
                }
                if (t.norm().equals(mk)) {
                    u = unitWithin(s, k + 1, 2);
                    if (u == null) {
                        u = ownerInPhrase(s, k + 1, clause);
                    }
                } else if (mk.length() == 1 && t.norm().startsWith(mk)) {
                    Unit c = cover.get(s)[k];
                    Match mm = at(s, k);
                    if (c != null && c.first == k && mm != null && mm.prefix().contains(mk)) {
                        u = c;
                    } else if (c == null && true_(d.trigger, "objectInCountry")) {
                        u = countryOfThing(s, k, clause);
                    }
                }
                if (u == null) {
                    continue;
                }
                if (u.type == ActorType.PLACE && !true_(d.trigger, "placeTarget")) {
                    // a deployment to a city is a deployment to its country, the city being the place
                    u = true_(d.trigger, "placeAsTarget") && u.countryKey != null ? countryOf(u) : null;
                    if (u == null) {
                        continue;
                    }
                }
                if (d.source == null || !u.key.equals(d.source.key)) {
                    return u;
                }
            }
        }
        for (String mk : lex.normalizedValues(d.trigger, "boundMarker")) {
            for (int k = Math.max(1, start); k < size(s) && clause[k] == clause[from - 1]; k++) {
                Match own = tok(s, k).norm().equals(mk) ? triggerEndingAt(s, k - 1) : null;
                if (own != null && own.phrase().term() == d.trigger) {
                    // ألقت القبض على، القبض على: the marker right after a word of this trigger
                    Unit u = unitWithin(s, k + 1, 2);
                    if (u == null) {
                        u = ownerInPhrase(s, k + 1, clause);
                    }
                    if (u != null && (d.source == null || !u.key.equals(d.source.key))) {
                        return u;
                    }
                }
            }
        }
        Unit place = true_(d.trigger, "placeTarget") ? unitWithin(s, from, 1) : null;
        if (place != null && (place.type == ActorType.PLACE || place.type == ActorType.COUNTRY)) {
            // "سيطر على بغداد": the trigger's own preposition governs the place taken (a capital may stand for its state)
            return place;
        }
        if (d.voice != Phrase.Voice.ACTIVE) {
            return counted(s, from) ? ownerInPhrase(s, from, clause) : null;
        }
        // (a speaker carried over from an earlier sentence has token positions of that sentence: no subject after the verb)
        Unit after = d.source != null && d.source.sentence == s && d.source.first > d.at ? d.source : null;
        int begin = after != null ? after.last + 1 : from;
        // "وطالبت ليتوانيا ولاتفيا وإستونيا الاتحاد": for a verb whose object is an actor, actors of the subject's
        // kind joined to it by و are more subjects, not the object (with a thing as object, as in "وقعت رواندا
        // والكونغو اتفاقا", the one joined is the other party)
        boolean actorObject = true_(d.trigger, "actorObject");
        // "دان الاتحاد الأوروبي والولايات المتحدة الجريمة": an act done by saying is never done with another party, so
        // whoever is joined by و to its subject speaks too, of whatever kind (a union and a state)
        boolean speech = true_(d.trigger, "speechAct");
        for (Unit co = after == null || !actorObject && !speech ? null : coSubject(s, begin, after, speech); co != null;
                co = coSubject(s, begin, after, speech)) {
            begin = co.last + 1;
        }
        begin = pastApposition(s, after, pastGenitive(s, after, begin));
        begin = pastBracketedAlias(s, after, begin);
        begin = pastAdjectiveGroup(s, after, begin);
        begin = pastPronounClause(s, begin);
        if (after != null && begin == after.last + 1 && !appositive(s, after)) {
            // "حمّل فلان، نجل الضحية والصحفي في الاتحاد، الحكومة مسؤولية مقتلها": an aside set off by commas right
            // after the subject describes it; the object follows it. One only: after a name that is itself set off
            // by commas (وصفت المتحدثة، فلانة، تصريح فلان، بشأن) the words between the next commas are the object
            begin = pastAside(s, begin, clause);
        }
        if (begin < size(s) && timeAsideEnd(s, begin) > begin) {
            // "دان الوزير، الجمعة، تحرك الحكومة": the time set off by commas stands between the verb and its object
            begin = timeAsideEnd(s, begin) + 1;
        }
        if (begin >= size(s)) {
            return null;
        }
        if (d.source == null && d.voice == Phrase.Voice.ACTIVE && begin == lastOf(s, d.match) + 1
                && definitePeopleNoun(s, begin)) {
            // the unknown subject right after the verb is no word of the gap before the object
            begin++;
        }
        Unit u = bareUnitAfter(s, begin, clause, 4, d.source, false);
        while (u != null && ledBy(s, u)) {
            // "أطاحت مجموعة من الضباط، بقيادة العقيد فلان، حكومة فلان": who leads the subject is of it, no object
            u = bareUnitAfter(s, u.last + 1, clause, 4, d.source, false);
        }
        if (u != null && d.trigger.property("needsObject") != null && !actorObject && countedOutOf(s, u)) {
            // "سترسل 23 عنصرا من الشرطة الفيدرالية": the group a count of the needed thing is taken from is what is
            // sent, no one it is done to
            u = null;
        }
        if (u == null && counted(s, begin)) {
            // "طرد 12 دبلوماسيا فرنسيا": the nisba of the people counted is whose they are, the target
            u = ownerInPhrase(s, begin, clause);
        }
        // "وحذر من أن الحكومة لن تتسامح": an actor in what is said is not the verb's object; "رفض الاعتراف بالنتائج،
        // متهما الحزب": nor one after a comma and the word of another act, that act's own
        return u == null || complementizerBetween(s, begin, u.first) || actAfterComma(s, begin, u.first) ? null : u;
    }

    /** Whether {@code u} is the group a count is taken from (20 عنصرا من الشرطة، 43 من أفراد قوات الدفاع). */
    private boolean countedOutOf(int s, Unit u) {
        int k = u.first - 1;
        if (k > 0 && !tok(s, k).norm().equals("من") && tok(s, k).isWord()) {
            k--;
        }
        return k > 0 && countBefore(s, k);
    }

    /** Whether an actor is named right after a word of leading (بقيادة، بزعامة: a lexv:MembershipCue of its leader). */
    private boolean ledBy(int s, Unit u) {
        Match m = u.first > 0 ? cueEndingAt(s, u.first - 1, Cues.MEMBERSHIP_CUE) : null;
        return m != null && "leader-after".equals(m.phrase().term().property("direction"));
    }

    /**
     * "أكدت دعمها "للعملية الديمقراطية" في البلد X": a thing the text names by no actor (up to three words, quotes
     * between) placed by في in a country right after is that country's; the country, else null.
     */
    private Unit countryOfThing(int s, int k, int[] clause) {
        for (int j = k + 1; j < size(s) && j <= k + 4 && clause[j] == clause[k]; j++) {
            Token t = tok(s, j);
            if (isQuote(t)) {
                continue;
            }
            if (!t.norm().equals("في")) {
                if (!t.isWord() || cover.get(s)[j] != null || isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                    return null;
                }
                continue;
            }
            Unit w = j + 1 < size(s) ? cover.get(s)[j + 1] : null;
            return w != null && w.first == j + 1 && w.type == ActorType.COUNTRY ? w : null;
        }
        return null;
    }

    /**
     * "دعا السلطات في هونغ كونغ إلى"، "طالب سلطات في كابول": authorities (a lexv:StateReference no nisba or country
     * follows) placed by في in a country or a place are that country's or that place's, not the article's own
     * state; the unit of that country or place, else {@code u}.
     */
    Unit authoritiesIn(int s, Unit u) {
        if (u == null || u.sentence != s || u.first != u.last || u.last + 2 >= size(s) || cue(s, u.first, Cues.STATE_REFERENCE) == null
                || !tok(s, u.last + 1).norm().equals("في")) {
            return u;
        }
        Unit where = cover.get(s)[u.last + 2];
        return where != null && where.first == u.last + 2 && (where.type == ActorType.PLACE || where.type == ActorType.COUNTRY)
                ? where : u;
    }

    /** The actor at {@code k} when it opens with the conjunction و and is of the same type as {@code subject}. */
    Unit coSubject(int s, int k, Unit subject) {
        return coSubject(s, k, subject, false);
    }

    /**
     * The actor at {@code k} when it opens with the conjunction و and is of the same type as {@code subject}, or with
     * {@code anySpeaker} of any type but a place (a person, body, state or group may speak with another).
     */
    private Unit coSubject(int s, int k, Unit subject, boolean anySpeaker) {
        if (k >= size(s)) {
            return null;
        }
        Unit c = cover.get(s)[k];
        Match m = at(s, k);
        boolean kind = c != null && (c.type == subject.type || anySpeaker && c.type != ActorType.PLACE);
        return kind && c.first == k && m != null && m.prefix().startsWith("و") ? c : null;
    }

    /**
     * "على 107 كيانات وأفراد مرتبطين بروسيا"، "على شركات وبنوك إيرانية": when a target marker introduces things
     * rather than an actor, the actor they belong to. Within the noun phrase after the marker (up to eight words,
     * no punctuation, clause break, preposition or trigger in between): the actor after an affiliation word
     * (مرتبطة ب، تابعة ل), or a nisba qualifying the things. Their number, if any, is a quantity of the event.
     */
    private Unit ownerInPhrase(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && k < from + 8 && clause[k] == clause[from - 1]; k++) {
            Token t = tok(s, k);
            if (t.isPunct() || isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
            Match aff = cue(s, k, Cues.AFFILIATION_CUE);
            if (aff != null) {
                int j = lastOf(s, aff) + 1;
                if (j < size(s) && cue(s, j, Cues.PREPOSITION) != null && cover.get(s)[j] == null) {
                    j++;
                }
                Unit u = unitWithin(s, j, 0);
                return u == null || u.type == ActorType.PLACE ? null : u;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                Match n = at(s, k);
                return isKind(n, Phrase.Kind.DEMONYM) && !u.prepositional ? u : null;
            }
            if (k > from && cue(s, k, Cues.PREPOSITION) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "واعتقلت 40 مسلحا"، "وقتلت 12 متظاهرا": a number of men right after a feminine verb is its object: the verb
     * does not agree with them, so its subject is another (the body named before), they are whom the act befell.
     */
    boolean countedObject(int s, int k, Match verb, Unit people) {
        if (people == null || !counted(s, k) || !lex.isFeminineVerb(verb) || people.type != ActorType.GROUP) {
            return false;
        }
        String head = tok(s, people.first).norm();
        return !head.endsWith("ه") && !head.endsWith("ة") && !head.endsWith("ات");
    }

    /** Whether a verb can take {@code subject}'s pronoun ({@link PronounSubjects#agrees}). */
    boolean agrees(Match verb, Unit subject) {
        return subjects.agrees(verb, subject);
    }

    /** Whether a group is named by a plural in the oblique case, never a subject ({@link PronounSubjects}). */
    boolean obliquePlural(Unit u) {
        return subjects.obliquePlural(u);
    }

    /**
     * Whether a count of some of a group follows at {@code k}: an optional approximation, a number (digits, a number
     * word, or both: 20 ألفا), maybe the noun counted, then من and the group, or a noun and the group ("سبعة من عناصر
     * الشرطة"، "أكثر من 300 من المحتجين"، "ثلاثون شخصا من المحتجين").
     */
    boolean partitiveCountAt(int s, int k) {
        return partitiveGroupAt(s, k) != null;
    }

    /** The group of a count of some of it at {@code k} ({@link #partitiveCountAt}), or null. */
    Unit partitiveGroupAt(int s, int k) {
        Match approx = k < size(s) ? cue(s, k, Cues.APPROXIMATE_MARKER) : null;
        int j = approx != null ? lastOf(s, approx) + 1 : k;
        if (!counted(s, j)) {
            return null;
        }
        Match word = cue(s, j, Cues.NUMBER_WORD);
        j = word != null ? lastOf(s, word) + 1 : j + 1;
        Match multiplier = j < size(s) ? cue(s, j, Cues.NUMBER_WORD) : null;
        if (multiplier != null) {
            j = lastOf(s, multiplier) + 1;
        }
        if (j + 2 < size(s) && tok(s, j).isWord() && cover.get(s)[j] == null && tok(s, j + 1).norm().equals("من")) {
            // "20 عنصرا من قوات الأمن": the noun counted stands between the number and من
            j++;
        }
        if (j + 1 >= size(s) || !tok(s, j).norm().equals("من")) {
            return null;
        }
        // the group's mention may begin at the count itself, or one noun after من (سبعة من أفراد الشرطة)
        Unit group = cover.get(s)[j + 1];
        if (group == null && j + 2 < size(s) && tok(s, j + 1).isWord()) {
            group = cover.get(s)[j + 2];
        }
        return group != null && group.first >= k ? group : null;
    }

    /** Whether a number (digits or a number word) stands at {@code k}. */
    boolean counted(int s, int k) {
        return k < size(s) && (tok(s, k).kind() == Token.Kind.NUMBER || cue(s, k, Cues.NUMBER_WORD) != null);
    }

    /**
     * For a relative pronoun at {@code k} (حزب الأمة، الذي يتزعمه فلان، ...), the comma closing its clause, whose
     * actors describe the one before and are no argument of the main verb; else {@code k}.
     */
    private int relativeClauseEnd(int s, int k) {
        if (cue(s, k, Cues.RELATIVE_PRONOUN) == null || !tok(s, k).norm().startsWith("ال")) {
            return k;
        }
        for (int c = k + 1; c < size(s); c++) {
            if (COMMAS.contains(tok(s, c).norm())) {
                return c;
            }
        }
        return k;
    }

    /**
     * "قدم استقالته إلى الرئيس فلان"، "رفع استقالة حكومته للملك": the actor a verbal noun is handed to, after a
     * lexv:handedMarker word right after it or after the actor in its genitive (إلى, or ل on the actor), in its
     * clause, or after the letter it goes in (lexv:LetterVehicle: "، في رسالة وجهها إلى"); null when none, or when
     * the noun is what is asked for (طالبوا باستقالته).
     */
    Unit handedTo(int s, EventDraft d, int from, int[] clause) {
        if (d.match.prefix().contains("ب")) {
            return null;
        }
        List<String> markers = lex.normalizedValues(d.trigger, "handedMarker");
        int k = from;
        Unit genitive = k < size(s) ? cover.get(s)[k] : null;
        if (genitive != null && genitive.first == k && !genitive.prepositional) {
            k = genitive.last + 1;
        } else if (k < size(s) && tok(s, k).isWord() && cover.get(s)[k] == null && !markers.contains(tok(s, k).norm())
                && !(at(s, k) != null && at(s, k).prefix().endsWith("ل"))) {
            // "استقالة حكومته": a possessed noun with no actor of its own
            k++;
        }
        int comma = k < size(s) && COMMAS.contains(tok(s, k).norm()) ? k + 1 : k;
        Match letter = comma < size(s) ? cue(s, comma, Cues.LETTER_VEHICLE) : null;
        if (letter != null) {
            // "استقالة حكومته، في رسالة وجهها إلى الرئيس فلان": handed in a letter, to whom it is addressed
            k = lastOf(s, letter) + 1;
        } else if (k >= size(s) || clause[k] != clause[from - 1]) {
            return null;
        }
        if (k >= size(s)) {
            return null;
        }
        Unit u = null;
        if (markers.contains(tok(s, k).norm())) {
            u = unitWithin(s, k + 1, 1);
        } else if (markers.stream().anyMatch(mk -> mk.length() == 1) && at(s, k) != null && at(s, k).prefix().endsWith("ل")
                && cover.get(s)[k] != null && cover.get(s)[k].first == k) {
            u = cover.get(s)[k];
        }
        if (u != null && u.type == ActorType.PERSON && u.organization != null && u.organization.type == ActorType.ORGANIZATION) {
            // "استقالته إلى رئيس المجلس الدستوري فلان": handed to the council its head stands for
            u = u.organization;
        }
        return u == null || u.type == ActorType.PLACE || d.source != null && u.key.equals(d.source.key) ? null : u;
    }

    /** A unit starting within {@code gap} tokens of {@code k} (quotation marks and nouns like مطار between). */
    Unit unitWithin(int s, int k, int gap) {
        for (int j = k; j < size(s) && j <= k + gap; j++) {
            Unit u = cover.get(s)[j];
            if (u != null && u.first == j) {
                return u;
            }
            if (u != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "مقاومة عنيفة من العمال المسلحين": the actor within two words after a doer marker (lexv:doerMarker) that follows
     * a verbal noun, an adjective or two between, in its clause; else null.
     */
    Unit doerAfterMarker(int s, int from, List<String> markers, int[] clause) {
        for (int k = from; k < size(s) && k <= from + 2 && clause[k] == clause[from - 1]; k++) {
            if (markers.contains(tok(s, k).norm())) {
                return unitWithin(s, k + 1, 2);
            }
            if (cover.get(s)[k] != null || !tok(s, k).isWord() || isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return null;
    }

    /** The country a unit is of: itself when a country, else the country its entry gives (a city's, a ministry's). */
    Unit countryOf(Unit place) {
        if (place.type == ActorType.COUNTRY) {
            return place;
        }
        ActorEntry c = place.countryKey == null ? null : lex.actors.get(place.countryKey);
        if (c == null) {
            return null;
        }
        Unit u = new Unit(place.sentence, place.first, place.last, place.begin, place.end);
        u.actor(c);
        return u;
    }

    Unit place(int s, int from, int[] clause, List<Unit> us, EventDraft d) {
        for (Unit u : us) {
            if (u.first < from || clause[u.first] != clause[from - 1]) {
                continue;
            }
            if (u == d.source || u == d.target || (d.target != null && u.key.equals(d.target.key))) {
                continue;
            }
            if (u.type == ActorType.PLACE || (u.locative && u.type == ActorType.COUNTRY)) {
                return u;
            }
        }
        return null;
    }

    /** The charge after a charge marker: the quoted words, or the words up to the next punctuation. */
    String charge(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && k < from + 30 && clause[k] == clause[from - 1]; k++) {
            Match c = cue(s, k, Cues.CHARGE_MARKER);
            if (c == null) {
                continue;
            }
            int j = lastOf(s, c) + 1;
            boolean quoted = j < size(s) && isQuote(tok(s, j));
            if (quoted) {
                j++;
            }
            int end = j;
            while (end < size(s) && !tok(s, end).isPunct() && end - j < (quoted ? 12 : 4)) {
                end++;
            }
            if (end > j) {
                return original(tok(s, j).begin(), tok(s, end - 1).end());
            }
        }
        return null;
    }
}

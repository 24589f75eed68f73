package org.newsgraph.extract.ar;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;

/**
 * What a speaker's words are about: the target of a statement or warning that names none of its own (the actor
 * its reported clause is about), a characterisation of someone's act as a coup or treason (an accusation aimed at
 * the doer), and the acts an accusation alleges (no events of their own). Used by {@link EventFinder} once a
 * sentence's drafts are found; offsets are token indexes of a sentence.
 */
final class ReportedSpeech extends Stage {

    ReportedSpeech(Stage shared) {
        super(shared);
    }

    /**
     * "قال المتحدث إن التهم الموجهة إلى فلان ستسقط"، "حذر X من أن أي تدخل أمريكي سيكون كارثيا": a statement or
     * warning (lexv:aboutTarget) with no target of its own is aimed at the actor its reported
     * clause (after أن/إن in its clause) is about: the first person, body or country it names within its first
     * words that is not the speaker, nor the speaker's own (its title's organisation, its country and that
     * country's state bodies, a possessive بلاده). Groups (the police, protesters) are what such clauses report
     * on rather than whom they address; places are where things happen; a second أن opens another clause. With no
     * such actor, a clause opening with a noun naming an act (إن الانقلاب لا مبرر له) is about that act's doer.
     */
    void aboutTargets(int s, int[] clause, List<EventDraft> all, Reactions reactions) {
        for (EventDraft d : all) {
            if (d.target != null || d.source == null || d.voice == Phrase.Voice.NOUN || !true_(d.trigger, "aboutTarget")
                    || insideReport(s, clause, all, d)) {
                continue;
            }
            int from = complementAfter(s, lastOf(s, d.match) + 1, clause);
            if (from < 0 || newsOutlet(d.source)) {
                continue;
            }
            Set<String> own = ownOrTold(d, from, clause, all);
            d.target = aboutActor(s, from, clause, own);
            Unit doer = d.target == null ? reactions.reportedActDoer(s, d, from) : null;
            if (doer != null && !own.contains(doer.key) && !(doer.countryKey != null && own.contains(doer.countryKey))) {
                d.target = doer;
            }
        }
    }

    /**
     * "قال المتحدث إن بلاده قلقة إزاء الأحداث في البلد الفلاني"، "أعرب الوزير عن قلقه حيال الأوضاع في البلد الفلاني"، "قال
     * إن ما يجري في البلد الفلاني شأن داخلي": a statement or concern (a verb of saying, or a speech act) with no target
     * of its own, that speaks within its first words after the verb and its subject of what happens (a
     * lexv:SituationNoun) in a country, is aimed at that country, unless it is the speaker's own. Another act of the
     * clause before it ends the search: what follows is that act's.
     */
    void situationTargets(int s, int[] clause, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.target != null || d.source == null || d.voice == Phrase.Voice.NOUN
                    || !(d.reporting || true_(d.trigger, "speechAct")) || true_(d.trigger, "noTarget") && !d.reporting) {
                continue;
            }
            int from = lastOf(s, d.match) + 1;
            if (d.source.sentence == s && d.source.first >= from && d.source.first <= from + 6) {
                from = d.source.last + 1;
            }
            int words = 0;
            for (int k = from; k < size(s) && clause[k] == clause[d.at] && words < SITUATION_WORDS; k++) {
                Match situation = cue(s, k, Cues.SITUATION_NOUN);
                if (situation != null) {
                    Unit country = countryIn(s, lastOf(s, situation) + 1);
                    if (country != null && !own(d.source).contains(country.key)) {
                        d.target = country;
                    }
                    break;
                }
                if (isKind(at(s, k), Phrase.Kind.TRIGGER) && k > from) {
                    break;
                }
                if (tok(s, k).isWord()) {
                    words++;
                }
            }
        }
    }

    /** The words after a verb (and its subject) within which a statement names the situation it is about. */
    private static final int SITUATION_WORDS = 8;

    /** The country named right after في at {@code k} (في البلد الفلاني), or null. */
    private Unit countryIn(int s, int k) {
        while (k < size(s) && isQuote(tok(s, k))) {
            k++;
        }
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        boolean in = u != null && u.first == k && tok(s, k).norm().startsWith("في") || k + 1 < size(s)
                && tok(s, k).norm().equals("في") && (u = cover.get(s)[k + 1]) != null && u.first == k + 1;
        return in && u.type == ActorType.COUNTRY ? u : null;
    }

    /**
     * "أكد لافروف أن روسيا غير مذنبة"، "أعرب المتحدث باسم وزارة خارجيتها عن أمل بكين": a statement (a CAMEO 01 code:
     * saying, hoping, denying) is never aimed at the speaker's own state or body ({@link #own}), whichever rule
     * named it: the speaker speaks for it. Such a statement keeps no target. A measure declared over the speaker's
     * own land (lexv:measureArea: أعلن الحداد الوطني) is aimed at it, and keeps it.
     */
    void dropOwnTargets(List<EventDraft> all) {
        for (EventDraft d : all) {
            String code = d.trigger.property("cameoCode");
            if (d.source == null || d.target == null || code == null || !code.startsWith("01") || true_(d.trigger, "measureArea")) {
                continue;
            }
            Set<String> own = own(d.source);
            ActorEntry known = d.source.type == ActorType.PERSON ? lex.actors.get(d.source.key) : null;
            if (known != null) {
                // a minister the gazetteer knows, named by his surname alone ("لافروف"), speaks for his state too
                for (HeldOffice h : known.holds()) {
                    if (h.until() == null) {
                        own.add(h.organizationKey());
                        own.add(stateOf(h.organizationKey()));
                    }
                }
            }
            if (own.contains(d.target.key) || d.target.type == ActorType.PERSON && sameBody(own, d.target)) {
                d.target = null;
            }
        }
    }

    /**
     * "قال المتحدث باسم الأمم المتحدة فلان إن الأمين العام فلانا ..."، "أكد المستشار الإعلامي للرئاسة أن الرئيس عاد":
     * whether a person holds an office (told in the article or known to the gazetteer, now) of a body (no state) the
     * speaker speaks for: the speaker speaks for that person too, and tells what he does.
     */
    private boolean sameBody(Set<String> own, Unit person) {
        Set<String> bodies = new java.util.HashSet<>();
        addRoleBodies(person, bodies);
        ActorEntry known = lex.actors.get(person.key);
        if (known != null) {
            for (HeldOffice h : known.holds()) {
                if (h.until() == null) {
                    bodies.add(h.organizationKey());
                }
            }
        }
        return bodies.stream().anyMatch(b -> !b.startsWith("country/") && own.contains(b));
    }

    /**
     * "أعرب الوزير عن "قلق بالغ"، وحث الحكومة الفلانية على احترام الدستور"، "أبدى قلقه العميق، وقال إن المنظمة ستبحث
     * الوضع في البلد الفلاني": concern voiced with nothing it is about (lexv:concernOfNextAct) is about whom the same
     * speaker goes on to address or speak of in the sentence: the target of the speaker's next act there, else of
     * the act before it ("ودعا الطرفين إلى الحوار، معربا عن قلقه").
     */
    void concernTargets(List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.target != null || d.source == null || !true_(d.trigger, "concernOfNextAct")) {
                continue;
            }
            EventDraft next = null;
            EventDraft before = null;
            for (EventDraft e : all) {
                if (e == d || e.sentence != d.sentence || e.source == null || e.target == null || e.voice == Phrase.Voice.PASSIVE
                        || !e.source.key.equals(d.source.key) || e.target.key.equals(d.source.key)) {
                    continue;
                }
                if (e.at > d.at && (next == null || e.at < next.at)) {
                    next = e;
                } else if (e.at < d.at && (before == null || e.at > before.at)) {
                    before = e;
                }
            }
            EventDraft from = next != null ? next : before;
            if (from != null) {
                d.target = from.target;
            }
        }
    }

    /** The state key of a body keyed under it (org/RU/ministry-of-foreign-affairs: country/RU), else the key itself. */
    private static String stateOf(String key) {
        String[] parts = key.split("/");
        return parts.length == 3 && parts[0].equals("org") && parts[1].length() == 2 ? "country/" + parts[1] : key;
    }

    /**
     * The keys no statement is aimed at: the speaker's own ({@link #own}); the actors of an act the reported clause
     * tells of itself by a verb (قال المحامي إن الشرطة أوقفت فلانا: the statement reports the arrest, whose event already
     * names them); and the subjects of acts told before the statement in its sentence (وانتقد الحزب ...، وقال النائب
     * إن الحزب: the speaker speaks for them).
     */
    private Set<String> ownOrTold(EventDraft d, int from, int[] clause, List<EventDraft> all) {
        Set<String> keys = own(d.source);
        for (EventDraft e : all) {
            if (e == d) {
                continue;
            }
            boolean told = e.at >= from && clause[e.at] == clause[from - 1] && e.voice != Phrase.Voice.NOUN;
            if (told && e.source != null) {
                keys.add(e.source.key);
            }
            if (told && e.target != null) {
                keys.add(e.target.key);
            }
            if (e.at < d.at && e.source != null && e.voice == Phrase.Voice.ACTIVE) {
                keys.add(e.source.key);
            }
        }
        return keys;
    }

    /** Whether a verb stands in what another verb of saying before it in its clause reports (قال إن روسيا تتابع). */
    private boolean insideReport(int s, int[] clause, List<EventDraft> all, EventDraft d) {
        for (EventDraft e : all) {
            if (e != d && e.reporting && e.at < d.at && clause[e.at] == clause[d.at] && complementizerBetween(s, e.at, d.at)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a reported clause within which the actor it is about stands. */
    private static final int ABOUT_WORDS = 6;

    private Unit aboutActor(int s, int from, int[] clause, Set<String> own) {
        int words = 0;
        for (int k = from; k < size(s) && clause[k] == clause[from - 1] && words < ABOUT_WORDS; k++) {
            if (k > from && cue(s, k, Cues.COMPLEMENTIZER) != null) {
                return null;
            }
            Unit u = cover.get(s)[k];
            if (u == null || u.first != k) {
                if (tok(s, k).isWord()) {
                    words++;
                }
                continue;
            }
            k = u.last;
            words++;
            // a body of a state is the speaker's own when that state is the speaker's, or when the speaker's state is
            // not known (an official named without a country speaks of his own government far more often)
            boolean stateBody = u.type == ActorType.ORGANIZATION && u.countryKey != null;
            boolean owned = own.contains(u.key) || stateBody && (own.contains(u.countryKey) || !knowsCountry(own))
                    || u.type == ActorType.PERSON && officeOfOwnState(u, own);
            if (u.type == ActorType.PLACE || u.type == ActorType.GROUP || u.qualifier || u.possessor != null
                    || u.partner != null
                    || u.locative && u.type == ActorType.COUNTRY || owned) {
                continue;
            }
            return u;
        }
        return null;
    }

    /**
     * The token after the complementizer that opens what a verb ending before {@code from} reports: within four
     * words of the verb (its subject, a date or "في بيان" between), in its clause; -1 when none does.
     */
    private int complementAfter(int s, int from, int[] clause) {
        int words = 0;
        for (int k = from; k < size(s) && clause[k] == clause[from - 1]; k++) {
            Match c = cue(s, k, Cues.COMPLEMENTIZER);
            if (c != null && (at(s, k) == null || isKind(at(s, k), Phrase.Kind.CUE))) {
                int after = lastOf(s, c) + 1;
                return after < size(s) && clause[after] == clause[k] ? after : -1;
            }
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return -1;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                k = u.last;
            } else if (tok(s, k).isWord() && !tok(s, k).norm().equals("من") && ++words > 4) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a person holds an office of the speaker's own state or body (قالت الرئاسة إن الرئيس فلان قرر: the
     * presidency speaks of its own head), by the title of this mention or a role the article gave the person.
     */
    private boolean officeOfOwnState(Unit person, Set<String> own) {
        Set<String> offices = new HashSet<>();
        if (person.organization != null && person.organization.key != null) {
            offices.add(person.organization.key);
            offices.add(person.organization.countryKey);
        }
        person.inner.forEach(x -> offices.add(x.key));
        addRoleBodies(person, offices);
        offices.remove(null);
        if (offices.isEmpty() && person.office != null) {
            // "ذكرت الرئاسة البيلاروسية أن الرئيس فلان أصدر الأمر": a title with no country and no role elsewhere
            // naming another is the speaker's own state's office, as for a state body named without a country
            return knowsCountry(own);
        }
        return knowsCountry(own) && offices.stream().anyMatch(own::contains);
    }

    private static boolean knowsCountry(Set<String> own) {
        return own.stream().anyMatch(k -> k.startsWith("country/"));
    }

    /**
     * Whether the speaker is a news agency or outlet (its name opens with a lexv:NewsOutletNoun cue: وكالة، صحيفة،
     * قناة): an outlet reports what happened, it addresses no one.
     */
    private boolean newsOutlet(Unit speaker) {
        return speaker.sentence < count && speaker.first < size(speaker.sentence)
                && cue(speaker.sentence, speaker.first, Cues.NEWS_OUTLET_NOUN) != null;
    }

    /**
     * "قال الحزب إن ما أقدم عليه الرئيس انقلاب"، "اعتبر المعارضون قرارات الرئيس انقلابا"، "وصف X ما جرى بأنه خيانة":
     * an indefinite coup or treason noun (lexv:characterisation) in what a speaker says is the speaker's accusation
     * (CAMEO 112) aimed at the doer named before it in the clause, not an act of that doer, when it stands after
     * أن/إن or as the verb's second object (انقلابا), never after a preposition (في انقلاب عسكري); a characterising noun
     * (lexv:chargeOnly: خيانة) outside a speaker's words is no event. Where the speaker's verb is itself a
     * criticism or accusation, that event already says so and the noun is dropped.
     */
    void characterisations(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        Term accuse = lex.trigger("accuse");
        for (int i = 0; i < all.size(); i++) {
            EventDraft c = all.get(i);
            if (!true_(c.trigger, "characterisation") || c.voice != Phrase.Voice.NOUN || !predicateNoun(s, c)) {
                continue;
            }
            EventDraft speaker = null;
            int at = -1;
            for (int j = i - 1; j >= 0; j--) {
                EventDraft e = all.get(j);
                if (e.voice == Phrase.Voice.ACTIVE && e.source != null && clause[e.at] == clause[c.at]
                        && (e.reporting || true_(e.trigger, "speechAct"))) {
                    speaker = e;
                    at = j;
                    break;
                }
            }
            if (speaker != null && !complementizerBetween(s, speaker.at, c.at) && !accusative(s, c.at)) {
                // "أعلن الجيش استيلاءه على السلطة في انقلاب": a coup told, not what a speaker calls an act
                speaker = null;
            }
            if (speaker == null) {
                if (true_(c.trigger, "chargeOnly")) {
                    out.remove(c);
                    all.remove(i--);
                }
                continue;
            }
            boolean own = true_(c.trigger, "speakersAct");
            if ("11".equals(cameoFamily(speaker.trigger)) && !own) {
                // "وصف X ما قامت به Y بأنه خيانة": the criticism is the event
                out.remove(c);
                all.remove(i--);
                continue;
            }
            Unit doer = doerBetween(s, speaker, c.at);
            if ("11".equals(cameoFamily(speaker.trigger))) {
                // "وصفت X الاتفاق بأنه باطل": the description is the rejection, no criticism besides it
                out.remove(speaker);
                all.remove(at);
                i--;
            }
            c.trigger = own ? c.trigger : accuse;
            c.voice = Phrase.Voice.ACTIVE;
            c.reporting = false;
            c.source = speaker.source;
            c.target = doer;
            if (!out.contains(c)) {
                out.add(c);
            }
        }
    }

    /**
     * Whether a verbal noun reads as what something is called: indefinite, without a proclitic or a possessive
     * pronoun (انقلاب، انقلابا, not الانقلاب، بالانقلاب، استيلاءهم).
     */
    private boolean predicateNoun(int s, EventDraft c) {
        Token t = tok(s, c.at);
        String word = original(t.begin(), t.end());
        String rest = c.match.end() < t.end() ? original(c.match.end(), t.end()).replace("\u064B", "") : "";
        return !hasArticle(t) && c.match.prefix().isEmpty() && (rest.isEmpty() || rest.equals("ا")) && !prepositional(s, c.at)
                && !(word.endsWith("ه") || word.endsWith("ها") || word.endsWith("هم"));
    }

    /** Whether the word at {@code k} ends in the alef of the indefinite accusative (انقلابا: a second object). */
    private boolean accusative(int s, int k) {
        String word = original(tok(s, k).begin(), tok(s, k).end()).replace("\u064B", "");
        return word.endsWith("ا");
    }

    /** The first actor between a speaker's verb (and its subject) and token {@code to} that is not the speaker's own. */
    private Unit doerBetween(int s, EventDraft speaker, int to) {
        Set<String> own = own(speaker.source);
        int from = speaker.source.first > speaker.at ? speaker.source.last + 1 : speaker.at + 1;
        for (int k = from; k < to; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                k = u.last;
                if (u.type != ActorType.PLACE && !u.locative && !own.contains(u.key)) {
                    return u;
                }
            }
        }
        return null;
    }

    /** The first two digits of a trigger's CAMEO code (its family). */
    static String cameoFamily(Term trigger) {
        String code = trigger.property("cameoCode");
        return code == null || code.length() < 2 ? "" : code.substring(0, 2);
    }

    /**
     * "اتهمت الحكومة واشنطن بتدبير انقلاب"، "متهما المعارضة بالتخطيط لأعمال عنف": the acts an accusation alleges,
     * told by verbal nouns after it in its clause with no punctuation between, are no events of their own (there is
     * no coup by Washington); whom the accusation has no target for, the alleged act's doer is.
     */
    void allegedActs(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft a : List.copyOf(all)) {
            if (!"112".equals(a.trigger.property("cameoCode")) || a.voice == Phrase.Voice.NOUN) {
                continue;
            }
            for (EventDraft e : List.copyOf(all)) {
                if (e == a || e.voice != Phrase.Voice.NOUN || e.at <= a.at || clause[e.at] != clause[a.at]
                        || punctuationBetween(s, a.at, e.at)) {
                    continue;
                }
                if (a.target == null && e.source != null && (a.source == null || !e.source.key.equals(a.source.key))) {
                    a.target = e.source;
                }
                all.remove(e);
                out.remove(e);
            }
        }
    }

    private boolean punctuationBetween(int s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tok(s, k).isPunct() && !isQuote(tok(s, k))) {
                return true;
            }
        }
        return false;
    }
}

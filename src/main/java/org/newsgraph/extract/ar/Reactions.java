package org.newsgraph.extract.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;

/**
 * Reactions, votes and statements about acts: the agent a nisba gives, a legislature of voters, the act a
 * reaction is about, and the agent of a definite verbal noun naming an event again. Used by {@link EventFinder}.
 */
final class Reactions extends Stage {

    private final Arguments arguments;
    private final ActorResolver resolver;

    Reactions(Stage shared, Arguments arguments, ActorResolver resolver) {
        super(shared);
        this.arguments = arguments;
        this.resolver = resolver;
    }

    // ---- reactions, votes and statements about acts

    /**
     * "العقوبات الأمريكية"، "الغارات الإسرائيلية على لبنان"، "عقوبات أوروبية": a nisba adjective right after the
     * verbal noun of an act says whose act it is, not whom it is done to. Only a singular nisba agreeing with the
     * noun in definiteness reads so (a plural nisba, الأمريكيين, names people, who may be the act's patients), and
     * never after a noun whose number counts its victims (مقتل، اعتقال، إصابة: the nisba is of those counted).
     */
    void nisbaAsAgent(int s, EventDraft d, int last) {
        Match after = at(s, last + 1);
        // "غارة روسية": a country name that is also its nisba (روسية، تركية) reads as the nisba here
        boolean demonym = isKind(after, Phrase.Kind.DEMONYM)
                || isKind(after, Phrase.Kind.ACTOR) && after.phrase().actor() != null && lex.isAlsoDemonym(after);
        if (d.voice != Phrase.Voice.NOUN || d.target == null || d.target.first != last + 1
                || d.trigger.property("counts") != null || !demonym) {
            return;
        }
        Match nisba = at(s, last + 1);
        String word = tok(s, last + 1).norm().substring(Math.min(nisba.prefix().length(), tok(s, last + 1).norm().length()));
        String noun = tok(s, d.at).norm().substring(Math.min(d.match.prefix().length(), tok(s, d.at).norm().length()));
        boolean singular = word.endsWith("ي") || word.endsWith("يه");
        if (!singular || hasArticle(word) != hasArticle(noun) || !nisba.prefix().isEmpty()) {
            return;
        }
        if (d.source == null) {
            d.source = d.target;
        }
        d.target = null;
    }

    /** Whether the word before token {@code t} is one of speaking about (إزاء، حيال، بشأن): t is spoken of. */
    boolean spokenOf(int s, int t) {
        int k = wordBefore(s, t);
        return k >= 0 && cueEndingAt(s, k, Cues.ABOUT_PREPOSITION) != null;
    }

    /**
     * "صوت 101 نائب لصالح عزل الرئيس"، "وأيد 204 نواب القرار": an act whose subject is a number of deputies or
     * votes (the lexv:voter counted nouns) is the legislature's: the last body the article named, up to this
     * sentence, whose name starts with a lexv:LegislatureNoun cue. Null when there is none, or no such count
     * stands as the subject (right after a verb, or before a verbal noun in its clause).
     */
    Unit legislatureOfVoters(int s, EventDraft d, int last, int[] clause) {
        boolean voters = false;
        if (d.voice == Phrase.Voice.ACTIVE) {
            voters = voterCount(s, last + 1);
        } else if (d.voice == Phrase.Voice.NOUN) {
            for (int k = d.at - 1; k >= 0 && k >= d.at - 8 && clause[k] == clause[d.at] && !voters; k--) {
                voters = voterCount(s, k);
            }
        }
        if (!voters) {
            return null;
        }
        for (int r = s; r >= 0; r--) {
            List<Unit> us = units.get(r);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if (u.type == ActorType.ORGANIZATION && (r < s || u.first < d.at) && cue(r, u.first, Cues.LEGISLATURE_NOUN) != null) {
                    return u;
                }
            }
        }
        return null;
    }

    /** Whether a number stands at {@code k} followed by a counted noun of voters (نائبا، نواب، صوتا). */
    private boolean voterCount(int s, int k) {
        if (!arguments.counted(s, k)) {
            return false;
        }
        Match number = cue(s, k, Cues.NUMBER_WORD);
        int next = number != null ? lastOf(s, number) + 1 : k + 1;
        Match noun = cue(s, next, Cues.COUNTED_NOUN);
        return noun != null && true_(noun.phrase().term(), "voter");
    }

    /**
     * "رحبت واشنطن بالإفراج عن فلان"، "أدانت باريس اعتقال السلطات للكاتب فلان": a reaction (lexv:reaction) whose
     * object is the verbal noun of another event of the sentence is aimed at that act's agent, or at its patient
     * when the act names no agent other than the one reacting. A reaction aimed at doers only (lexv:aimsAtAgent:
     * condemning, rejecting) is aimed at the agent the article last gave that kind of act, else at no one.
     */
    void reactionTargets(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            // "سارع الرئيس إلى إدانة الهجوم": a verbal noun the subject hastened to is read as that subject's verb
            if (!true_(d.trigger, "reaction") || d.voice == Phrase.Voice.NOUN && !d.hastened) {
                continue;
            }
            int object = d.source != null && d.source.first > d.at ? pastNisba(s, pastJoined(s, d.source)) : lastOf(s, d.match) + 1;
            object = arguments.pastApposition(s, d.source != null && d.source.first > d.at ? d.source : null,
                    pastBracket(s, object));
            if (d.source != null && d.source.first > d.at && object == d.source.last + 1 && object < size(s)
                    && COMMAS.contains(tok(s, object).norm()) && apposed(s, d.source)) {
                // "أدان رئيس الوزراء البريطاني، فلان، الانقلاب": the subject's name set off by commas after its title;
                // the comma closing it opens the object
                object++;
            }
            // "ودانت المنظمة، في بيان، "بشدة" محاولة الانقلاب": an aside between the subject and the object
            object = pastParenthetical(s, object);
            if (object + 1 < size(s) && COMMAS.contains(tok(s, object).norm())
                    && pastCalled(s, pastManner(s, object + 1)) != object + 1) {
                // "دانت المجموعة "إيكواس"، "بأشد العبارات" ما وصفته بالانقلاب": a comma after the subject that opens
                // how strongly it reacts or what it calls the act, and no aside
                object++;
            }
            // "دان الرئيس في بيان صادر عن البيت الأبيض الهجمات": where it was voiced, with no commas; a verb carrying
            // its object's pronoun (ووصفها في بيان صدر في القاهرة بأنها) has its object already
            boolean pronounObject = d.voice != Phrase.Voice.NOUN && d.match.end() < tok(s, lastOf(s, d.match)).end();
            if (!pronounObject) {
                object = pastVoicedIn(s, object, all);
            }
            object = pastCalled(s, pastManner(s, object));
            // "نددت كينيا بـ"الهجوم الجبان"": the preposition written apart (with a tatweel) before the quote
            if (object + 1 < size(s) && tok(s, object).norm().equals("ب") && isQuote(tok(s, object + 1))) {
                object++;
            }
            while (object < size(s) && isQuote(tok(s, object))) {
                object++;
            }
            object = pastAttempt(s, pastVoiced(s, object, d));
            EventDraft victimOf = aimsAtVictim(s, d, object, all);
            for (EventDraft act : all) {
                if (act == d || act.at != object && act != victimOf || act.voice != Phrase.Voice.NOUN) {
                    continue;
                }
                if (true_(d.trigger, "aimsAtAgent") && act.source != null && d.source != null
                        && act.source.key.equals(d.source.key)) {
                    // "ودانت المنظمة محاولة الانقلاب": the clause's subject, which condemns the act, did not do it
                    act.source = null;
                }
                Unit aimed = act.source != null && (d.source == null || !act.source.key.equals(d.source.key)) ? act.source
                        : !true_(d.trigger, "aimsAtAgent") || patientWithLam(s, act.target) ? act.target
                        // "دانت X اعتقال القادة المدنيين": condemned is who arrested them, as the article told it
                        // before, never those arrested
                        : doerOf(act.trigger, true);
                if (aimed != null && (d.source == null || !aimed.key.equals(d.source.key))) {
                    d.target = aimed;
                    atActs.add(d);
                } else if (true_(d.trigger, "aimsAtAgent")) {
                    // "ندد رئيس الوزراء بمحاولة الانقلاب" with no doer named: aimed at no one, not at an actor nearby,
                    // unless the act is the state's own (stateOfAct)
                    d.target = stateOfAct(s, d, act);
                }
            }
        }
    }

    /**
     * "وأدان الرئيس الفلاني اغتيال المعارض فلان": a condemnation (lexv:aimsAtAgent) whose target, found as the actor
     * after it, is whom the verbal noun of an act between them befell (that noun's own target, in the clause) is aimed
     * at that act, not at its victim, wherever its object was thought to start (a subject read only in part leaves
     * the object's start unknown). That act, when no act stands at {@code object}; else null.
     */
    private EventDraft aimsAtVictim(int s, EventDraft d, int object, List<EventDraft> all) {
        if (!true_(d.trigger, "aimsAtAgent") || d.target == null || d.target.sentence != s || d.voice == Phrase.Voice.NOUN) {
            return null;
        }
        EventDraft found = null;
        for (EventDraft act : all) {
            if (act == d || act.voice != Phrase.Voice.NOUN) {
                continue;
            }
            if (act.at == object) {
                return null;
            }
            if (found == null && act.sentence == s && act.at > d.at && act.at < d.target.first && act.target != null
                    && act.target.key.equals(d.target.key)) {
                found = act;
            }
        }
        return found;
    }

    /**
     * "ودعا الرئيس الأميركي إلى وقف القصف"، "وطالبت المنظمة بوقف الغارات": a call (CAMEO 02, 10) aimed at no one whose
     * content opens with a noun of stopping (lexv:StopNoun, after a lexv:contentMarker word or with ب on it) and the
     * verbal noun of a trigger's act right after it asks that act's doer to stop: its own agent when the sentence names
     * one, else the article's latest doer of that act, or for a violent act of the latest violent act told with its doer
     * (the victims of an act are never asked to stop it). The doer comes before the article's country a call from
     * outside is otherwise aimed at. No new target when the article told no doer, or the caller's own side did it.
     */
    void stopCalls(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            String family = ReportedSpeech.cameoFamily(d.trigger);
            if (d.target != null && !d.crisisDefault || d.voice == Phrase.Voice.NOUN
                    || !family.equals("02") && !family.equals("10")) {
                continue;
            }
            int k = lastOf(s, d.match) + 1;
            if (d.source != null && d.source.sentence == s && d.source.first >= k && d.source.first <= k + 1) {
                k = arguments.pastApposition(s, d.source, d.source.last + 1);
            }
            k = pastParenthetical(s, k);
            if (k < size(s) && cover.get(s)[k] == null
                    && lex.normalizedValues(d.trigger, "contentMarker").contains(tok(s, k).norm())) {
                k++;
            }
            Match stop = k < size(s) && cover.get(s)[k] == null ? cue(s, k, Cues.STOP_NOUN) : null;
            if (stop == null || !stop.prefix().isEmpty() && !stop.prefix().endsWith("ب")
                    || stop.prefix().isEmpty() && k > 0 && !lex.normalizedValues(d.trigger, "contentMarker")
                    .contains(tok(s, k - 1).norm())) {
                continue;
            }
            int a = lastOf(s, stop) + 1;
            while (a < size(s) && isQuote(tok(s, a))) {
                a++;
            }
            // (a noun naming acts of any side, "إلى وقف العنف", asks the article's country, as a call naming no one)
            Unit doer = null;
            for (EventDraft e : all) {
                if (e != d && e.at == a && e.voice == Phrase.Voice.NOUN) {
                    doer = e.source != null ? e.source : activeDoerOf(e.trigger);
                    break;
                }
            }
            if (doer != null && (d.source == null || !own(d.source).contains(doer.key))) {
                d.target = doer;
            }
        }
    }

    /**
     * "توعد المرشد بانتقام قاس"، "تعهد الرئيس بالثأر لمقتل فلان": a threat (CAMEO 13) with no target whose content, within
     * its next eight words, is revenge (lexv:RevengeNoun) is aimed at the doer of the latest violent act told with a
     * doer, in its sentence before it or in the article before: never at that act's victim. No target when that doer
     * is the threatener's own side.
     */
    void revengeTargets(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.target != null || !"13".equals(ReportedSpeech.cameoFamily(d.trigger))) {
                continue;
            }
            int last = lastOf(s, d.match);
            boolean revenge = false;
            for (int k = last + 1; k < size(s) && k <= last + 8 && !revenge; k++) {
                revenge = cue(s, k, Cues.REVENGE_NOUN) != null;
            }
            if (!revenge) {
                continue;
            }
            Unit doer = null;
            for (int j = all.indexOf(d) - 1; j >= 0 && doer == null; j--) {
                EventDraft e = all.get(j);
                doer = e.source != null && violent(e.trigger) ? e.source : null;
            }
            for (int n = told.size() - 1; n >= 0 && doer == null; n--) {
                EventDraft e = told.get(n);
                doer = e.source != null && violent(e.trigger) ? e.source : null;
            }
            if (doer != null && (d.source == null || !own(d.source).contains(doer.key) && !doer.key.equals(d.source.key))) {
                d.target = doer;
            }
        }
    }

    /** How many sentences back a denial may answer an act: beyond, the article has moved to other news. */
    private static final int ANSWER_WINDOW = 3;

    /**
     * "اتهمت الحكومة الجبهة بمهاجمة القاعدة ... ونفى القيادي في الجبهة فلان ذلك"، "قطعت الجزائر علاقاتها مع المغرب
     * ... ورفضت الخارجية المغربية المبررات": a denial or rejection (CAMEO 016, 12) that names no one answers the
     * latest act aimed at the one denying or at his side (an accusation, a demand, a measure: CAMEO 10 to 20), told
     * before it in its sentence or within a few sentences before, and is aimed at that act's doer. Never at the
     * denier's own side, and never after a plain statement (CAMEO 01), which accuses no one, nor after a third
     * party's condemnation (111: دانت الخارجية السورية العدوان ... إذ رفض متحدث باسم الجيش الرد على الأسئلة), which
     * the world voices about an act and its doer seldom answers.
     */
    void answeredAccusers(List<EventDraft> all) {
        for (EventDraft d : all) {
            String code = d.trigger.property("cameoCode");
            if (d.target != null || d.source == null || code == null
                    || !code.startsWith("016") && !code.startsWith("12")) {
                continue;
            }
            Set<String> own = sides(own(d.source));
            List<EventDraft> before = toldBefore(d, all);
            for (int i = before.size() - 1; i >= 0; i--) {
                EventDraft e = before.get(i);
                if (d.sentence - e.sentence > ANSWER_WINDOW) {
                    break;
                }
                String c = e.trigger.property("cameoCode");
                if (c == null || e.source == null || e.target == null || !(c.startsWith("1") || c.startsWith("20"))
                        || c.startsWith("111") || e.voice == Phrase.Voice.PASSIVE) {
                    continue;
                }
                if (own.contains(e.target.key) && !own.contains(e.source.key)
                        && !sides(own(e.source)).contains(e.target.key)) {
                    d.target = e.source;
                    break;
                }
            }
        }
    }

    /** The keys with the country of each body among them ("org/MA/ministry-of-foreign-affairs" is Morocco's). */
    private static Set<String> sides(Set<String> keys) {
        Set<String> out = new java.util.HashSet<>(keys);
        for (String k : keys) {
            if (k == null) {
                // an actor inside a title that resolved to no one (own() keeps its null key)
                continue;
            }
            String[] parts = k.split("/");
            if (parts.length > 2 && parts[0].equals("org") && parts[1].length() == 2
                    && parts[1].equals(parts[1].toUpperCase(java.util.Locale.ROOT))) {
                out.add("country/" + parts[1]);
            }
        }
        return out;
    }

    /**
     * "اتهم الرئيس فلان دولة كذا بالتآمر وتوعد بالرد"، "حمّل الحزب الاحتلال المسؤولية ويتوعد بقصاص عادل": a threat
     * (CAMEO 13) that names no one, told after its own speaker accused or blamed someone (CAMEO 11) in the same
     * sentence, threatens whom the speaker accused: the vow answers what that one is accused of. Never the speaker's
     * own side. Run before {@link #revengeTargets}: the accused named in the sentence comes before the doer of an act
     * told earlier.
     */
    void threatsOfAccusers(List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.target != null || d.source == null || !"13".equals(ReportedSpeech.cameoFamily(d.trigger))) {
                continue;
            }
            Unit accused = null;
            for (EventDraft e : all) {
                if (e != d && e.sentence == d.sentence && e.at < d.at && e.source != null && e.target != null
                        && e.source.key.equals(d.source.key) && "11".equals(ReportedSpeech.cameoFamily(e.trigger))) {
                    accused = e.target;
                }
            }
            if (accused != null && !own(d.source).contains(accused.key)) {
                d.target = accused;
            }
        }
    }

    /**
     * The article's latest doer of this act told actively so far, for a violent act of any violent act: never an act's
     * victim. Null when there is none.
     */
    private Unit activeDoerOf(org.newsgraph.extract.lexicon.Term act) {
        Unit agent = agents.get(act.key());
        if (agent != null) {
            return agent;
        }
        for (int n = told.size() - 1; n >= 0; n--) {
            EventDraft e = told.get(n);
            if (e.source != null && e.voice != Phrase.Voice.PASSIVE && violent(act) && violent(e.trigger)) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "نددت هافانا بالغزو، ووصفته موسكو بأنه عدوان"، "كما انتقدته ماناغوا": a verb of condemning (lexv:aimsAtAgent)
     * whose object is a masculine pronoun and that has no target of its own condemns what the reaction told right
     * before it did, in its sentence or as the last act of the sentence before: it is aimed at the same doer.
     */
    void reactedAgain(int s, List<EventDraft> all) {
        for (int i = 0; i < all.size(); i++) {
            EventDraft d = all.get(i);
            if (!true_(d.trigger, "aimsAtAgent") || d.voice != Phrase.Voice.ACTIVE || d.target != null) {
                continue;
            }
            Token word = tok(s, lastOf(s, d.match));
            if (d.match.end() >= word.end()
                    || !CompiledLexicon.lightForm(original(d.match.end(), word.end())).equals("ه")) {
                continue;
            }
            EventDraft before = null;
            for (int j = i - 1; j >= 0 && before == null; j--) {
                before = condemnation(all.get(j));
            }
            if (before == null && !told.isEmpty() && told.get(told.size() - 1).sentence == s - 1) {
                before = condemnation(told.get(told.size() - 1));
            }
            if (before != null && (d.source == null || !before.target.key.equals(d.source.key))) {
                d.target = before.target;
                atActs.add(d);
            }
        }
    }

    /**
     * "أعرب الرئيس عن قلقه إزاء اعتقال المعارض فلان"، "أعربت الخارجية عن قلقها من قمع المتظاهرين": concern voiced
     * (lexv:concernOfNextAct) about an act, found aimed at whom the act's verbal noun befell (that noun, in the same
     * sentence between the two, has the same target), is aimed at whoever did it: the noun's own agent, else the
     * doer the article told of that kind of act (as condemning it would be aimed); never at the victim, of whom the
     * speaker fears for. With no doer known, the concern is left with no one yet (concernAtCrisis may give it one).
     */
    void concernAtDoer(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.sentence != s || d.target == null || d.target.sentence != s || d.source == null
                    || !true_(d.trigger, "concernOfNextAct")) {
                continue;
            }
            EventDraft act = null;
            for (EventDraft e : all) {
                if (e != d && e.sentence == s && e.voice == Phrase.Voice.NOUN && e.at > d.at && e.at < d.target.first
                        && e.target != null && e.target.key.equals(d.target.key) && (act == null || e.at < act.at)) {
                    act = e;
                }
            }
            if (act == null) {
                continue;
            }
            Unit doer = act.source != null && !act.source.key.equals(act.target.key) ? act.source : doerOf(act.trigger, true);
            d.target = doer != null && !doer.key.equals(d.source.key) ? doer : null;
        }
    }

    /**
     * "أعربت الخارجية التركية عن قلقها العميق إزاء التطورات"، "أبدى الأمين العام "قلقه البالغ"": concern voiced
     * (lexv:concernOfNextAct) by a speaker from outside the article's country that names no one it is about, and turns
     * to no one after it (ReportedSpeech concernTargets), is about that country, whose crisis the article tells, as an
     * appeal from outside is ({@link #crisisCountry}). A speaker of the country itself, or one whose state the article
     * does not tell, keeps no target, and so does concern about a conflict between two states ({@link #interstate}).
     */
    void concernAtCrisis(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.sentence == s && d.target == null && d.source != null && d.voice != Phrase.Voice.PASSIVE
                    && true_(d.trigger, "concernOfNextAct")) {
                d.target = countryFromOutside(s, d);
            }
        }
    }

    /**
     * "وأدانت المجموعة الإقليمية الانقلاب"، "ندد الاتحاد بحل البرلمان"، "انتقد الوزير قمع المتظاهرين": a condemnation
     * from outside the article's country of an act of which the article told no doer, and no assault (a coup, a
     * dissolution, a crackdown), is aimed at that country: its rulers did it, or hold power by it. Not an attempt
     * (محاولة الانقلاب failed: its doers are not the state), nor an assault (the killing of a politician, an attack:
     * its unknown doers are no state, the country rather its victim); null then, as for a speaker of the country.
     */
    private Unit stateOfAct(int s, EventDraft d, EventDraft act) {
        if (violent(act.trigger)) {
            return null;
        }
        // (the attempt noun before the act, or opening the act's own words: محاولة الانقلاب)
        int k = wordBefore(s, act.at);
        if (k >= 0 && cueEndingAt(s, k, Cues.ATTEMPT_NOUN) != null || cue(s, act.at, Cues.ATTEMPT_NOUN) != null) {
            return null;
        }
        return countryFromOutside(s, d);
    }

    /**
     * Whether the article's conflict is between two states: the pair of actors its acts of conflict were most often
     * between (the first on a tie) are of two different countries. Concern or blame from outside is then about both
     * sides (قلقه من التصعيد بين البلدين), not about the one the article is most about.
     */
    private boolean interstate() {
        Opponents best = null;
        for (Opponents o : opponents.values()) {
            if (best == null || o.times > best.times) {
                best = o;
            }
        }
        if (best == null) {
            return false;
        }
        Unit a = arguments.countryOf(best.a);
        Unit b = arguments.countryOf(best.b);
        return a != null && b != null && a.key != null && !a.key.equals(b.key);
    }

    /**
     * The article's country (a state it names) standing on the words of {@code d}'s trigger, when {@code d}'s actor
     * is told of another state or of an international body; else null.
     */
    private Unit countryFromOutside(int s, EventDraft d) {
        ActorEntry focal = resolver.focal();
        if (focal == null || focal.type() != ActorType.COUNTRY || d.source == null || !outsider(d.source, focal.key())
                || interstate()) {
            return null;
        }
        Unit named = namedCountry(focal.key());
        if (named == null) {
            return null;
        }
        int last = lastOf(s, d.match);
        Unit country = new Unit(s, d.at, last, tok(s, d.at).begin(), tok(s, last).end());
        country.sameActorAs(named);
        return country;
    }

    /** The reactions aimed at the doer of an act they name (نددت هافانا بالغزو), by identity. */
    private final java.util.Set<EventDraft> atActs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * The draft itself when its verb condemns the doer of an act it names (lexv:aimsAtAgent), else null: a noun of
     * condemnation (توالت الإدانات للاغتيال، إذ دانه فلان) names what the pronoun stands for, and is no clause before;
     * a condemnation of a person names no act the pronoun could stand for.
     */
    private EventDraft condemnation(EventDraft d) {
        return true_(d.trigger, "aimsAtAgent") && d.voice == Phrase.Voice.ACTIVE && d.target != null && atActs.contains(d)
                ? d : null;
    }

    /**
     * "فتحت الشرطة تحقيقا في الهجوم"، "تحقق النيابة في مقتل الصحفي": a trigger with no target whose
     * lexv:actMarker (في for an inquiry) follows it in its clause, the subject and its object between, is about the
     * act named right after the marker: aimed at that act's doer, else at whom it befell (the victim of an attack
     * whose doer no one named).
     */
    void inquiredActs(int s, int[] clause, List<EventDraft> all) {
        for (EventDraft d : all) {
            String marker = d.trigger.property("actMarker");
            if (marker == null || d.target != null) {
                continue;
            }
            int k = lastOf(s, d.match) + 1;
            for (int words = 0; k < size(s) && words < 8 && clause[k] == clause[d.at]; k++, words++) {
                if (tok(s, k).norm().equals(marker) || isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                    break;
                }
            }
            if (k + 1 >= size(s) || !tok(s, k).norm().equals(marker)) {
                continue;
            }
            Unit aimed = null;
            for (EventDraft act : all) {
                if (act != d && act.at == k + 1 && act.voice == Phrase.Voice.NOUN) {
                    aimed = act.source != null ? act.source : act.target;
                }
            }
            if (aimed == null) {
                aimed = actReferent(s, k + 1, d, true, false, false);
            }
            if (aimed != null && (d.source == null || !aimed.key.equals(d.source.key))) {
                d.target = aimed;
            }
        }
    }

    /**
     * "أعربت فرنسا عن إدانتها للانقلاب"، "عبّر بدوره عن رفضه لما جرى": for a voicing verb whose reaction is the noun
     * it needs (lexv:needsObject), the index of what that noun is about (after it, and after a preposition standing
     * alone, lexv:AboutWord: لما جرى is ل and ما, past how deep it is, lexv:IntensityWord: قلقها البالغ إزاء), where up
     * to three words (عن، بدوره) stand before the noun; else {@code k}.
     */
    private int pastVoiced(int s, int k, EventDraft d) {
        String needs = d.trigger.property("needsObject");
        if (needs == null || d.voice == Phrase.Voice.NOUN) {
            return k;
        }
        for (int j = k; j < size(s) && j <= k + 3; j++) {
            Match noun = cue(s, j, needs);
            if (noun != null) {
                int about = lastOf(s, noun) + 1;
                // "عن "قلقها البالغ" إزاء الاعتقال": how deep it is, in quotes or not, before the preposition
                while (about < size(s) && (isQuote(tok(s, about)) || lex.wordsOfClass
                        .getOrDefault("IntensityWord", java.util.Set.of()).contains(tok(s, about).norm()))) {
                    about++;
                }
                return about < size(s) && lex.wordsOfClass.getOrDefault("AboutWord", java.util.Set.of())
                        .contains(tok(s, about).norm()) ? about + 1 : about;
            }
            if (cover.get(s)[j] != null || isKind(at(s, j), Phrase.Kind.TRIGGER) || !tok(s, j).isWord()) {
                return k;
            }
        }
        return k;
    }

    /**
     * "دانت كل من كندا والمكسيك الانقلاب"، "دانت بريطانيا وفرنسا وألمانيا استخدام القوة": the index after the last
     * actor joined by و right after the subject {@code u} (each one more subject, not the object), else after u.
     */
    private int pastJoined(int s, Unit u) {
        int k = u.last + 1;
        while (k < size(s)) {
            Unit next = cover.get(s)[k];
            Match m = at(s, k);
            if (next == null || next.first != k || next.prepositional || m == null || !m.prefix().startsWith("و")) {
                break;
            }
            k = next.last + 1;
        }
        return k;
    }

    /**
     * "نددت الحكومة الزنجبارية بالغزو": the index after a definite nisba adjective at {@code k} that names no actor
     * the lexicon knows (a state it does not list), left over from the subject, when the verbal noun of an act follows
     * it; else {@code k}.
     */
    private int pastNisba(int s, int k) {
        if (k + 1 >= size(s) || cover.get(s)[k] != null || at(s, k) != null || !tok(s, k).isWord()) {
            return k;
        }
        String word = tok(s, k).norm();
        boolean nisba = word.startsWith("ال") && word.length() > 5 && (word.endsWith("ية") || word.endsWith("يه"));
        Match next = at(s, k + 1);
        return nisba && isKind(next, Phrase.Kind.TRIGGER) && next.phrase().voice() == Phrase.Voice.NOUN ? k + 1 : k;
    }

    /**
     * "ندد بمحاولة الاستيلاء على السلطة": the index after an attempt noun (lexv:AttemptNoun) at {@code k}, whose
     * genitive is the act reacted to; else {@code k}.
     */
    private int pastAttempt(int s, int k) {
        Match attempt = k < size(s) && !isKind(at(s, k), Phrase.Kind.TRIGGER) ? cue(s, k, Cues.ATTEMPT_NOUN) : null;
        if (attempt == null && k + 1 < size(s) && !isKind(at(s, k), Phrase.Kind.TRIGGER)
                && isKind(at(s, k + 1), Phrase.Kind.TRIGGER) && at(s, k + 1).phrase().voice() == Phrase.Voice.NOUN) {
            // "دان عملية الاغتيال"، "ندد بعمليات القتل": a noun of an operation (lexv:OperationHead) heading the
            // verbal noun of an act in its genitive names that act, as an attempt noun does
            attempt = cue(s, k, Cues.OPERATION_HEAD);
        }
        return attempt == null ? k : lastOf(s, attempt) + 1;
    }

    /**
     * "اعتقال السلطات الجورجية للمعارضين": whether the actor in the genitive of a verbal noun is followed by its
     * patient with ل, which makes that genitive actor the act's agent.
     */
    private boolean patientWithLam(int s, Unit genitive) {
        if (genitive == null) {
            return false;
        }
        int k = genitive.last + 1;
        while (k < size(s) && cover.get(s)[k] != null && cover.get(s)[k].qualifier) {
            k = cover.get(s)[k].last + 1;
        }
        Unit next = k < size(s) ? cover.get(s)[k] : null;
        return next != null && next.first == k && (tok(s, k).norm().startsWith("لل")
                || at(s, k) != null && at(s, k).prefix().endsWith("ل"));
    }

    /** The article's latest agent of each trigger so far, for a definite verbal noun naming that event again. */
    final Map<String, Unit> agents = new HashMap<>();

    /**
     * The pairs of actors the article's acts of conflict so far were between (CAMEO roots 11 to 20: disapproving,
     * rejecting, accusing, threatening, protesting, force, reducing relations, coercing, assaulting, fighting),
     * keyed by their two keys in order, with how often; in the order first told.
     */
    private final Map<String, Opponents> opponents = new java.util.LinkedHashMap<>();

    private static final class Opponents {
        final Unit a;
        final Unit b;
        int times;

        Opponents(Unit a, Unit b) {
            this.a = a;
            this.b = b;
        }
    }

    /** Every act the article told so far with an actor, in the order told, for a noun naming one of them again. */
    private final List<EventDraft> told = new ArrayList<>();

    /** The events the article told before {@code d}: those of earlier sentences, then those of its own before it. */
    private List<EventDraft> toldBefore(EventDraft d, List<EventDraft> all) {
        List<EventDraft> before = new ArrayList<>(told);
        for (EventDraft e : all) {
            if (e.at < d.at) {
                before.add(e);
            }
        }
        return before;
    }

    /**
     * "طالب المحتجون برحيل رئيس الوزراء ... ورفض الاستقالة"، "أكد أنه لن يستقيل": whom refusing a demand
     * (lexv:refusesDemand) is aimed at: the doer of the latest call or protest (CAMEO 02, 10, 14) aimed at the one
     * refusing, told before it in its sentence or in the article before; else, for a person refusing, the doer of
     * the latest protest (14) by a group, as the article told the demand without its doer (خرجت حشود مطالبة
     * باستقالته); else null.
     */
    Unit demanderOf(EventDraft d, List<EventDraft> all) {
        if (d.source == null) {
            return null;
        }
        List<EventDraft> before = toldBefore(d, all);
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            String code = e.trigger.property("cameoCode");
            if (code != null && (code.startsWith("02") || code.startsWith("10") || code.startsWith("14"))
                    && e.source != null && e.target != null && e.target.key.equals(d.source.key)
                    && !e.source.key.equals(d.source.key)) {
                return e.source;
            }
        }
        for (int i = before.size() - 1; i >= 0 && d.source.type == ActorType.PERSON; i--) {
            EventDraft e = before.get(i);
            String code = e.trigger.property("cameoCode");
            if (code != null && code.startsWith("14") && e.source != null && e.source.type == ActorType.GROUP
                    && !e.source.key.equals(d.source.key)) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "اقترحت زعيمة الحزب ... غير أن حزب الاستقلال رفض الاقتراح"، "رفضت الحكومة المطالب": a rejection whose object,
     * at {@code k}, is what someone asked for (lexv:DemandNoun) with no actor named after it is aimed at whoever
     * asked last: the doer of the latest call, offer or demand (CAMEO 02, 03, 10) told before it in its sentence or
     * in the article before, not the one rejecting; else null.
     */
    Unit askerOf(int s, EventDraft d, int k, List<EventDraft> all) {
        Match asked = k < size(s) ? cue(s, k, Cues.DEMAND_NOUN) : null;
        if (asked == null || !asked.prefix().isEmpty()) {
            return null;
        }
        List<EventDraft> before = toldBefore(d, all);
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            String code = e.trigger.property("cameoCode");
            if (code != null && (code.startsWith("02") || code.startsWith("03") || code.startsWith("10"))
                    && e.source != null && (d.source == null || !e.source.key.equals(d.source.key))) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "اتهم الرئيس المعارضة بالتخطيط لانقلاب ... غير أن المعارضة نفت هذه الاتهامات"، "رفض المتحدث الاتهامات": a
     * rejection or denial whose object, at {@code k} (or after what the speaker calls it: رفض ما وصفه بالاتهامات), is
     * an accusation (lexv:AccusationNoun) is aimed at who made it: the actor in the noun's genitive (اتهامات
     * المعارضة), else the doer of the latest accusation (CAMEO 112) told before it in its sentence or in the article
     * before that was aimed at the one denying or its own (its state, its body, its title's), by another; else null.
     */
    Unit accuserOf(int s, EventDraft d, int k, int[] clause, List<EventDraft> all) {
        if (d.source == null) {
            return null;
        }
        int j = pastCalled(s, k);
        while (j < size(s) && isQuote(tok(s, j))) {
            j++;
        }
        Match accusation = j < size(s) && clause[j] == clause[d.at] ? cue(s, j, Cues.ACCUSATION_NOUN) : null;
        if (accusation == null || !(accusation.prefix().isEmpty() || j > k && accusation.prefix().equals("ب"))) {
            return null;
        }
        Set<String> own = own(d.source);
        int after = lastOf(s, accusation) + 1;
        Unit genitive = after < size(s) ? cover.get(s)[after] : null;
        if (genitive != null && genitive.first == after && !genitive.prepositional && genitive.type != ActorType.PLACE
                && !own.contains(genitive.key)) {
            return genitive;
        }
        List<EventDraft> before = toldBefore(d, all);
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if ("112".equals(e.trigger.property("cameoCode")) && e.source != null && e.target != null
                    && !own.contains(e.source.key) && (own.contains(e.target.key)
                    || e.target.type == ActorType.COUNTRY && d.source.countryKey != null && d.source.countryKey.equals(e.target.key))) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "أعلنت لجنة الانتخابات فوز الحزب الحاكم ... ورفضت المعارضة الاعتراف بالنتائج": whom rejecting an election's
     * results (lexv:ResultsNoun within fourteen words after {@code from} in its clause, an aside on the one rejecting
     * between: ورفض فلان، الذي خسر أمام فلان في انتخابات 2014، الاعتراف بالنتائج) is aimed at: the speaker of the
     * latest statement told before that announced a win (lexv:WinNoun within six words after its verb), not the one
     * rejecting; else the winner named right after the latest win told before, or the actor before it that announced
     * it; else null.
     */
    Unit resultsAnnouncer(int s, EventDraft d, int from, int[] clause, List<EventDraft> all) {
        boolean results = false;
        for (int k = from; k < size(s) && k < from + 14 && clause[k] == clause[from - 1] && !results; k++) {
            results = cue(s, k, Cues.RESULTS_NOUN) != null;
        }
        if (!results) {
            return null;
        }
        List<EventDraft> before = toldBefore(d, all);
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (!e.reporting || e.source == null || d.source != null && e.source.key.equals(d.source.key)) {
                continue;
            }
            int after = lastOf(e.sentence, e.match) + 1;
            for (int k = after; k < size(e.sentence) && k < after + 6; k++) {
                if (cue(e.sentence, k, Cues.WIN_NOUN) != null) {
                    return e.source;
                }
            }
        }
        // "وكانت اللجنة قد أعلنت، فجر الثلاثاء، فوز فلان" told with no speaker found: the winner, named right after,
        // else the actor before it that announced it
        for (int r = s; r >= 0; r--) {
            for (int k = r == s ? d.at - 1 : size(r) - 1; k >= 0; k--) {
                if (cue(r, k, Cues.WIN_NOUN) == null) {
                    continue;
                }
                Unit winner = arguments.unitWithin(r, k + 1, 1);
                for (int j = k - 1; j >= 0 && (winner == null || winner.type == ActorType.PLACE); j--) {
                    Unit u = cover.get(r)[j];
                    winner = u == null || u.prepositional || u.locative || u.qualifier ? null : u;
                }
                if (winner != null && winner.type != ActorType.PLACE && (d.source == null || !winner.key.equals(d.source.key))) {
                    return winner;
                }
            }
        }
        return null;
    }

    /**
     * "أرسلت الدولة A ألف جندي إلى البلد X ... وقررت الدولة B إرسال مئتي جندي": where forces sent with no destination
     * named go (lexv:sameDestination): the state the latest act of the same trigger told before went to, when that is
     * not the doer's own state; else null.
     */
    Unit lastDestination(EventDraft d, List<EventDraft> all) {
        List<EventDraft> before = toldBefore(d, all);
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.trigger != d.trigger || e.target == null || e.target.type != ActorType.COUNTRY) {
                continue;
            }
            boolean own = e.target.key.equals(d.source.key) || e.target.key.equals(d.source.countryKey)
                    || d.source.key.startsWith("org/" + e.target.key.substring(e.target.key.indexOf('/') + 1) + "/");
            return own ? null : e.target;
        }
        return null;
    }

    /** Remembers the agents of the acts of a sentence, once its events are read, for the sentences after it. */
    void remember(List<EventDraft> all) {
        for (EventDraft d : all) {
            if (background(d)) {
                // "رجحوا أن يكون فلان، الذي تبنى احتجاز الرهائن في مسرح بموسكو عام 2002، وراء الهجوم ... ودان الأمين
                // العام الهجوم": an act dated months before the article's day is a past the article recalls, never
                // what "the attack" or "what happened" names later nor whose doer a condemnation is aimed at
                continue;
            }
            if (d.source != null && d.target != null && !d.source.key.equals(d.target.key) && conflict(d.trigger)) {
                boolean ordered = d.source.key.compareTo(d.target.key) < 0;
                String pair = ordered ? d.source.key + " " + d.target.key : d.target.key + " " + d.source.key;
                opponents.computeIfAbsent(pair, k -> new Opponents(d.source, d.target)).times++;
            }
            if (d.source != null && d.voice != Phrase.Voice.PASSIVE) {
                agents.put(d.trigger.key(), d.source);
            }
            if (d.source != null || d.target != null) {
                told.add(d);
            }
            if (firstViolent == null && violent(d.trigger)) {
                firstViolent = d;
            }
            if (claimant == null && d.source != null && "015".equals(d.trigger.property("cameoCode"))) {
                claimant = d.source;
            }
        }
    }

    /**
     * Whether an act is dated wholly before the article's time: its date's last possible day (the month's, the
     * year's when only those are told) more than a month before the day the article was published.
     */
    private boolean background(EventDraft d) {
        if (d.date == null || published == null) {
            return false;
        }
        LocalDate last = d.date.month() == null ? LocalDate.of(d.date.year(), 12, 31)
                : d.date.day() == null ? java.time.YearMonth.of(d.date.year(), d.date.month()).atEndOfMonth()
                : LocalDate.of(d.date.year(), d.date.month(), d.date.day());
        return last.isBefore(published.minusMonths(1));
    }

    /**
     * The article's first violent act, with or without actors: the attack its lead tells, which "the attack" names
     * again when no act of that word has a doer.
     */
    private EventDraft firstViolent;

    /**
     * Who the article first told claiming an act (CAMEO 015: تبنت الجماعة الهجوم، أعلن التنظيم مسؤوليته عن التفجير):
     * the doer of the attack that "the attack" names again when no act of that word has a doer.
     */
    private Unit claimant;

    /**
     * "أدانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) الانقلاب": the index after words in brackets at {@code k}
     * (an acronym or an aside of up to five words) between a subject and its verb's object; else {@code k}.
     */
    private int pastBracket(int s, int k) {
        if (k < size(s) && isQuote(tok(s, k))) {
            return pastQuotedName(s, k);
        }
        if (k >= size(s) || !tok(s, k).is("(")) {
            return k;
        }
        for (int j = k + 1; j < size(s) && j <= k + 6; j++) {
            if (tok(s, j).is(")")) {
                return j + 1;
            }
        }
        return k;
    }

    /**
     * "ودانت المجموعة الاقتصادية لدول غرب أفريقيا "إيكواس"، في بيان، محاولة الانقلاب": the index of the comma after an
     * acronym or short name in quotes at {@code k} (one or two words, no act among them) that follows the subject,
     * a comma or the verbal noun of an act right after it; else {@code k}. A quote that opens the object (دانت
     * "الهجوم الجبان") names an act, or is not closed by a comma, and stays.
     */
    private int pastQuotedName(int s, int k) {
        for (int j = k + 1; j < size(s) && j <= k + 3; j++) {
            if (isQuote(tok(s, j))) {
                boolean closed = j + 1 < size(s) && (COMMAS.contains(tok(s, j + 1).norm())
                        || isKind(at(s, j + 1), Phrase.Kind.TRIGGER));
                return j > k + 1 && closed ? j + 1 : k;
            }
            if (!tok(s, j).isWord() || isKind(at(s, j), Phrase.Kind.TRIGGER) || cue(s, j, Cues.EVENT_NOUN) != null) {
                return k;
            }
        }
        return k;
    }

    /**
     * "رفض الرئيس في كلمة مسجلة ما وصفه بـ"الانقلاب""، "دانت إيكواس ما وصفته بالانقلاب العسكري": the index of the
     * noun after what the speaker calls the act (a lexv:CalledMarker and its ب) at {@code k}, or up to four words of
     * an aside after {@code k}, which is the object reacted to; else {@code k}.
     */
    int pastCalled(int s, int k) {
        for (int j = k; j < size(s) && j <= k + 4; j++) {
            Match called = cue(s, j, Cues.CALLED_MARKER);
            if (called != null) {
                int next = lastOf(s, called) + 1;
                return next < size(s) && tok(s, next).norm().equals("ب") ? next + 1 : next;
            }
            if (cover.get(s)[j] != null || isKind(at(s, j), Phrase.Kind.TRIGGER) || tok(s, j).isPunct()) {
                return k;
            }
        }
        return k;
    }

    /**
     * "أدانت فرنسا بشدة الانقلاب"، "تدين "بأشد العبارات" هذا الحدث": the index after how strongly one reacts (a
     * lexv:MannerAdverb with ب, in quotes or not) at {@code k}, where the reaction's object starts; else {@code k}.
     */
    private int pastManner(int s, int k) {
        int j = k;
        while (j < size(s) && isQuote(tok(s, j))) {
            j++;
        }
        Match manner = j < size(s) && cover.get(s)[j] == null ? cue(s, j, Cues.MANNER_ADVERB) : null;
        if (manner == null || !manner.prefix().equals("ب")) {
            return k;
        }
        j = lastOf(s, manner) + 1;
        while (j < size(s) && isQuote(tok(s, j))) {
            j++;
        }
        return j;
    }

    /**
     * "ودانت المنظمة بدورها أعمال العنف": the index after a word saying the subject reacts in its turn or too (a
     * lexv:InTurnWord) at {@code k}, where the reaction's object starts; else {@code k}.
     */
    private int pastInTurn(int s, int k) {
        return k < size(s) && cover.get(s)[k] == null
                && lex.wordsOfClass.getOrDefault("InTurnWord", java.util.Set.of()).contains(tok(s, k).norm()) ? k + 1 : k;
    }

    /** Whether the verb at {@code t} is the calling of a lexv:CalledMarker (ما وصفه): the speaker's words, no act. */
    boolean calling(int s, int t) {
        int k = wordBefore(s, t);
        Match called = k >= 0 ? cue(s, k, Cues.CALLED_MARKER) : null;
        return called != null && lastOf(s, called) >= t;
    }

    /** The prepositions opening where or how a reaction was voiced (في بيان، خلال مؤتمر صحفي، عبر تغريدة). */
    private static final Set<String> VOICED_IN = Set.of("في", "خلال", "عبر");

    /**
     * "دان الرئيس في بيان صادر عن البيت الأبيض الهجمات"، "رفض في كلمة متلفزة بثت السبت الاعتراف بالنتائج": the index
     * of a reaction's object after an aside with no commas telling where it was voiced at {@code k} (a preposition
     * and a medium or a statement noun, then up to six words qualifying it, naming who issued it or when): the first
     * act told by its noun, quote, called marker, word of manner or definite noun after it. The aside holds no other
     * verb of a trigger and no punctuation; when it does, or no object comes within reach, {@code k}.
     */
    private int pastVoicedIn(int s, int k, List<EventDraft> all) {
        if (k + 1 >= size(s) || cover.get(s)[k] != null || !VOICED_IN.contains(tok(s, k).norm())) {
            return k;
        }
        Match medium = at(s, k + 1);
        if (medium == null || !isKind(medium, Phrase.Kind.MEDIUM)) {
            medium = cue(s, k + 1, Cues.STATEMENT_NOUN);
        }
        int after;
        if (medium != null) {
            after = lastOf(s, medium) + 1;
        } else if (cover.get(s)[k + 1] == null
                && lex.wordsOfClass.getOrDefault("SaidNoun", Set.of()).contains(tok(s, k + 1).norm())) {
            // "في تصريح للصحفيين"، "في حديث لقناة": a saying, not a medium
            after = k + 2;
        } else {
            return k;
        }
        if (after + 1 < size(s) && cover.get(s)[after] == null && tok(s, after + 1).norm().equals("عن")) {
            // "صادر عن البيت الأبيض": the participle of issuing (read alone, صادر is also "confiscated")
            after += 2;
        }
        int end = after + 6;
        for (int j = after; j < size(s) && j <= end; j++) {
            if (isQuote(tok(s, j)) || cue(s, j, Cues.CALLED_MARKER) != null || pastManner(s, j) != j) {
                return j;
            }
            if (!tok(s, j).isWord()) {
                return k;
            }
            for (EventDraft act : all) {
                if (act.at == j && act.voice == Phrase.Voice.NOUN) {
                    return j;
                }
            }
            Unit u = cover.get(s)[j];
            String w = tok(s, j).norm();
            if (u != null) {
                // "صادر عن البيت الأبيض"، "لوزارة الخارجية": who issued it
                j = Math.max(j, u.last);
            } else if (isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                // "أدانت الحكومة في بيان الاعتداء على السفارة": the definite verbal noun of an act the sentence made no
                // event of (no actor in its words), right after the statement or who issued it, opens the object,
                // named again as the act told before; a verb, an indefinite noun, or a noun after other words of the
                // aside (في كلمة عقب التوقيع: when it was said) is no object
                boolean opens = j == after || cover.get(s)[j - 1] != null;
                return opens && at(s, j).phrase().voice() == Phrase.Voice.NOUN && (w.startsWith("ال") || w.startsWith("بال")) ? j : k;
            } else if ((w.startsWith("ال") || w.startsWith("بال")) && cue(s, j, Cues.WEEKDAY) == null
                    && cue(s, j, Cues.DATE_WORD) == null && cue(s, j, Cues.DAY_PART) == null) {
                // "في بيان لاحق القرار": the words describing an indefinite statement are indefinite; a definite
                // noun after them, no day it was issued on, opens the object
                return j;
            }
        }
        return k;
    }

    /**
     * "دانت الرئيسة، في مؤتمر صحفي فجر الثلاثاء، العنف": the index after an aside set off by commas at {@code k}
     * (up to eight tokens, naming no actor but in the genitives of a noun opening it), which stands between a verb and
     * its object; else {@code k}.
     */
    private int pastParenthetical(int s, int k) {
        if (k >= size(s) || !COMMAS.contains(tok(s, k).norm())) {
            return k;
        }
        // "دانت المنظمة، في بيان، محاولة الانقلاب": an aside opening with في says where it was said; the noun of a
        // statement in it is no act between the verb and its object
        boolean where = k + 1 < size(s) && tok(s, k + 1).norm().equals("في");
        for (int j = k + 1; j < size(s) && j <= k + 8; j++) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return j + 1;
            }
            Unit u = cover.get(s)[j];
            // "فجر الثلاثاء" is a part of the day (lexv:DayPart), not the verb فجّر
            boolean act = isKind(at(s, j), Phrase.Kind.TRIGGER) && cue(s, j, Cues.DAY_PART) == null
                    && !(where && true_(at(s, j).phrase().term(), "speechAct"));
            // "دانت فرنسا، القوة الاستعمارية السابقة وأحد أبرز شركاء نواكشوط، ما جرى": an aside opening with a noun
            // describes the subject, the actors in its genitives with it; one opening with an actor may be another
            // subject or the object
            boolean described = u != null && u.first > k + 1;
            if (u != null && u.type != ActorType.PLACE && !described || act || tok(s, j).is(".")) {
                return k;
            }
        }
        return k;
    }

    /**
     * Whom condemning an act of this kind aims at: the article's latest agent of that trigger, else the doer of an
     * act of the kind the trigger's noun names (lexv:namesAct, lexv:namesCode, lexv:doerNoun: a coup is told
     * as soldiers arresting the president), else for a violent act told with another word (اقتحم, then "الهجوم")
     * the doer of the latest violent act (when condemning, of most of them); null when there is none. When {@code condemning} (a reaction aimed at
     * doers only, lexv:aimsAtAgent), an act told with no doer and befalling no person gives only a doer told acting on
     * that same actor: condemning the storming of an embassy, an attack on a ministry or the killing of a politician
     * is never aimed at whom it befell (the golds leave the unknown doers' place empty, or name the doers).
     */
    private Unit doerOf(org.newsgraph.extract.lexicon.Term act, boolean condemning) {
        // "الانقلاب" names the article's main coup: its latest mention may be an earlier coup told as background
        // (الانقلاب الذي أطاح عام 2005 بفلان) or a misread one (نفي نجاح الانقلاب), so the first doer comes first
        boolean main = true_(act, "mainAct");
        Unit agent = main ? null : agents.get(act.key());
        if (agent == null && claimant != null && claimable(act)) {
            // "وتبنت الجماعة الهجوم ... وأدانت مصر الاعتداء": whoever claimed the attack did it, whatever violence the
            // article tells after it (the strikes answering it) or before it with its doer misread
            return claimant;
        }
        if (agent == null && names(act)) {
            agent = doerOfKind(act, condemning);
        }
        if (agent == null && act.property("doerGroup") != null) {
            agent = namedGroup(act.property("doerGroup"));
        }
        if (agent == null && main) {
            agent = agents.get(act.key());
        }
        if (agent != null || !violent(act)) {
            return agent;
        }
        if (firstViolent != null && (firstViolent.source == null || firstViolent.voice == Phrase.Voice.PASSIVE)) {
            // "نجا الرئيس من محاولة اغتيال ... ودان الوزير الهجوم": the attack the article opened with has no doer
            // named, and no act of the condemned word has one: a condemnation of it is aimed at whoever the article
            // told doing violence to that same victim (the stormers of the embassy), else at no one, never at the
            // victim nor at whoever fought later (ندد بالاغتيال: the golds leave the unknown killers' place empty)
            return condemning ? violentDoerOn(firstViolent.target) : firstViolent.target;
        }
        return latestViolentDoer(condemning);
    }

    /**
     * Whether an act word may name an attack someone claimed: a violent trigger, or a noun naming acts of violence
     * (lexv:namesCode 18 or 19: الاعتداء، الهجمات، العملية), a coup or an arrest never.
     */
    private boolean claimable(org.newsgraph.extract.lexicon.Term act) {
        return act.property("cameoCode") != null ? violent(act)
                : split(act.property("namesCode")).stream().anyMatch(c -> c.startsWith("18") || c.startsWith("19"));
    }

    /** Who did the act a trigger's noun names, as condemning it would be aimed at: the first doer for a main act. */
    Unit firstDoer(org.newsgraph.extract.lexicon.Term act) {
        return act == null ? null : doerOf(act, false);
    }

    /**
     * "اعتقلت السلطات ثلاثة من قادة محاولة الانقلاب ... وأدان الاتحاد محاولة الانقلاب": with no doer told as an act,
     * the group the article names by the doers' own noun (lexv:doerGroup: the putschists) did it; its first mention,
     * else null.
     */
    private Unit namedGroup(String key) {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (key.equals(u.key)) {
                    return u;
                }
            }
        }
        return null;
    }

    /** Whether a trigger says which acts its noun names (lexv:namesAct, lexv:namesCode or lexv:doerNoun). */
    private static boolean names(org.newsgraph.extract.lexicon.Term noun) {
        return noun.property("namesAct") != null || noun.property("namesCode") != null
                || noun.property("doerNoun") != null;
    }

    /**
     * The doer of an act the article told of the kind a noun names: the noun's own trigger, by whoever did it, or a
     * trigger lexv:namesAct lists or whose CAMEO code
     * starts with one lexv:namesCode lists (a word that only calls an act so, lexv:characterisation, never counts;
     * with neither, any act), done by an actor whose name starts with, or follows, a noun of a class lexv:doerNoun
     * lists when it lists any; the first such act the article told when the noun names its main act (lexv:mainAct:
     * the coup, not the arrests that follow it), else the latest. With no such doer, the act's victim when it names
     * no agent, no doer is asked for and no one condemns it; null when the article told no such act.
     */
    private Unit doerOfKind(org.newsgraph.extract.lexicon.Term noun, boolean condemning) {
        if (claimant != null && claimable(noun)) {
            // "وتبنت الجماعة الهجوم ... وأدانت مصر الاعتداء": not the latest violence, the strikes answering it
            return claimant;
        }
        List<String> acts = split(noun.property("namesAct"));
        List<String> codes = split(noun.property("namesCode"));
        List<String> doers = split(noun.property("doerNoun"));
        boolean main = true_(noun, "mainAct");
        for (int n = 0; n < told.size(); n++) {
            EventDraft d = told.get(main ? n : told.size() - 1 - n);
            String code = d.trigger.property("cameoCode");
            boolean own = d.trigger.key().equals(noun.key());
            boolean kind = acts.isEmpty() && codes.isEmpty() || acts.contains(d.trigger.key()) || own
                    || code != null && !true_(d.trigger, "characterisation") && codes.stream().anyMatch(code::startsWith);
            if (!kind) {
                continue;
            }
            Unit doer = d.voice != Phrase.Voice.PASSIVE ? d.source : null;
            if (own && doer != null) {
                // "أعلن ضباط الاستيلاء على السلطة": the act told in the noun's own words is done by whoever did it
                return doer;
            }
            if (doer != null && (doers.isEmpty() || namedBy(doer, doers))) {
                return doer;
            }
            if (doer == null && doers.isEmpty() && d.target != null && d.target.type != ActorType.GROUP
                    && !condemning && !true_(noun, "doersOnly")) {
                // (whom an act befell is never whom condemning it aims at: an earlier act of the kind says who did it)
                return d.target;
            }
        }
        return null;
    }

    /**
     * "كما ندد غوتيريش بما جرى"، "وصف أوليري ما جرى بأنه قرصنة"، "انتقدت المعارضة هذا القرار": the act a
     * lexv:ActReference at the object points back to, looked for sentence by sentence back from this one: a sentence
     * telling a condemnation aimed at someone (not the reacting actor) gives its target when d condemns too and the
     * reference names no kind of act; else the latest act of the sentence of the kind the reference names
     * (lexv:namesCode; with none, force or coercion: CAMEO 17-20, 145), no speech, done actively by an actor not the
     * reacting one's own (its body, country, the bodies of its roles), gives its doer. Null when the article told no such act.
     */
    private Unit referredAct(int s, EventDraft d, org.newsgraph.extract.lexicon.Term reference) {
        List<String> codes = split(reference.property("namesCode"));
        boolean condemning = true_(d.trigger, "aimsAtAgent");
        java.util.Set<String> own = d.source == null ? java.util.Set.of() : own(d.source);
        int n = told.size() - 1;
        for (int r = s - 1; r >= 0 && n >= 0; r--) {
            Unit condemned = null;
            Unit doer = null;
            for (; n >= 0 && told.get(n).sentence >= r; n--) {
                EventDraft e = told.get(n);
                if (e.sentence != r) {
                    continue;
                }
                // "وصف زعيم الجماعة ما جرى بأنه": what the speaker's own body did is not what it speaks against
                boolean other = e.source == null || !own.contains(e.source.key);
                if (condemned == null && condemning && codes.isEmpty() && true_(e.trigger, "aimsAtAgent")
                        && e.target != null && (d.source == null || !e.target.key.equals(d.source.key))) {
                    condemned = e.target;
                }
                String code = e.trigger.property("cameoCode");
                boolean kind = code != null && !true_(e.trigger, "speechAct")
                        && (codes.isEmpty() ? forceful(code) : codes.stream().anyMatch(code::startsWith));
                if (doer == null && kind && other && e.source != null && e.voice != Phrase.Voice.PASSIVE
                        && !answersForce(e, n)) {
                    doer = e.source;
                }
            }
            if (condemned != null || doer != null) {
                return condemned != null ? condemned : doer;
            }
        }
        return null;
    }

    /**
     * "انتقد حزب الله توزيع الحقائب": the body of this institution pattern (lexv:namesBody) the article named last
     * before token {@code k} of sentence {@code s}, or null.
     */
    private Unit lastBody(int s, int k, String institution) {
        for (int r = s; r >= 0; r--) {
            List<Unit> us = units.get(r);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if ((r < s || u.last < k) && u.type == ActorType.ORGANIZATION && u.key != null
                        && u.key.endsWith("/" + institution)) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * "اقتحم محتجون البرلمان واعتدوا على النواب ... قبل أن تتدخل الشرطة التي استخدمت القنابل الصوتية لتفريقهم. ونددت
     * المنظمة بما جرى": a crackdown (175) on those the article told using force before it answers their force, and
     * what happened is theirs; on a crowd that used none (أطلقت الشرطة الرصاص على المحتجين السلميين) it is the act.
     */
    private boolean answersForce(EventDraft e, int at) {
        String code = e.trigger.property("cameoCode");
        if (code == null || !code.startsWith("175") || e.target == null) {
            return false;
        }
        for (int i = 0; i < at && i < told.size(); i++) {
            EventDraft b = told.get(i);
            String c = b.trigger.property("cameoCode");
            if (b.source != null && b.source.key.equals(e.target.key) && c != null && forceful(c) && !c.startsWith("175")
                    && b.voice != Phrase.Voice.PASSIVE) {
                return true;
            }
        }
        return false;
    }

    /** Whether a CAMEO code is one of force or coercion: 17 to 20, or violent protest (145). */
    private static boolean forceful(String code) {
        return code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20")
                || code.startsWith("145");
    }

    private static List<String> split(String values) {
        return values == null ? List.of() : List.of(values.split("\\|"));
    }

    /** Whether an actor's name starts with a noun of one of these cue classes, or follows one (جنود من القوات). */
    private boolean namedBy(Unit u, List<String> classes) {
        int s = u.sentence;
        int k = wordBefore(s, u.first);
        if (k >= 0 && tok(s, k).norm().equals("من")) {
            k = wordBefore(s, k);
        }
        for (String c : classes) {
            if (cue(s, u.first, c) != null || k >= 0 && k >= u.first - 3 && cue(s, k, c) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent of the article's latest violent act that names an agent or a victim, or its victim when it names no
     * agent (اغتيل الرئيس); a passive act naming neither (قال فلان إن النائب أصيب بعدة رصاصات, its speaker read as
     * its subject) says nothing of who did it, and an earlier act does. When {@code condemning}, an act naming only
     * a victim says nothing either: "اقتحم محتجون السفارة ... ودان الوزير الهجوم على السفارة" is
     * aimed at the crowd, not at the embassy the later words name again. A condemnation is aimed at the article's
     * main violent actor, the one it tells doing violence most often (the first of those told as often): the force
     * told after the act is most often the answer to it (the police killing or arresting the attackers, the security
     * forces retaking the buildings), whose doers no one condemning the act aims at, and a single act misread in a
     * headline does not outweigh the story.
     */
    private Unit latestViolentDoer(boolean condemning) {
        if (condemning) {
            return mainViolentDoer();
        }
        for (int n = told.size() - 1; n >= 0; n--) {
            EventDraft d = told.get(n);
            if (!violent(d.trigger)) {
                continue;
            }
            Unit doer = d.source != null && d.voice != Phrase.Voice.PASSIVE ? d.source
                    : condemning ? null : d.target;
            if (doer != null) {
                return doer;
            }
        }
        return null;
    }

    /** The doer of most of the article's violent acts told actively, the first of those told as often; or null. */
    private Unit mainViolentDoer() {
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        Unit best = null;
        for (EventDraft d : told) {
            if (violent(d.trigger) && d.source != null && d.voice != Phrase.Voice.PASSIVE) {
                int t = times.merge(d.source.key, 1, Integer::sum);
                if (best == null || t > times.get(best.key)) {
                    best = d.source;
                }
            }
        }
        return best;
    }

    /** Who the article told doing a violent act on this very actor (its first such doer), or null. */
    private Unit violentDoerOn(Unit victim) {
        if (victim == null) {
            return null;
        }
        for (EventDraft e : told) {
            if (violent(e.trigger) && e.source != null && e.voice != Phrase.Voice.PASSIVE && e.target != null
                    && e.target.key.equals(victim.key)) {
                return e.source;
            }
        }
        return null;
    }

    private static boolean conflict(org.newsgraph.extract.lexicon.Term trigger) {
        String code = trigger.property("cameoCode");
        if (code == null || code.length() < 2) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 11 && root <= 20;
    }

    /**
     * "ودعا الاتحاد الأوروبي البلدين إلى الحوار"، "وحث رئيس المفوضية، فلان، الطرفين على الحوار"، "دعا جميع الأطراف
     * إلى ضبط النفس": a pair reference (lexv:PairReference) as the object of a verb acting on actors, when the text
     * before names no "A وB" it takes up, stands for the two sides of the article's conflict: the pair of actors its
     * acts of conflict so far were most often between (the first such pair on a tie), neither of them the verb's
     * subject. For البلدين (lexv:countries) each side is taken as its country (وزارة الخارجية الجزائرية: Algeria),
     * and the two must be two countries. Returns the first side with the second as its {@link Unit#partner}, so
     * that the event is told of each; null when no pair reference stands there or the article told no conflict.
     */
    Unit parties(int s, EventDraft d, int from) {
        Unit subject = d.source != null && d.source.sentence == s && d.source.first >= from ? d.source : null;
        int k = arguments.pastApposition(s, subject, subject != null ? subject.last + 1 : from);
        if (subject != null && k < size(s) && COMMAS.contains(tok(s, k).norm())) {
            // "وحث رئيس المفوضية، فلان، الطرفين": the subject named in an apposition, its closing comma
            k++;
        }
        while (k < size(s) && isQuote(tok(s, k))) {
            k++;
        }
        Match pair = k < size(s) && cover.get(s)[k] == null ? cue(s, k, Cues.PAIR_REFERENCE) : null;
        if (pair == null || !definitePair(s, k, pair)) {
            return null;
        }
        boolean countries = true_(pair.phrase().term(), "countries");
        Opponents best = null;
        Unit[] sides = null;
        for (Opponents o : opponents.values()) {
            Unit a = countries ? arguments.countryOf(o.a) : o.a;
            Unit b = countries ? arguments.countryOf(o.b) : o.b;
            if (a == null || b == null || a.key.equals(b.key) || d.source != null
                    && (d.source.key.equals(a.key) || d.source.key.equals(b.key))) {
                continue;
            }
            if (best == null || o.times > best.times) {
                best = o;
                sides = new Unit[] {a, b};
            }
        }
        if (sides == null) {
            return null;
        }
        Unit first = new Unit(s, k, lastOf(s, pair), pair.begin(), pair.end());
        first.sameActorAs(sides[0]);
        first.partner = sides[1];
        return first;
    }

    /**
     * "ودعا الأمين العام للمنظمة جميع الأطراف إلى ضبط النفس"، "دعا وزير الخارجية الفلاني إلى الهدوء": an appeal (CAMEO
     * 02, or a demand, 10: "وطالبت المنظمة الإقليمية بالعودة إلى الشرعية") to everyone concerned (a lexv:AllPartiesReference: جميع الأطراف، كافة القوى السياسية) or to no one named (what
     * it asks for, after its lexv:contentMarker or ب, right after the verb and its subject) by a speaker from outside
     * the article's own country is aimed at that country, whose crisis it is about. A speaker of the country itself
     * calls on its own people, and one whose state or body the article does not tell may be either: no target.
     */
    Unit crisisCountry(int s, EventDraft d, int from) {
        ActorEntry focal = resolver.focal();
        if (focal == null || focal.type() != ActorType.COUNTRY || d.source == null || !outsider(d.source, focal.key())) {
            return null;
        }
        boolean subjectAfter = d.source.sentence == s && d.source.first >= from && d.source.first <= from + 6;
        int k = subjectAfter ? arguments.pastApposition(s, d.source, d.source.last + 1) : from;
        k = pastParenthetical(s, k);
        while (k < size(s) && isQuote(tok(s, k))) {
            // "ودعت "جميع الأطراف المعنية إلى الهدوء"": the appeal quoted from its object on
            k++;
        }
        if (k + 2 < size(s) && tok(s, k).norm().equals("في") && tok(s, k + 1).isWord() && cover.get(s)[k + 1] == null) {
            // "ودعت في بيان جميع الأطراف": where it was said, one word
            k += 2;
            Unit issuer = k + 1 < size(s) ? cover.get(s)[k + 1] : null;
            if (issuer != null && issuer.first == k + 1 && arguments.statementIssuedBy(s, issuer)) {
                // "ودعا الاتحاد في بيان أصدرته الرئاسة الدورية إلى": and who issued it
                k = arguments.pastIssuer(s, issuer);
            }
        }
        if (k >= size(s) || cover.get(s)[k] != null) {
            return null;
        }
        Match everyone = cue(s, k, Cues.ALL_PARTIES_REFERENCE);
        String word = tok(s, k).norm();
        Match asked = at(s, k);
        boolean unnamed = everyone == null && (lex.normalizedValues(d.trigger, "contentMarker").contains(word)
                || word.startsWith("بال") && (!isKind(asked, Phrase.Kind.TRIGGER) || releases(asked)));
        if (everyone == null && !unnamed) {
            return null;
        }
        Unit named = namedCountry(focal.key());
        if (named == null) {
            return null;
        }
        int last = everyone != null ? lastOf(s, everyone) : k;
        Unit country = new Unit(s, k, last, tok(s, k).begin(), tok(s, last).end());
        country.sameActorAs(named);
        return country;
    }

    /**
     * "أعلن الرئيس حالة الطوارئ في عموم البلاد"، "أعلن الحداد الوطني": a measure over the whole country (البلاد, or
     * lexv:nationwide) is in force over the article's own country, the land its doer governs, when the doer belongs to
     * that country or the article tells no other state of it; the country is then its target, standing on the
     * measure's words {@code first}..{@code last}. A doer of another state who imposes a coercive measure (أعلن الرئيس
     * البلد-ي الأحكام العرفية في عموم البلاد, in an article on the state that invades his) governs his own: that one
     * state the article tells of him, when it names it. Null for the country itself as the doer, and when the article names no such country.
     */
    Unit homeCountry(int s, EventDraft d, int first, int last) {
        ActorEntry focal = resolver.focal();
        if (d.source == null || focal != null && focal.key().equals(d.source.key)) {
            return null;
        }
        String home = focal == null || focal.type() != ActorType.COUNTRY ? null : focal.key();
        if (home == null || ofAnotherState(d.source, home)) {
            // only for a coercive measure (CAMEO 17): a leader's national mourning (018) is for the dead, whoever
            // they are, no act on his own land
            boolean coercive = ReportedSpeech.cameoFamily(d.trigger).equals("17");
            home = coercive && d.source.type == ActorType.PERSON ? onlyStateOf(d.source) : null;
        }
        if (home == null) {
            return null;
        }
        Unit named = namedCountry(home);
        if (named == null) {
            return null;
        }
        Unit country = new Unit(s, first, last, tok(s, first).begin(), tok(s, last).end());
        country.sameActorAs(named);
        return country;
    }

    /**
     * "ودعا الوزير إلى "الإفراج فورا" عن فلان"، "مطالبا بإطلاق سراحه": an appeal or a demand (CAMEO 02, 10) for a
     * release (the verbal noun of an 084 act, no one's own, after it in its sentence) is asked of whoever holds the
     * one to be freed, not of that one: whoever the article told detaining that very actor (CAMEO 173, the latest,
     * in this sentence or before), else, from a speaker outside the article's country, that country. With neither,
     * the call keeps the freed one.
     */
    void releaseHolders(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            String family = ReportedSpeech.cameoFamily(d.trigger);
            if (d.target == null || d.voice == Phrase.Voice.NOUN || !family.equals("02") && !family.equals("10")) {
                continue;
            }
            EventDraft release = null;
            for (EventDraft r : all) {
                if (r.at > d.at && r.voice == Phrase.Voice.NOUN && r.source == null && r.target != null
                        && r.target.key.equals(d.target.key) && releases(r.match)) {
                    release = r;
                    break;
                }
            }
            if (release == null) {
                continue;
            }
            java.util.Set<String> own = d.source == null ? java.util.Set.of() : own(d.source);
            Unit holder = detainerOf(d.target.key, toldBefore(d, all));
            if (holder == null && d.source != null) {
                ActorEntry focal = resolver.focal();
                holder = focal != null && focal.type() == ActorType.COUNTRY && outsider(d.source, focal.key())
                        ? namedCountry(focal.key()) : null;
            }
            if (holder != null && !own.contains(holder.key) && !holder.key.equals(d.target.key)) {
                d.target = holder;
            }
        }
    }

    /** Who the article told detaining the actor of this key (CAMEO 173, actively), the latest first; else null. */
    private static Unit detainerOf(String key, List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.source != null && e.target != null && e.voice != Phrase.Voice.PASSIVE && key.equals(e.target.key)
                    && String.valueOf(e.trigger.property("cameoCode")).startsWith("173")) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "طالبت الدولة X بالإفراج الفوري عن المعتقلين": a release (CAMEO 084) is asked of whoever holds the detained, not
     * of those released; with no holder named (the demand reaches here with no target), the article's country.
     */
    private static boolean releases(Match m) {
        return String.valueOf(m.phrase().term().property("cameoCode")).startsWith("084");
    }

    /** The first mention of a country in the article, a nisba inside a body's name included (الشرطة الغانية), or null. */
    private Unit namedCountry(String key) {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (key.equals(u.key)) {
                    return u;
                }
                for (Unit x : u.inner) {
                    if (key.equals(x.key)) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the article tells the speaker's state or body (its own key, its country, its title's organisation, a
     * role, an office the lexicon gives a person) and none of them is this country or one of its bodies: an
     * international body (one with no country) is outside every country.
     */
    private boolean outsider(Unit speaker, String country) {
        return toldElsewhere(speaker, country, true);
    }

    /**
     * Whether the article tells a state of the doer (as {@link #outsider}) and none of them is this country or one of
     * its bodies. Unlike {@link #outsider}, a body with no country (a junta, a party) leaves the doer in the country.
     */
    /** The one state (a country key) what the article tells of {@code person} places him in; null for none or more. */
    private String onlyStateOf(Unit person) {
        java.util.Set<String> states = new java.util.HashSet<>();
        for (String key : own(person)) {
            ActorEntry e = key == null ? null : lex.actors.get(key);
            String state = key == null ? null : key.startsWith("country/") ? key : e != null ? e.countryKey() : null;
            if (state != null) {
                states.add(state);
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    private boolean ofAnotherState(Unit doer, String country) {
        return toldElsewhere(doer, country, false);
    }

    /**
     * Whether what the article tells of an actor's state places it outside {@code country}: false as soon as one of
     * its keys is that country or one of its bodies; else whether any key tells a state at all, a body with no country
     * counting as one only when {@code stateless} says it stands outside every country.
     */
    private boolean toldElsewhere(Unit actor, String country, boolean stateless) {
        java.util.Set<String> keys = own(actor);
        ActorEntry known = lex.actors.get(actor.key);
        if (known != null && known.type() == ActorType.PERSON) {
            known.holds().forEach(h -> keys.add(h.organizationKey()));
        }
        String body = "org/" + country.substring(country.indexOf('/') + 1) + "/";
        boolean told = false;
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            ActorEntry e = lex.actors.get(key);
            String state = key.startsWith("country/") ? key : e != null ? e.countryKey() : null;
            if (key.equals(country) || key.startsWith(body) || country.equals(state)) {
                return false;
            }
            boolean countryBody = key.startsWith("org/") && key.split("/").length == 3;
            told |= state != null || (stateless ? e != null && e.type() == ActorType.ORGANIZATION || countryBody
                    : countryBody && key.split("/")[1].matches("[A-Z]{2}"));
        }
        return told;
    }

    /** Whether the pair reference at {@code k} is definite (الطرفين), not "طرفين" (two parties, any). */
    private boolean definitePair(int s, int k, Match m) {
        String rest = tok(s, k).norm().substring(Math.min(m.prefix().length(), tok(s, k).norm().length()));
        return !m.phrase().tokens()[0].startsWith("ال") || rest.startsWith("ال");
    }

    /**
     * "أيدت المملكة القرارات التي اتخذها أمير البلاد"، "تأييد المملكة للقرارات التي اتخذها فلان"، "رحبت بالخطوات التي
     * أعلنها الرئيس": a reaction whose object is a thing described by a relative clause naming its maker (a relative
     * pronoun, a lexv:MakerVerb such as اتخذها or أصدره, then an actor) is aimed at that maker. The relative pronoun
     * comes within six words after the trigger and its subject (with the actors joined to it by و), no other actor,
     * act or punctuation before it.
     */
    Unit decisionMaker(int s, EventDraft d, int from) {
        boolean subjectAfter = d.source != null && d.source.sentence == s && d.source.first >= from && d.source.first <= from + 6;
        int words = 0;
        for (int k = subjectAfter ? d.source.last + 1 : from; k < size(s) && words <= 6; k++) {
            Match rel = cue(s, k, Cues.RELATIVE_PRONOUN);
            if (rel != null) {
                int v = lastOf(s, rel) + 1;
                Match maker = v < size(s) ? cue(s, v, Cues.MAKER_VERB) : null;
                Unit u = maker == null ? null : arguments.unitWithin(s, lastOf(s, maker) + 1, 0);
                return u == null || u.prepositional || u.locative || u.type == ActorType.PLACE
                        || d.source != null && u.key.equals(d.source.key) ? null : u;
            }
            Unit joined = subjectAfter && words == 0 ? cover.get(s)[k] : null;
            if (joined != null && joined.first == k && tok(s, k).norm().startsWith("و") && !joined.prepositional) {
                // "رحبت كل من الإمارات ومصر بالقرارات التي اتخذها": an actor joined by و to the subject is more of it
                k = joined.last;
                continue;
            }
            if (cover.get(s)[k] != null || !tok(s, k).isWord() || isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
            words++;
        }
        return null;
    }

    /**
     * "أدان الاتحاد الأفريقي الانقلاب"، "ندد الوزير بالاقتحام"، "دانت "الهجوم الجبان"": a trigger whose object is
     * the definite verbal noun of an event the article told before, with no actor of its own, acts on that event's
     * agent; a violent act whose kind the article told with another word (اقتحم, then الهجوم) on the agent of the
     * latest violent act, or on its victim when it has no agent (ندد بالاغتيال). A reaction whose object is a noun
     * naming an act (lexv:EventNoun: العنف، استخدام القوة، الحكم، نتيجة التصويت) is aimed at the doer of the latest
     * act of the kind it names, at no one when the article told none.
     */
    Unit eventReferent(int s, EventDraft d, int from) {
        // "ودانت وزيرة الداخلية الفرنسية، في مؤتمر صحفي، العنف": the object follows the whole subject, whose unit may
        // start after the verb's first word (a nisba, a name after its title)
        boolean subjectAfter = d.source != null && d.source.sentence == s && d.source.first >= from && d.source.first <= from + 6;
        int k = pastManner(s, pastParenthetical(s, pastBracket(s, subjectAfter ? pastNisba(s, pastJoined(s, d.source)) : from)));
        k = pastInTurn(s, k);
        // "أدانت الحكومة في بيان "الاعتداء" على السفارة": where it was voiced, with no commas, before the noun (no
        // event of the sentence stands there: the noun named no actor)
        k = pastVoicedIn(s, k, List.of());
        int voiced = pastVoiced(s, k, d);
        int called = pastCalled(s, voiced);
        boolean reacting = true_(d.trigger, "reaction");
        boolean condemning = reacting && true_(d.trigger, "aimsAtAgent");
        Unit doer = actReferent(s, called, d, reacting, condemning || called > k, voiced > k);
        if (doer != null) {
            atActs.add(d);
        }
        return doer;
    }

    /**
     * "قال كيري إن الانقلاب "لا مبرر له""، "قال إن الاعتقال انتقام سياسي": a statement whose reported clause opens with
     * the definite verbal noun of a coercive or violent act (CAMEO 17-20) is about that act's doer, as a reaction to
     * it would be. Other nouns are what such clauses report on (إن الاستقالة غير كافية، إن العنف قد يحد من).
     */
    Unit reportedActDoer(int s, EventDraft d, int from) {
        int k = from;
        while (k < size(s) && isQuote(tok(s, k))) {
            k++;
        }
        Match m = at(s, k);
        String code = isKind(m, Phrase.Kind.TRIGGER) ? m.phrase().term().property("cameoCode") : null;
        boolean forceful = code != null && (code.startsWith("17") || code.startsWith("18") || code.startsWith("19")
                || code.startsWith("20"));
        return forceful ? actReferent(s, k, d, true, false, false) : null;
    }

    /** The word "any" before a noun, as normalised (أي). */
    private static final java.util.Set<String> ANY = java.util.Set.of("اي", "أي");

    /**
     * The doer of the act a definite noun at {@code k} (past quotes) names: the article's latest agent of its trigger,
     * and, when {@code aboutAct} (a reaction, a statement about the act), the doer of an act of its kind (a violent
     * one, a coup told as soldiers' acts, what a lexv:EventNoun names); null when none, or the doer is d's own
     * source. The noun (or أي and a noun) has no proclitic but ب, and ب only when {@code withBa} or it is no
     * trigger's, or ل when {@code voiced} (the object of a voiced reaction's noun); no actor follows it.
     */
    private Unit actReferent(int s, int k, EventDraft d, boolean aboutAct, boolean withBa, boolean voiced) {
        // "ندد الرئيس بـ«الاعتداء»": the preposition written apart (with a tatweel) before the quote is the noun's ب
        if (k + 1 < size(s) && tok(s, k).norm().equals("ب") && isQuote(tok(s, k + 1))) {
            k++;
        }
        while (k < size(s) && isQuote(tok(s, k))) {
            k++;
        }
        // "دان "أي استيلاء على السلطة بقوة السلاح"": any act of the kind is the one the article told
        boolean any = aboutAct && k + 1 < size(s) && ANY.contains(tok(s, k).norm());
        k = any ? k + 1 : k;
        if (k >= size(s)) {
            return null;
        }
        Match m = at(s, k);
        boolean act = isKind(m, Phrase.Kind.TRIGGER) && m.phrase().voice() == Phrase.Voice.NOUN;
        Match named = act || !aboutAct ? null : cue(s, k, Cues.EVENT_NOUN);
        Match back = act || named != null || !aboutAct || any ? null : cue(s, k, Cues.ACT_REFERENCE);
        if (back != null) {
            String proclitic = back.prefix().endsWith("ال") ? back.prefix().substring(0, back.prefix().length() - 2) : back.prefix();
            return proclitic.isEmpty() || proclitic.equals("ب") || voiced && proclitic.equals("ل")
                    ? referredAct(s, d, back.phrase().term()) : null;
        }
        if (!act && named == null) {
            return null;
        }
        String prefix = act ? m.prefix() : named.prefix();
        String word = tok(s, k).norm().substring(Math.min(prefix.length(), tok(s, k).norm().length()));
        String proclitic = prefix.endsWith("ال") ? prefix.substring(0, prefix.length() - 2) : prefix;
        // "أعمال العنف"، "نتيجة التصويت": a phrase is definite by its last word
        boolean definite = any || prefix.endsWith("ال") || word.startsWith("ال") || word.startsWith("ما")
                || !act && tok(s, lastOf(s, named)).norm().startsWith("ال");
        int after = act ? lastOf(s, m) + 1 : lastOf(s, named) + 1;
        // "عن إدانتها للانقلاب": the noun of a voiced reaction takes what it is about with ل
        if (!definite || !(proclitic.isEmpty() || proclitic.equals("ب") && (withBa || !act) || voiced && proclitic.equals("ل"))
                || (after < size(s) && cover.get(s)[after] != null)) {
            return null;
        }
        String body = act ? null : named.phrase().term().property("namesBody");
        boolean main = act && aboutAct && true_(m.phrase().term(), "mainAct");
        boolean condemning = true_(d.trigger, "aimsAtAgent");
        Unit agent = main ? null : act ? agents.get(m.phrase().term().key()) : body != null ? lastBody(s, k, body)
                : doerOfKind(named.phrase().term(), condemning);
        if (agent == null && act && aboutAct) {
            agent = doerOf(m.phrase().term(), condemning);
        }
        if (agent == null && !act && body == null && named.phrase().term().property("doerGroup") != null) {
            // "دان الهجمات" with no doer told as an act: the attackers the article names by what they did, as the
            // noun of the attack trigger itself would give (doerOf)
            agent = namedGroup(named.phrase().term().property("doerGroup"));
        }
        return agent == null || (d.source != null && agent.key.equals(d.source.key)) ? null : agent;
    }
}

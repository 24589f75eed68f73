package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.Term;

/**
 * The events of a sentence, after {@link DateFinder}: each trigger reading with its source, target, place, date
 * and charge, read through clauses and complementizers. The rules for reactions ({@link Reactions}), for unrest and
 * repression ({@link Unrest}) and for finding the arguments ({@link Arguments}) are its helpers.
 */
final class EventFinder extends Stage {

    private final DateFinder dateFinder;
    private final Reactions reactions;
    private final Unrest unrest;
    private final Arguments arguments;
    private final EventPatterns patterns;
    private final ReportedSpeech speech;
    private final CoordinatedArguments lists;

    EventFinder(Stage shared, DateFinder dateFinder, Reactions reactions, Unrest unrest, Arguments arguments) {
        super(shared);
        this.dateFinder = dateFinder;
        this.reactions = reactions;
        this.unrest = unrest;
        this.arguments = arguments;
        this.patterns = new EventPatterns(shared, arguments);
        this.speech = new ReportedSpeech(shared);
        this.lists = new CoordinatedArguments(shared);
    }

    /** For each token, the index after the last complementizer (أن، إن) of its clause before it. */
    private int[] complements(int s, int[] clause) {
        int n = size(s);
        int[] sub = new int[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && clause[i] != clause[i - 1]) {
                start = i;
            }
            sub[i] = start;
            Match c = cue(s, i, Cues.COMPLEMENTIZER);
            if (c != null && (at(s, i) == null || isKind(at(s, i), Phrase.Kind.CUE))) {
                start = lastOf(s, c) + 1;
            }
        }
        return sub;
    }

    /**
     * The dates no event of the sentence is on: those already consumed, and those after منذ (lexv:SinceMarker: a sit-in
     * "منذ الثلاثاء" began that day; what is told happened later, on a day the sentence does not give).
     */
    private Set<DateExpr> sinceDates(int s, List<DateExpr> dates, Set<DateExpr> consumed) {
        Set<DateExpr> out = new java.util.HashSet<>(consumed);
        for (DateExpr d : dates) {
            int b = wordBefore(s, d.first());
            if (cue(s, b, Cues.SINCE_MARKER) != null || cue(s, d.first(), Cues.SINCE_MARKER) != null) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "قالت الشرطة إن 40 شخصا قتلوا وأصيب 90 آخرون": a passive whose subject is a number of people (before it, or
     * after it with "others", or counted out of a group after it: فيما خطف سبعة من عناصر الشرطة) tells what befell
     * them, not what the speaker of the sentence did.
     */
    private boolean countedPassive(int s, int t, int last, Phrase.Voice voice) {
        return voice == Phrase.Voice.PASSIVE && (patterns.countedSubject(s, t) >= 0
                || arguments.counted(s, last + 1) && cue(s, last + 2, Cues.OTHERS_NOUN) != null
                || arguments.partitiveCountAt(s, last + 1));
    }

    /** Whether an object follows the group of a count at {@code k} right after a verb: the count is its subject. */
    private boolean objectAfterCountedGroup(int s, int k, int[] clause) {
        Unit group = arguments.partitiveGroupAt(s, k);
        return group != null && arguments.bareUnitAfter(s, group.last + 1, clause, 0, group, false) != null;
    }

    /**
     * The reading of a trigger's words, of the same extent and voice as {@code m}, that needs no object
     * (lexv:needsObject), or null: a word that is several triggers (أمهل gives an ultimatum, or an order to leave
     * with a departure as its object) is the plain one when no object of the others follows.
     */
    private Match readingWithoutObject(int s, int t, Match m) {
        for (Match o : triggersAt(s, t)) {
            if (o.last() == m.last() && o.phrase().voice() == m.phrase().voice()
                    && o.phrase().term().property("needsObject") == null) {
                return o;
            }
        }
        return null;
    }

    /** How many tokens after the object of the first verbal noun the one joined to it may stand. */
    private static final int JOINED_NOUN_REACH = 12;

    /**
     * The agent of the verbal noun a verbal noun at {@code t} is joined to by و, or null: the nearest trigger before it
     * in the sentence is a verbal noun whose doer the sentence gave and whose object stands between the two, what
     * follows that object (its apposition, the post he leaves: إقالة فلان من قيادة الجيش وتعيين علان) a few words
     * with no act of their own.
     */
    private Unit joinedNounAgent(int s, int t, Match m, List<EventDraft> all) {
        if (!m.prefix().startsWith("و")) {
            return null;
        }
        EventDraft prior = null;
        for (EventDraft e : all) {
            if (e.sentence == s && e.at < t && (prior == null || e.at > prior.at)) {
                prior = e;
            }
        }
        if (prior == null || prior.voice != Phrase.Voice.NOUN || prior.source == null || prior.target == null
                || prior.target.sentence != s || prior.target.first <= prior.at || prior.target.last >= t
                || !true_(prior.trigger, "agentFromClause")) {
            return null;
        }
        if (t - prior.target.last > JOINED_NOUN_REACH) {
            return null;
        }
        for (int k = prior.target.last + 1; k < t; k++) {
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return prior.source;
    }

    /**
     * The actor that is the object the trigger needs (lexv:needsObject) right where {@link Arguments#objectAt} finds
     * that object after the trigger ending at {@code last}, or null when the object is no actor ("رهينة", "سراح").
     */
    private Unit neededObject(int s, int last, Term trig, int[] clause) {
        int at = last + 1 < size(s) ? arguments.objectAt(s, last + 1, trig, clause) : -1;
        Unit u = at >= 0 ? cover.get(s)[at] : null;
        return u != null && u.first == at ? u : null;
    }

    /**
     * "مذكرة تفاهم وقعتها باريس مع برلين"، "اتفاقا وقعته فرنسا": a verb carrying an object pronoun right after its
     * needed object (lexv:needsObject), one word of it at most between (a relative clause on an indefinite noun),
     * has that object: the pronoun is it.
     */
    private boolean objectBefore(int s, int t, Match m, String needs) {
        if (m.phrase().voice() == Phrase.Voice.NOUN || m.end() >= tok(s, lastOf(s, m)).end()) {
            return false;
        }
        for (int k = t - 1; k >= 0 && k >= t - 2; k--) {
            if (!tok(s, k).isWord() || cover.get(s)[k] != null) {
                return false;
            }
            if (cue(s, k, needs) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "أجرى الوزير فلان اتصالين هاتفيين بالرئيسين، دعا فيهما أذربيجان إلى وقف القتال": a speech act with "in it" right
     * after it tells what was said in a thing named before it. When the actor right after the pronoun cannot be the
     * verb's subject (a state, feminine, after a masculine verb; a masculine body after a feminine verb), it is the
     * object, and the speaker is whoever gave the thing: the doer of the act the sentence told before it (أجرى
     * اتصالا، في اتصال), else a person the sentence opens with. In "دعا فيه فلان إلى" the man after is the subject and this gives nothing.
     */
    private Unit resumptiveSpeaker(int s, int t, Match m, int next, int[] clause, List<EventDraft> earlier) {
        if (!arguments.resumptiveAt(s, next)) {
            return null;
        }
        Unit after = arguments.bareUnitAfter(s, next + 1, clause, 0, null, true);
        if (after == null || after.first != next + 1 || lex.isPluralVerb(m)
                || !(lex.isFeminineVerb(m) ? unrest.masculine(after) : unrest.feminine(after))) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventDraft e = earlier.get(i);
            if (e.sentence == s && e.at < t && e.source != null && e.voice != Phrase.Voice.PASSIVE) {
                return e.source.key.equals(after.key) ? null : e.source;
            }
        }
        // "أجرى الوزير فلان اتصالين هاتفيين بفلان وفلان، دعا فيهما": with no act told, a person the sentence opens
        // with (a body there may be a site it was posted on: "على صفحتها في موقع فيسبوك، بيانا دعت فيه")
        Unit first = arguments.speakerInIt(s, next);
        return first != null && first.type == ActorType.PERSON ? first : null;
    }

    /** Whether actor {@code u} is the target of an act told before it in its sentence. */
    private static boolean objectOfEarlier(Unit u, List<EventDraft> earlier) {
        for (EventDraft e : earlier) {
            if (e.target == u && e.at < u.first) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number and "others" (اثنين آخرين، 30 آخرين) stand at token {@code k} of sentence {@code s}. */
    private boolean othersCounted(int s, int k) {
        int j = k;
        while (j < size(s) && (tok(s, j).kind() == Token.Kind.NUMBER || cue(s, j, Cues.NUMBER_WORD) != null
                || cue(s, j, Cues.APPROXIMATE_MARKER) != null)) {
            j++;
        }
        return j > k && j < size(s) && cue(s, j, Cues.OTHERS_NOUN) != null;
    }

    /** The group the last act before token {@code t} of its sentence befell, or null. */
    private static Unit groupTargetBefore(List<EventDraft> earlier, int t) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventDraft e = earlier.get(i);
            if (e.at < t && e.target != null) {
                return e.target.type == ActorType.GROUP ? e.target : null;
            }
        }
        return null;
    }

    /**
     * Whom the passive trigger at token {@code t} (ending at {@code last}) befell, the {@code agent} found apart: the
     * counted subject before it, the actor after it, the object of a preposition after it, the country of the
     * counted people after it, or the people counted before when "others" follow; null when none is named.
     */
    private Unit passiveTarget(int s, int t, int last, Unit agent, int[] clause, List<Unit> us, List<EventDraft> all) {
        // "إن 40 متظاهرا قتلوا": the counted subject before the passive is whom it befell
        Unit target = patterns.countedSubjectActor(s, t);
        if (target == null) {
            target = arguments.bareUnitAfter(s, last + 1, clause, 3, agent, true);
        }
        if (target == null) {
            target = patterns.prepositionalObject(s, last, agent);
        }
        if (target == null && last + 1 < size(s) && tok(s, last + 1).kind() == Token.Kind.NUMBER) {
            // "قتل 23 جنديا باكستانيا": the nisba of the counted people is who suffered it
            target = arguments.genitive(s, last + 1, clause, us);
        }
        if (target == null && arguments.counted(s, last + 1) && cue(s, last + 2, Cues.OTHERS_NOUN) != null) {
            // "قتل 23 جنديا باكستانيا وأصيب 29 آخرون": the others are more of the people counted before
            target = Unrest.lastTarget(all);
        }
        return target;
    }

    /**
     * Whether the trigger {@code m} at token {@code t} is, where it stands, another word than the act it names: a
     * quoted first person where no quotation opens on it, a verb written with the article, a capacity, or a noun
     * with ب that is the means of its own verb's act.
     */
    private boolean otherWord(int s, int t, Match m) {
        if (lex.isQuotedForm(m) && (t == 0 || !isQuote(tok(s, t - 1)))) {
            // "وقال في تغريدة: "أدين بشدة الهجوم"": a first person singular is a reaction where the speaker's
            // quoted words open on it; elsewhere (أُدين بالفساد) it is another word
            return true;
        }
        String before = original(tok(s, t).begin(), m.begin());
        if (m.phrase().voice() != Phrase.Voice.NOUN && !lex.isAlsoNoun(m) && withArticle(before)) {
            // "بالتآمر على"، "الأمر الذي": a verb never carries the article; the word is a noun that only looks
            // like a form of it, an event only when the lexicon lists it as a noun too (القبض)
            return true;
        }
        if (cue(s, t, Cues.CAPACITY_MARKER) != null) {
            // "جرى تحديدهم بوصفهم ضباطا": "as officers", no one describing anyone
            return true;
        }
        // "اعتدوا بالضرب على النواب": the noun with ب is the means of the act its own verb tells
        return true_(m.phrase().term(), "notAsMeans") && m.phrase().voice() == Phrase.Voice.NOUN
                && m.prefix().endsWith("ب");
    }

    List<EventDraft> events(int s, List<DateExpr> dates, Set<DateExpr> consumed, Unit lastSubject) {
        List<EventDraft> out = new ArrayList<>();
        int n = size(s);
        int[] clause = clauses(s);
        int[] sub = complements(s, clause);
        List<Unit> us = units.get(s);
        List<EventDraft> all = new ArrayList<>();
        Set<DateExpr> notOnTheDay = sinceDates(s, dates, consumed);
        for (int t = 0; t < n; t++) {
            Match m = at(s, t);
            if (!isKind(m, Phrase.Kind.TRIGGER)) {
                continue;
            }
            int last = lastOf(s, m);
            if (otherWord(s, t, m)) {
                continue;
            }
            if (true_(m.phrase().term(), "pronounNeeded") && !unrest.objectPronounOn(s, m)) {
                // "تفرق المحتجون": the same letters as "تفرقهم الشرطة" with no object, the crowd breaking up by itself
                continue;
            }
            if (m.phrase().term().property("needsObject") != null
                    && !arguments.objectFollows(s, last + 1, m.phrase().term(), clause)
                    && !objectBefore(s, t, m, m.phrase().term().property("needsObject"))) {
                // "علق عضوية": the word is another trigger, the one whose object follows; with no such object, the
                // reading that needs none ("أمهل الجيش الأحزاب 48 ساعة" gives a deadline, not an order to leave)
                Match other = unrest.otherReading(s, t, m, clause);
                m = other != null ? other : readingWithoutObject(s, t, m);
                if (m == null) {
                    continue;
                }
            } else if (m.phrase().term().property("needsObject") != null) {
                m = unrest.nearestObjectReading(s, t, m, clause);
            }
            m = unrest.readingWithObject(s, t, m, clause);
            if (patterns.negated(s, t, m) || reactions.calling(s, t)) {
                // "دانت إيكواس ما وصفته بالانقلاب": what the speaker calls the act is no criticism of its own
                continue;
            }
            Term trig = m.phrase().term();
            String needs = trig.property("needsObject");
            EventDraft d = new EventDraft();
            d.trigger = trig;
            d.match = m;
            d.at = t;
            d.sentence = s;
            d.voice = arguments.voice(s, t, m);
            if (d.voice == Phrase.Voice.NOUN && unrest.verbReadAsNoun(s, t, m)) {
                // "الذي أقاله الرئيس": a hollow verb with its object pronoun, not the verbal noun إقالة
                d.voice = Phrase.Voice.ACTIVE;
            }
            if (d.voice == Phrase.Voice.ACTIVE && unrest.agentFollowsVerb(s, last + 1)) {
                d.voice = Phrase.Voice.PASSIVE;
            }
            if (d.voice == Phrase.Voice.ACTIVE && trig.property("counts") != null && lex.isPluralVerb(m)
                    && patterns.countedSubject(s, t) >= 0) {
                // "إن 30 متظاهرا قتلوا": a number of people before a casualty verb are those it befell
                d.voice = Phrase.Voice.PASSIVE;
            }
            if (d.voice == Phrase.Voice.ACTIVE && (trig.property("counts") != null || true_(trig, "pronounObject"))
                    && !lex.isPluralVerb(m) && !lex.isFeminineVerb(m)
                    && (t == 0 || cover.get(s)[t - 1] == null) && arguments.partitiveCountAt(s, last + 1)
                    && !objectAfterCountedGroup(s, last + 1, clause)) {
                // "قتل سبعة من عناصر الشرطة"، "خطف أكثر من 20 من الركاب": a verb done to people (one that counts
                // its victims or takes a pronoun object) whose letters hide a passive, with no subject before it,
                // followed by a count out of a group: the group is whom it befell. (A count out of a group after
                // "تظاهر" or "اقتحم" is who acts, and so is one with an object after it: "اعتقل خمسة من عناصر
                // الشرطة الناشط فلان".)
                d.voice = Phrase.Voice.PASSIVE;
            }
            boolean decree = d.voice == Phrase.Voice.ACTIVE && patterns.decreeSubject(s, t);
            if (decree) {
                // "مرسوما رئاسيا ينهي مهام الجنرال فلان": the decree is the subject, the actor after the verb its
                // object; as with a passive, the doer is whoever the text names as acting, never that object
                d.voice = Phrase.Voice.PASSIVE;
            }
            if (d.voice == Phrase.Voice.ACTIVE && patterns.coordinatedNoun(s, t, m, clause, all)) {
                d.voice = Phrase.Voice.NOUN;
            }
            d.reporting = true_(trig, "reporting");
            d.quoted = tok(s, t).quoted();
            boolean noTarget = true_(trig, "noTarget");

            d.source = d.voice == Phrase.Voice.ACTIVE ? null : arguments.agent(s, last + 1, clause);
            EventDraft head = patterns.circumstantialHead(s, t, m, all);
            if (head == null && m.phrase().voice() == Phrase.Voice.ACTIVE && patterns.participle(s, t, m)) {
                Unit opening = patterns.openingSubject(s, t, m);
                if (opening == null) {
                    // "رجلا متهما بالتجسس": a participle that is no act of a speaker is an adjective
                    continue;
                }
                // "أمهلت الحكومة السفير ...، متهمة باريس": the subject of the verb opening the sentence acts
                head = new EventDraft();
                head.source = opening;
            }
            boolean pronounTarget = false;
            boolean antecedentSubject = false;
            boolean firstPerson = false;
            if (head != null) {
                // "...، متهما إياهما بانتهاك": the speaker's act; إياه is the object of the speaker's verb
                d.voice = Phrase.Voice.ACTIVE;
                d.source = head.source;
                pronounTarget = patterns.separatePronoun(s, last + 1);
                d.target = pronounTarget ? head.target : null;
            }
            Unit[] pair = head != null ? null : arguments.pair(s, d.trigger, last + 1, clause);
            if (pair != null) {
                d.source = pair[0];
                d.target = pair[1];
            } else switch (d.voice) {
                case ACTIVE -> {
                    if (d.source == null) {
                        // "أصدرت الحكومة بيانا دعت فيه الجيش إلى": the statement's issuer acts; the actor after is
                        // the object, never the subject
                        d.source = arguments.statementIssuer(s, t, last + 1);
                    }
                    if (d.source == null && true_(trig, "speechAct")) {
                        d.source = resumptiveSpeaker(s, t, m, last + 1, clause, all);
                    }
                    boolean relativeObject = d.source == null && unrest.relativeObjectVerb(s, t, m);
                    if (relativeObject) {
                        // "فلان، الذي اعتقلته الشرطة"، "الناشطون الذين قتلتهم الشرطة": the pronoun on the verb
                        // opening a relative clause stands for the antecedent, which is its object; the actor after
                        // the verb is who acts, and nothing before the relative pronoun is its subject
                        d.target = unrest.relativeAntecedent(s, t);
                        d.source = arguments.bareUnitAfter(s, last + 1, clause, 2, d.target, true);
                    }
                    if (d.source == null && !relativeObject) {
                        // "أما الرئيس فلان فتحدث ...، واتهم رئيس الوزراء": the fronted topic acts throughout its answer
                        d.source = patterns.topicChainSubject(s, t, m);
                    }
                    if (d.source == null && !relativeObject) {
                        // "أن فريقا من محققيها أوقف فلانا": the body whose members act; the actor after is the object
                        d.source = patterns.membersOwner(s, t, last, sub[t], all);
                    }
                    if (d.source == null && !relativeObject) {
                        // "أما وزير الخارجية، فانتقد الحكومة": the fronted topic is the subject, the actor after is none
                        d.source = patterns.topicSubject(s, t, m);
                    }
                    if (d.source == null && !relativeObject && !(m.prefix().startsWith("و") && lex.isPluralVerb(m))) {
                        // "اقتحموا منزل فلان وأضرموا النار فيه": a plural verb after و carries its subject; the
                        // actor before و ends the clause before
                        d.source = arguments.unitBefore(s, t, sub[t], us);
                        if (d.source != null && (m.prefix().startsWith("و") || m.prefix().startsWith("ف"))
                                && objectOfEarlier(d.source, all)) {
                            // "قتلت الشرطة ثلاثة من المسلحين واعتقلت اثنين": the actor before a verb joined by و that
                            // the verb before took as its object ends that clause; the verb goes on with that verb's
                            // subject (found below as for any verb joined by و)
                            d.source = null;
                        }
                    }
                    if (d.source == null && !relativeObject) {
                        d.source = unrest.relativeAntecedent(s, t);
                    }
                    if (d.source == null && !relativeObject) {
                        d.source = patterns.subjectBeforeRelativeClause(s, t, sub[t]);
                    }
                    if (d.source == null && !relativeObject) {
                        d.source = patterns.subjectAfterBut(s, t, all);
                    }
                    if (d.source != null && unrest.objectPronounAfterConjunction(s, t, m, d.source)) {
                        // "اقتحمت الشرطة منزل فلان واعتقلته": the actor before و is the first verb's object
                        d.source = null;
                    }
                    if (d.source == null && !relativeObject && !arguments.pronounComplementizer(s, t, sub)) {
                        Unit after = arguments.bareUnitAfter(s, last + 1, clause, 2, null, true);
                        if (after != null && after.first > last + 1 && arguments.definitePeopleNoun(s, last + 1)) {
                            // "واعتقل الجنود الطلاب": the soldiers, whom no lexicon names, are the subject
                            after = null;
                        }
                        if (after != null && complementizerBetween(s, last + 1, after.first)) {
                            // "وقال إن روسيا سترد": what follows إن is what is said, not who says it
                            after = null;
                        }
                        if (after != null && actAfterComma(s, last + 1, after.first)) {
                            // "ورفض الاعتراف بالنتائج، متهما الحكومة بالتزوير": an actor after another act's word is
                            // that act's argument, never the subject of the verb before it
                            after = null;
                        }
                        if (after != null && arguments.inObjectPhrase(s, last + 1, after.first, trig)) {
                            // "ورحّب التحالف بموقف فلان": an actor after a word carrying the verb's own object marker
                            // is in the object's phrase, whatever (no actor) stands as the subject before it
                            after = null;
                        }
                        if (after != null && true_(trig, "premisesObject") && premisesBefore(s, last + 1, after.first)) {
                            // "وسيطر على مقر هيئة الإذاعة": the owner after a building the act is on is its target,
                            // never its subject
                            after = null;
                        }
                        if (after != null && d.quoted && firstPersonVerb(s, t, m)) {
                            // "«أتهم فلانا باغتيال أخي»"، "«فإننا نحمّل العدو المسؤولية»": a verb in the first person
                            // has its subject in it, the speaker quoted (found below); the actor after it is whom
                            // the speaker acts on, never who speaks
                            d.target = after;
                            after = null;
                            firstPerson = true;
                        }
                        Unit subject = after == null ? null : unrest.subjectToInherit(s, t, m, after, clause, all, lastSubject);
                        if (subject != null) {
                            d.source = subject;
                            d.target = after;
                        } else if (after != null && unrest.manAfterFeminineVerb(s, m, after)) {
                            // "ودعت العقيد فلانا إلى": a feminine verb cannot have the man as its subject; he is its
                            // object, and with no subject of the sentence to carry the verb has none
                            d.target = after;
                        } else if (arguments.countedObject(s, last + 1, m, after)) {
                            // "واعتقلت 40 مسلحا": the people counted are the object; the subject is inherited below
                            d.target = after;
                        } else if (after != null && after.first == last + 1 && after.partitive
                                && (tok(s, after.first).norm().endsWith("ا") || actedOnBefore(s, after, all))) {
                            // "واعتقلت عددا منهم": some of a group counted in the accusative are the object; the
                            // subject is inherited below. So are some of a group an act before in the sentence was
                            // aimed at, whatever the count's case (أطلقت قوات الأمن النار على المتظاهرين فقتلت
                            // ثلاثة منهم، واعتقلت المئات منهم): those fired on are killed, not killing
                            d.target = after;
                        } else if (after != null && after.first == last + 1 && arguments.obliquePlural(after)) {
                            // "فقد وصف مثيري الشغب بالحثالة": a plural in the oblique case right after the verb is its
                            // object (in "اقتحم مئات المحتجين" it is the genitive of the subject)
                            d.target = after;
                        } else if (after != null && lex.isPluralVerb(m) && t > 0 && wordBefore(s, t) >= 0
                                && cue(s, wordBefore(s, t), Cues.RELATIVE_PRONOUN) != null) {
                            // "المجرمين الذين قتلوا فلانا": a plural verb opening a relative clause has the antecedent
                            // in it as subject (none named here: no actor stands before the pronoun), the actor after
                            // it is its object; no subject of another clause stands in for the antecedent
                            d.target = after;
                            antecedentSubject = true;
                        } else if (after != null && lex.isPluralVerb(m) && !m.prefix().startsWith("و") && t > 0
                                && wordBefore(s, t) >= 0 && after.type != ActorType.PERSON) {
                            // "قوميون يقتحمون البرلمان": a plural verb has its subject before it, named by a noun that
                            // is no actor here (a verb before its subject is singular); the body after it is its
                            // object. A person after it is left to the reading below: kept to bodies, which a
                            // storming or an attack takes as object far more often than a man
                            d.target = after;
                        } else if (!(lex.isPluralVerb(m) && m.prefix().startsWith("و"))) {
                            // "وأعلنوا حل الحكومة": a plural verb joined by و has its subject in it, the actor
                            // after it is no subject (a verb before its subject is singular)
                            d.source = after;
                        }
                    }
                }
                case PASSIVE -> d.target = passiveTarget(s, t, last, d.source, clause, us, all);
                case NOUN -> {
                    Unit marked;
                    Unit g = needs != null ? patterns.neededActor(s, last + 1, needs, true_(trig, "objectOwner"), clause, us)
                            : arguments.genitive(s, last + 1, clause, us);
                    boolean objectFirst = true_(trig, "objectBeforeNeeded");
                    if (g == null && objectFirst) {
                        // "لدفع المحتجين إلى الخلف": the actor in the genitive is whom it is done to, the word needed after
                        g = arguments.genitive(s, last + 1, clause, us);
                    }
                    Unit agent = needs != null && g == null && d.source == null && !objectFirst
                            ? patterns.agentBeforeNeededObject(s, last + 1, needs, clause, us) : null;
                    Unit lamObject = g != null && d.source == null && !noTarget && needs == null
                            ? patterns.objectAfterAgentGenitive(s, g) : null;
                    if (agent != null) {
                        d.source = agent;
                    } else if (lamObject != null) {
                        // "إقالة الملك لرئيس الوزراء": the genitive of the verbal noun is who acts, the actor after
                        // ل its object
                        d.source = g;
                        d.target = lamObject;
                    } else if (g != null && d.source == null && !noTarget && needs == null
                            && patterns.objectNounAfterAgentGenitive(s, last, g)) {
                        // "قصف الحلف لمعسكراتهم"، "قصف الحلف لموكب الزعيم": the same when what comes after ل is a
                        // thing or an act, no actor; the genitive is still who acts, and the actor whose thing it is,
                        // when named right after it, the target
                        d.source = g;
                        d.target = patterns.ownerAfterLamNoun(s, g);
                    } else if (g != null && d.source == null && patterns.agentBeforePremises(s, last + 1, trig, g)) {
                        // "اقتحام مسلحين مقر التلفزيون": the genitive before the premises stormed is who storms
                        d.source = g;
                    } else if (g != null && d.source == null && true_(trig, "agentGenitive") && patterns.contentAfter(s, g)) {
                        // "بعد تحذير قائده، الجنرال فلان، من أن"، "مطالبة رئيس الأركان بالتطبيق الفوري": whose warning
                        d.source = g;
                    } else if ((noTarget || true_(trig, "doerGenitive")) && d.source == null) {
                        // "استسلام المتمردين": an act with no direct object is done by the one in its genitive
                        d.source = g != null ? g : crowdAfterLam(s, last + 1, trig);
                    } else if (!noTarget && g != null && g != d.source && (marked = patterns.markedObjectAfterGenitive(s, g,
                            lex.normalizedValues(trig, "targetMarker"))) != null
                            && (marked.type != ActorType.PLACE || true_(trig, "placeTarget"))) {
                        // "قدم الوزير اعتذار بلاده إلى الجارة": the genitive before the act's marked object is whose
                        // act it is (the doer's side when the clause names the doer), the marked actor its target; a
                        // place after the marker (الغارات الروسية على منطقة كذا) is where it happened, as for a verb
                        if (d.source == null) {
                            d.source = g;
                        }
                        d.target = marked;
                    } else if (!noTarget && g != d.source) {
                        d.target = g;
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (d.voice == Phrase.Voice.ACTIVE && d.source != null && true_(trig, "objectBeforeNeeded")
                    && d.source.first - last <= 3 && arguments.objectAt(s, d.source.last + 1, trig, clause) == d.source.last + 1) {
                // "ووضع الرئيس فلان تحت الإقامة الجبرية": the one actor between the verb and the word it needs after
                // its object is that object, whether the verb is a passive its letters hide or its subject is left
                // unsaid; the doer is whoever the story names as acting
                d.target = d.source;
                d.source = null;
                d.voice = Phrase.Voice.PASSIVE;
            }
            if (true_(trig, "heldInState")) {
                // "أعلن العسكريون أن الرئيس "قيد الإقامة الجبرية"": the one before the custody is the one held, no
                // one after it; custody with no one before it holds no one the text names
                d.target = patterns.heldInState(s, t, all);
                if (d.target == null) {
                    continue;
                }
                if (d.source == null) {
                    // "وأكد المتحدث باسم الجيش أن الرئيس قيد الإقامة الجبرية": who announces the custody holds him
                    d.source = patterns.announcerBefore(s, t, d.target, all);
                }
            }
            if (d.target == null && true_(trig, "crowdTarget")) {
                // "اعتقلت الشرطة 330 شخصا"، "واعتُقل 330 شخصا"، "أعلنت الوزارة اعتقال 330 شخصا": the people
                // counted are the article's crowd
                d.target = unrest.countedCrowd(s, last + 1, clause);
                if (d.target == null && d.source == null
                        && (d.voice == Phrase.Voice.PASSIVE || d.voice == Phrase.Voice.ACTIVE && lex.isPluralVerb(m))) {
                    // "أعلنت الوزارة أن 639 شخصا اعتقلوا": counted before the verb, they are who it befell
                    d.target = unrest.countedCrowdBefore(s, t, clause);
                    if (d.target != null) {
                        d.voice = Phrase.Voice.PASSIVE;
                    }
                }
                Unit voice = d.target != null && d.source == null && d.voice == Phrase.Voice.PASSIVE
                        ? patterns.announcerBefore(s, t, d.target, all) : null;
                if (voice != null && (voice.type == ActorType.ORGANIZATION || voice.type == ActorType.COUNTRY)) {
                    // "أعلنت وزارة الداخلية أن 639 شخصا اعتقلوا": the state body that gives the count of those
                    // held holds them; activists or a lawyer who count them (قال ناشطون إن) hold no one
                    d.source = voice;
                }
            }
            if (decree && d.source == null) {
                d.source = patterns.decreeSubjectIssuer(s, t);
            }
            if (d.target == null && d.voice == Phrase.Voice.NOUN && true_(trig, "personObject")) {
                // "بإقالة أربعة من كبار القادة، في مقدمتهم الجنرال فلان": the man named first among those counted
                d.target = patterns.foremostOfCounted(s, last + 1);
            }
            reactions.nisbaAsAgent(s, d, last);
            if (d.source == null) {
                d.source = reactions.legislatureOfVoters(s, d, last, clause);
            }
            if (d.source != null && needs != null && true_(trig, "actorObject") && d.voice != Phrase.Voice.PASSIVE
                    && d.source.sentence == s && d.source.first > last) {
                Unit object = neededObject(s, last, trig, clause);
                if (object != null && object.first == d.source.first) {
                    // "الجيش يلغي الدستور ويحل البرلمان"، "حل البرلمان وتعليق الدستور": the body the act needs as
                    // its object (lexv:needsObject) is what it is done to, never who does it; the doer is the
                    // subject the verbs share, found below as for any verb with none of its own
                    if (d.target == null && !noTarget) {
                        d.target = d.source;
                    }
                    d.source = null;
                }
            }
            if (d.source != null && "DiplomatNoun".equals(needs) && d.voice == Phrase.Voice.ACTIVE && d.source.sentence == s
                    && d.source.first > last) {
                Match envoy = cue(s, last + 1, Cues.DIPLOMAT_NOUN);
                if (envoy != null && d.source.first == lastOf(s, envoy) + 1 && d.source.type == ActorType.COUNTRY) {
                    // "أعلنت الهند كذا، واستدعت السفير الباكستاني": the state named by the nisba right after the
                    // envoy the verb takes is his, whom the summons is aimed at, not who summons; the doer is the
                    // subject the verbs share, found below as for any verb with none of its own
                    Unit posted = patterns.postedAfter(s, d.source.last + 1);
                    if (d.target == null && !noTarget) {
                        // "وسحبت القائم بالأعمال العراقي من العاصمة X": the envoy's own state recalling him from
                        // where he is posted aims the act at that state
                        d.target = posted != null && !posted.key.equals(d.source.key) ? posted : d.source;
                    }
                    d.source = null;
                }
            }
            if (d.source == null && needs != null) {
                d.source = arguments.forcesOwner(s, last + 1, clause, true);
            }
            boolean unnamedForces = d.source == null && d.voice == Phrase.Voice.ACTIVE
                    && patterns.unnamedForcesSubject(s, last + 1, needs, clause);
            if (unnamedForces) {
                // "عندما فتح جنود النار": soldiers are the subject; theirs is the armed body named before, if any
                d.source = patterns.armedNamedBefore(s, last + 1);
            }
            if (d.source == null && d.voice == Phrase.Voice.ACTIVE && !d.quoted) {
                // "استهدفت طائرة مسيرة إسرائيلية سيارة"، "قصفت مدفعية روسية القرية": a weapon or unnamed forces as
                // the subject, the state its nisba names is who acts
                d.source = nisbaOfArmedSubject(s, last + 1);
                if (d.source == null) {
                    // "وكانت طائرات أميركية قد قصفت المواقع": the same subject before the verb, قد between
                    d.source = nisbaOfArmedSubjectBefore(s, t);
                }
                unnamedForces |= d.source != null;
            }
            if (d.source == null && d.quoted) {
                // "أعلنت الوزارة أنها "تدين الانقلاب""، "قال المتحدث: "ندين الهجوم"": the speaker's own words
                d.source = arguments.quotedSpeaker(s, t, d, all);
            }
            if (d.source == null && firstPerson) {
                // "قال الحزب: «بعد التدقيق في الوقائع، فإننا نحمّل العدو المسؤولية»": "I" or "we" deeper in the
                // quotation is its speaker too
                d.source = arguments.latestSpeaker(s, d, all);
            }
            if (d.source == null && !unnamedForces && !d.quoted && !antecedentSubject && !countedPassive(s, t, last, d.voice)) {
                d.source = arguments.inherited(s, t, sub, clause, d, all, lastSubject);
                Match kin = d.source != null && t > 0 ? cueEndingAt(s, t - 1, Cues.KINSHIP_CUE) : null;
                if (kin != null && withPronoun(s, t - 1, kin) && d.source.last < t - 1) {
                    // "وكتبت ابنته فلانة أن والدها اعتقل": the verb's own subject is the kin the noun names, not the
                    // one its pronoun stands for
                    d.source = kinOf(d.source);
                }
            }
            if (d.source == null && d.voice == Phrase.Voice.ACTIVE && !d.quoted && m.prefix().equals("و")
                    && !isKind(at(s, 0), Phrase.Kind.TRIGGER)) {
                // "وبرر رئيس الوزراء فلان القرار بالحرص على الأمن، ودان أعمال الشغب": a verb joined by و after a comma
                // shares the subject of the verb opening the sentence, which is no trigger (no act to inherit from)
                Unit opening = patterns.openingSubject(s, t, m);
                d.source = opening != null && arguments.agrees(m, opening) ? opening : null;
            }
            if (d.source == null && d.reporting && d.voice == Phrase.Voice.ACTIVE && !d.quoted) {
                // "نشر فلان مقطع فيديو قال فيه إنه"، "ظهر فلان في خطاب قال فيه": who speaks in what the sentence's
                // subject posted or gave
                d.source = arguments.speakerInIt(s, last + 1);
            }
            if (true_(trig, "forcesDoer") && !patterns.forcesRightAfter(s, last + 1)) {
                continue;
            }
            if (d.source == null && needs != null && true_(trig, "forcesDoer")) {
                // "انتشر الجنود في شوارع المدينة وحول مقر الرئاسة": the forces act on their own; theirs is the armed
                // body named before, never a body named around the streets they spread in
                d.source = patterns.forcesDoer(s, last + 1);
            } else if (d.source == null && needs != null) {
                d.source = arguments.forcesOwner(s, last + 1, clause, false);
            }
            Unit joined = d.voice == Phrase.Voice.NOUN && trig.property("crowdOf") != null ? participants(s, last + 1) : null;
            if (joined != null) {
                // "وشهدت العاصمة اعتصامات شارك فيها آلاف المواطنين": those who take part in it do it, not the
                // place that saw it nor the subject of the clause
                d.source = joined;
            }
            sourcesFromClause(s, t, last, d, m, trig, clause, sub, all, dates);
            if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")) {
                // "بدأت الاحتجاجات بإضراب عام نفذته النقابات، بدعوة من مجلس النقباء": an act told with no doer is
                // that of whoever called it
                d.source = caller(s, last + 1, clause);
            }
            if (d.source != null && d.source.sentence == s && d.source.type != ActorType.GROUP
                    && String.valueOf(trig.property("cameoCode")).startsWith("14") && true_(trig, "premisesObject")
                    && cueEndingAt(s, wordBefore(s, d.source.first), Cues.FOLLOWER_NOUN) != null) {
                // "تجمع الآلاف من أنصار فلان أمام مقر الهيئة": his supporters protest outside the building, not the leader
                // or party they follow (kept to protests at a building: "أغلق أنصار فلان الطرق" is coded as his act)
                d.source = null;
            }
            Match foil = d.voice == Phrase.Voice.NOUN && t > 0 ? cueEndingAt(s, wordBefore(s, t), Cues.FOIL_NOUN) : null;
            if (d.source != null && foil != null) {
                // "أعلن الرئيس إحباط محاولة انقلاب"، "تمكن الجيش من صد الهجوم": who foiled the act did not do it;
                // "تعرض المرشح للضرب"، "قال إنه ضحية ملاحقة": who suffered it neither, it befell him
                if (d.target == null && true_(foil.phrase().term(), "subjectSuffers")) {
                    d.target = d.source;
                }
                d.source = null;
            }
            if (true_(trig, "refusesDemand")) {
                // "ورفض الاستقالة"، "وأكد أنه لن يستقيل": aimed at who demanded it, never at an actor after the words
                d.target = reactions.demanderOf(d, all);
                noTarget = true;
            }
            if (d.voice == Phrase.Voice.NOUN && trig.property("handedMarker") != null) {
                // "قدم استقالة حكومته إلى الرئيس": the resignation is handed to the one after the marker
                d.target = arguments.handedTo(s, d, last + 1, clause);
            }
            if (d.voice == Phrase.Voice.NOUN && "source".equals(trig.property("endsOffice")) && d.source != null
                    && d.source.type == ActorType.ORGANIZATION && d.source.sentence == s && d.source.first == last + 1) {
                // "أعلن رئيس الوزراء استقالة حكومته": the body in the noun's genitive goes, but the one who
                // announces or hands in its resignation, its head, is who acts; the body is what his act ends
                Unit body = d.source;
                int b = wordBefore(s, t);
                // "أعلن فلان نهاية ائتلافه وقدّم استقالة حكومته": the object of a verb joined by و that tells no act
                // of its own (قدّم) is not what the announcer announced
                boolean joinedVerb = b >= 0 && tok(s, b).norm().startsWith("و") && cover.get(s)[b] == null
                        && !hasArticle(tok(s, b)) && all.stream().noneMatch(e -> e.at == b);
                Unit announcer = joinedVerb ? null : Arguments.announcer(all, clause, sub, t, body);
                if (announcer != null && announcer.type == ActorType.PERSON) {
                    d.source = announcer;
                    if (d.target == null) {
                        d.target = body;
                    }
                }
            }
            if (!noTarget && !pronounTarget && d.target == null
                    && (true_(trig, "premisesObject") || true_(trig, "facilityObject"))) {
                d.target = unrest.facilityObject(s, d, last + 1, clause);
            }
            if (!noTarget && !pronounTarget && d.target == null && true_(trig, "premisesObject")) {
                d.target = unrest.premisesOwner(s, d, last + 1, clause);
            }
            if (!noTarget && !pronounTarget && d.target == null && true_(trig, "premisesObject")) {
                d.target = patterns.premisesOfPronoun(s, d, last + 1, all);
            }
            if (!noTarget && !pronounTarget && d.target == null && d.voice == Phrase.Voice.ACTIVE && true_(trig, "addressee")) {
                d.target = patterns.addressee(s, d, last + 1, clause);
            }
            if (!noTarget && !pronounTarget && d.target == null && true_(trig, "reaction")) {
                d.target = reactions.decisionMaker(s, d, last + 1);
            }
            if (!noTarget && !pronounTarget && d.target == null && d.voice == Phrase.Voice.ACTIVE && needs != null
                    && true_(trig, "objectOwner")) {
                // "علقت المنظمة عضوية مالي": whose membership the verb suspends, as for its verbal noun
                d.target = patterns.ownerOfObject(s, d, last + 1, needs, clause, us);
            }
            if (!noTarget && !pronounTarget && d.target == null) {
                d.target = arguments.target(s, d, last + 1, clause, us);
                if (d.target != null && d.target.sentence == s && d.target.first > last && d.voice == Phrase.Voice.ACTIVE
                        && ReportedSpeech.cameoFamily(trig).equals("11") && unrest.objectPronounOn(s, m)) {
                    // "وتتهمه منظمات حقوقية بقمع المعارضة"، "رجلان تتهمهما بريطانيا بتسميم فلان": the pronoun on a
                    // verb of accusing or criticising is whom it is aimed at, named before it; an actor after the
                    // verb is its subject or the victim of the act alleged, never the one accused
                    d.target = null;
                }
            }
            // "وتعرضت السفارة لقصف": after a verb of undergoing and ل, the word is the act's verbal noun even when its
            // letters also read as a verb (قصف), so the subject before it is never its doer
            Unit undergoer = !noTarget && (d.voice == Phrase.Voice.NOUN || d.voice == Phrase.Voice.ACTIVE)
                    ? patterns.undergoer(s, t, m, clause) : null;
            if (undergoer != null) {
                d.voice = Phrase.Voice.NOUN;
                // "نجا الرئيس من محاولة اغتيال في أكرا"، "تعرض النائب لهجوم مسلح": the one who undergoes the act is
                // its target, not a place or an adjective read as a group after it; nor its doer ("وتعرض الموظفون
                // الأجانب لقصف": the subject the noun took from its clause is the one shelled)
                if (d.source != null && (undergoer.key.equals(d.source.key) || d.source.sentence == s
                        && d.source.first >= undergoer.first && d.source.last < t)) {
                    // "حين تعرض مبنى لجأ إليه الموظفون الأجانب لقصف": an actor between the one undergoing and the
                    // noun is in its phrase, no doer
                    d.source = null;
                }
                d.target = undergoer;
            }
            if (d.target != null && "ForcesNoun".equals(needs) && arguments.armed(d.target)) {
                // "نشر قوات الجيش": the forces sent are not whom they are sent against
                d.target = reactions.parties(s, d, last + 1);
            }
            laterTargets(s, d, last, trig, clause, all, noTarget, pronounTarget);
            if (d.voice == Phrase.Voice.ACTIVE && true_(trig, "addressee")) {
                callerOfFollowers(s, d);
            }
            String code = String.valueOf(trig.property("cameoCode"));
            if (!noTarget && !pronounTarget && d.target == null && d.voice == Phrase.Voice.ACTIVE
                    && (code.startsWith("12") || code.equals("016"))) {
                // "ونفت المعارضة هذه الاتهامات": aimed at whoever made them
                boolean subjectAfter = d.source != null && d.source.sentence == s && d.source.first > last;
                d.target = reactions.accuserOf(s, d, subjectAfter ? d.source.last + 1 : last + 1, clause, all);
            }
            d.target = arguments.authoritiesIn(s, d.target);
            Unit ownEnvoy = null;
            if (!noTarget && "DiplomatNoun".equals(needs)) {
                // "استدعت سفيرها فلانا": a body's own envoy named after it is no one the recall is aimed at
                ownEnvoy = patterns.ownEnvoyName(s, last + 1, clause, d.source);
                // (an envoy's own state named after him, سفير المملكة لدى البلد X, is the recalling one, not the
                // target: where he is posted is)
                boolean ownStateTarget = d.target != null && d.source != null
                        && (d.target.key.equals(d.source.key) || ownState(d.source, d.target));
                if (d.target == null || ownStateTarget || ownEnvoy != null && d.target.key.equals(ownEnvoy.key)) {
                    Unit posted = patterns.postedIn(s, last + 1, clause, d.source);
                    d.target = posted != null || !ownStateTarget ? posted : d.target;
                }
            }
            if (!noTarget && d.target == null && needs != null) {
                // "أعلنت الكويت طرد القائم بالأعمال البلد-ي"، "إمهال سفير البلد X 48 ساعة للمغادرة": a measure taken
                // on a foreign envoy, its object, is aimed at his state
                d.target = patterns.envoyState(s, last + 1, clause, d.source);
                if (d.target == null) {
                    // "وقف دخول كل الواردات البلد-ية"، "تجميد الأصول البلد-ية": so is one taken on a state's goods or
                    // assets, the object named with its state
                    d.target = patterns.objectState(s, last + 1, trig, clause, d.source);
                }
            }
            if (d.target != null && d.source != null && (d.target.key.equals(d.source.key) || ownState(d.source, d.target))) {
                if (true_(trig, "noOwnState")) {
                    // "نزلت قوات الجيش الفلبيني في جزيرة جولو": a state's forces landing at home invade no one
                    continue;
                }
                d.target = reactions.parties(s, d, last + 1);
            }
            if (d.target == null && d.source != null && true_(trig, "measureArea")) {
                // "أعلن الرئيس حالة الطوارئ في العاصمة": a measure with no object is aimed at the area it is in force
                // over (a state's own capital included, so after the check of the doer's own state above); one no
                // one is told to impose (رغم حظر التجول المفروض في المدينة) is only where it stands, no act on it
                d.target = patterns.measureArea(s, last + 1, clause);
                if (d.target == null && d.source.type == ActorType.PERSON
                        && (true_(trig, "nationwide") || patterns.nationwide(s, last + 1, clause))) {
                    // "أعلن الرئيس حالة الطوارئ في عموم البلاد"، "أعلن الحداد الوطني": a leader's measure over the
                    // whole country, his own, the article's
                    d.target = reactions.homeCountry(s, d, t, last);
                }
                if (d.target != null && d.target.key.equals(d.source.key)) {
                    // a state's measure in its own land (its capital's streets read as the state): no one's
                    d.target = null;
                }
            }
            if (!noTarget && d.target == null && d.source != null && true_(trig, "placeTarget")) {
                // "سيطر المسلحون على المؤسسات الحكومية في العاصمة": buildings of no one named, the place they stand in
                d.target = patterns.placeOfPremises(s, d, last + 1, clause);
            }
            if (!noTarget && d.target == null && d.source != null && true_(trig, "sameDestination")
                    && patterns.measureArea(s, last + 1, clause) == null) {
                // "وقررت الدولة B إرسال مئتي جندي": forces sent nowhere named go where the article's forces went
                d.target = reactions.lastDestination(d, all);
            }
            Unit home = d.source != null && trig.property("domesticReading") != null
                    && (d.target == null || d.target.type != ActorType.COUNTRY)
                    ? patterns.measureArea(s, last + 1, clause) : null;
            if (home != null && (stateOf(d.source) == null || stateOf(d.source).equals(stateOf(home)))) {
                // "نشرت الحكومة جنودا في شوارع المدينة": forces sent into a place of the doer's own state are a show
                // of force at home aimed at it, not aid to another state (with no place named, who can tell); the
                // doer's state itself (شوارع العاصمة read as the state) is no target of its own act
                d.trigger = lex.trigger(trig.property("domesticReading"));
                d.target = home.key.equals(d.source.key) ? d.target : home;
            }
            if (d.target != null && trig.property("targetedReading") != null) {
                // "أغلقت أجواءها أمام قطر": closing borders to a state is an embargo on it
                d.trigger = lex.trigger(trig.property("targetedReading"));
            }
            Term crowd = trig.property("crowdReading") == null ? null : lex.trigger(trig.property("crowdReading"));
            if (crowd != null && d.target != null && CompiledLexicon.values(crowd, "unarmedCrowd").contains(d.target.key)) {
                // "فتحت قوات الأمن النار على المتظاهرين": fire opened on an unarmed crowd assaults it
                d.trigger = crowd;
            }
            Term byCrowd = trig.property("crowdDoerReading") == null ? null : lex.trigger(trig.property("crowdDoerReading"));
            if (byCrowd != null && d.source != null && (d.target != null || !true_(trig, "needsTarget"))
                    && (CompiledLexicon.values(byCrowd, "unarmedCrowd").contains(d.source.key)
                    || d.source.sentence == s && cueEndingAt(s, wordBefore(s, d.source.first), Cues.FOLLOWER_NOUN) != null
                    || UnnamedGroups.followers(d.source))) {
                // "اقتحم المحتجون مقر البرلمان"، "اقتحم آلاف من أنصار فلان مبنى الكونغرس": a crowd storming a building
                // riots (145), where troops storming it use force; a word that needs its target to be an act at all
                // riots only with one ("احتل الطلاب المركز الأول" ranks first)
                d.trigger = byCrowd;
            }
            if (trig.property("resistsAct") != null) {
                // "واجه المظليون مقاومة عنيفة من العمال المسلحين": resisting the invaders, the doer of the article's
                // invasion; with no invasion told, or the invaders themselves named, no resistance to it
                if (d.source == null && d.voice == Phrase.Voice.NOUN) {
                    d.source = arguments.doerAfterMarker(s, last + 1, lex.normalizedValues(trig, "doerMarker"), clause);
                }
                Unit invader = reactions.firstDoer(lex.trigger(trig.property("resistsAct")));
                if (invader == null || d.source == null || invader.key.equals(d.source.key)) {
                    continue;
                }
                d.target = invader;
            }
            if (trig.property("militaryReading") != null || true_(trig, "militaryOnly")) {
                boolean military = arguments.military(s, t, last, d, clause);
                if (military && trig.property("militaryReading") != null) {
                    d.trigger = lex.trigger(trig.property("militaryReading"));
                } else if (!military && true_(trig, "militaryOnly")) {
                    continue;
                }
            }
            // (what a trigger of lexv:objectBeforeNeeded needs is a word after its object, "عينه رئيسا": no actor
            // acted on, though the office may read as its holder)
            Unit needed = needs != null && d.trigger == trig && !true_(trig, "objectBeforeNeeded")
                    ? neededObject(s, last, trig, clause) : null;
            if (needed != null && d.source == needed && d.voice == Phrase.Voice.NOUN) {
                // "احتجاز الرهائن": the noun a verbal noun needs as its object, when it is an actor (group/hostages),
                // is what the act is done to, never its doer, though it stands in the genitive where a doer may
                // stand. (After a verb it may be the subject: "أغلقت السفارة أبوابها".)
                d.source = null;
            }
            if (needed != null && d.source != needed && d.target == null
                    && (ownEnvoy == null || !needed.key.equals(ownEnvoy.key))) {
                // "احتجز المسلحون الرهائن": that object is the act's target; other actors after the verb stay no
                // target of an act that takes none (lexv:noTarget); a body's own envoy recalled (استدعت سفيرها
                // فلانا إلى العاصمة) is not whom the recall is aimed at, though he is the object
                d.target = needed;
            }
            if (d.target == null && true_(d.trigger, "heldInPremises")) {
                // "اقتحموا السفارة واحتجزوا رهائن": the hostages are taken from the owner of the premises stormed
                d.target = patterns.premisesActTarget(s, d, all);
            }
            if (d.source == null && true_(d.trigger, "needsSource")) {
                // "وصل عدد القتلى إلى 50": no actor arrives
                continue;
            }
            if (d.target == null && true_(d.trigger, "needsTarget")) {
                // "طوق النجاة": encircling nothing named is no act of force
                continue;
            }
            if (true_(d.trigger, "personTarget") && (d.target == null || d.target.type != ActorType.PERSON)) {
                // "استدعت الحكومة قوات الاحتياط": only a person is summoned to answer
                continue;
            }
            if (!noTarget && d.target == null && d.source != null && true_(d.trigger, "answersAttack")) {
                // "رشق المحتجون الشرطة بالحجارة، فردت الشرطة بالغاز المسيل للدموع": aimed at whoever attacked its doer
                d.target = unrest.attackerOf(d, all);
            }
            if (true_(d.trigger, "bodyTarget") && (d.target == null || d.target.type != ActorType.ORGANIZATION)) {
                // "انسحبت القوات من المدينة": only a body one belonged to is left by this act
                continue;
            }
            if (d.target == null && d.voice == Phrase.Voice.ACTIVE && !noTarget && othersCounted(s, last + 1)) {
                // "قتلت الشرطة ثلاثة من المسلحين واعتقلت اثنين آخرين": "others" are more of the group the act before
                // befell
                d.target = groupTargetBefore(all, t);
            }
            Term onPerson = d.trigger.property("personReading") == null ? null
                    : lex.trigger(d.trigger.property("personReading"));
            if (onPerson != null && d.target != null && d.target.type == ActorType.PERSON
                    && (d.target.sentence != s || cueEndingAt(s, d.target.first - 1, Cues.PREMISES_NOUN) == null)) {
                // "أطلق مسلحون النار على النائب"، "هاجم مسلحون الصحفي أمام منزله": force turned on one man is an
                // assault on him, not a fight between armed forces; his house shelled (قصفت القوات منزل الشيخ
                // فلان) is force used on the quarter he holds
                d.trigger = onPerson;
            }
            d.place = arguments.place(s, last + 1, clause, us, d);
            if (d.target == null && d.source != null && d.place != null && d.place.type == ActorType.PLACE
                    && d.place.sentence == s && d.place.first > last && true_(trig, "forcesDoer")) {
                // "انتشر جنود، بعد ظهر الأربعاء، في ساحة كذا": forces spreading are a show of force on the place they
                // spread in, though a date or a clause stands between the verb and it
                d.target = d.place;
            }
            d.date = dateFinder.dateFor(t, dates, notOnTheDay, s);
            d.charge = arguments.charge(s, last + 1, clause);
            all.add(d);
            // a casualty trigger stays a candidate without actors: "وأصيب 40 شخصا" is news for its number alone
            // (records() drops it when no number binds to it either)
            if (d.source != null || d.target != null || trig.property("counts") != null) {
                out.add(d);
            }
        }
        sentencePasses(s, clause, all, out);
        reactions.remember(all);
        return out;
    }

    /**
     * The passes over a sentence's drafts once all its triggers are read: each may fill an argument from the others,
     * merge two drafts or drop one, so their order matters (a target found by one pass is one the next need not
     * look for). Kept out of {@link #events} so that method stays small enough for HotSpot to compile.
     */
    private void sentencePasses(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        unrest.targetsFromComplements(s, all);
        reactions.stopCalls(s, all);
        reactions.releaseHolders(s, all);
        unrest.mergePurposeNouns(s, clause, all, out);
        unrest.protestTargets(s, clause, all);
        unrest.protestDemands(s, clause, all);
        patterns.mergePenalties(clause, all, out);
        patterns.dropNeededObjects(s, clause, all, out);
        reactions.reactionTargets(s, all);
        reactions.reactedAgain(s, all);
        reactions.inquiredActs(s, clause, all);
        speech.characterisations(s, clause, all, out);
        speech.allegedActs(s, clause, all, out);
        speech.aboutTargets(s, clause, all, reactions);
        speech.situationTargets(s, clause, all);
        speech.concernTargets(all);
        reactions.concernAtDoer(s, all);
        reactions.concernAtCrisis(s, all);
        speech.dropOwnTargets(all);
        relativeClauseObjects(s, all);
        subjectsOfNextClause(s, all);
        aimedActNouns(s, clause, all, out);
        casualtiesOfAttacks(s, clause, all, out);
        casualtiesResulting(s, all, out);
        reactions.threatsOfAccusers(all);
        reactions.revengeTargets(s, all);
        reactions.answeredAccusers(all);
        lists.among(s, clause, all, out);
        lists.companions(s, all, out);
        lists.eachPerson(s, all, out);
        lists.eachSource(s, all, out);
        lists.mutual(s, all, out);
        patterns.receivedFrom(s, clause, all);
        patterns.consultedIn(s, clause, all);
    }

    /**
     * Whether the letters a trigger's word has before the matched form are the article: ال, or لل, the preposition
     * ل with the article whose alef is elided ("استدعت سفيرها للتشاور" names the purpose, consultation, as a noun;
     * no one consults). Short vowels and tatweel in between do not count.
     */
    private static boolean withArticle(String before) {
        String letters = before.replaceAll("[\\u064B-\\u0652\\u0640]", "");
        return letters.endsWith("ال") || letters.matches("[وف]?لل");
    }

    /**
     * The doer readings of {@link #events} that look past the trigger's own words, tried in order while none is found:
     * the subject a chain of verbs goes on with, a possessive, a decree's issuer, forces named before or the forces
     * of the subject before, the subject of what it is ready or sent for or hastened to, an orderer, the agent of a
     * verbal noun joined by و, an announcer or the clause's subject. Apart from the loop so that it stays under the
     * size the JIT compiles ({@link #laterTargets}).
     */
    private void sourcesFromClause(int s, int t, int last, EventDraft d, Match m, Term trig, int[] clause, int[] sub,
                                   List<EventDraft> all, List<DateExpr> dates) {
        if (d.source == null && d.voice == Phrase.Voice.NOUN) {
            d.source = launcher(s, t, m, trig, clause, dates);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")) {
            // "أدانت فرنسا الهجوم، وقررت فرض عقوبات": the object of a verb that goes on with the sentence's subject
            d.source = arguments.chainSubject(s, t, sub, all);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")) {
            d.source = patterns.possessiveAgent(s, d, clause, all);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")) {
            // "أصدر الرئيس أمرا قضى بإعفاء الوزير": what a decree orders is its issuer's act
            d.source = patterns.decreeIssuer(s, t, all);
        }
        if (d.source == null && d.voice == Phrase.Voice.ACTIVE && !d.quoted) {
            // "واعتقلت القوات عددا من الوزراء": bare forces are the armed body the article named before
            d.source = patterns.forcesNamedBefore(s, last + 1);
        }
        if (d.source == null && !d.quoted && (d.voice == Phrase.Voice.ACTIVE || d.voice == Phrase.Voice.NOUN)) {
            // "ورحب الجيش بالقرار، وشنت مقاتلاته غارات": the forces of the body the pronoun stands for, right
            // after the verb or right before the verbal noun (شنت مقاتلاته غارات)
            d.source = patterns.forcesOfSubjectBefore(s, d.voice == Phrase.Voice.ACTIVE ? t + 1 : t - 1, all);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause") && m.prefix().endsWith("ل")
                && t > 0 && cueEndingAt(s, t - 1, Cues.READINESS_NOUN) != null) {
            // "أعلنت كندا استعدادها لإرسال قوات": what the subject is ready for is its own act
            d.source = arguments.clauseSubject(s, t, sub[t], d.target, dates);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "purposeAgent") && m.prefix().endsWith("ل")) {
            // "قرر إيفاد وزيرة الدفاع فلانة إلى العاصمة للقاء الرئيس": who goes to meet is the actor before
            d.source = arguments.clauseSubject(s, t, sub[t], d.target, dates);
        }
        d.hastened = d.voice == Phrase.Voice.NOUN && patterns.afterHasten(s, t, clause);
        if (d.source == null && d.voice == Phrase.Voice.NOUN && (true_(trig, "agentFromClause")
                && patterns.afterIla(s, t) || d.hastened) && !Arguments.afterEventVerb(all, clause, sub, t)) {
            // "سارعت دول عدة إلى الاعتراف به": what the subject hastened to do is the subject's act
            d.source = arguments.clauseSubject(s, t, sub[t], d.target, dates);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause") && prepositional(s, t)) {
            // "أمرت محكمة في لاباز بحبس فلانة"، "ردت البلاد بقطع علاقاتها": the act an order naming no one ordered is
            // the orderer's, and the act one answers by is one's own
            d.source = Arguments.orderer(all, clause, sub, t, m.prefix().endsWith("ب"));
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")) {
            // "قرر رئيس الوزراء قبول استقالة فلان، محافظ المدينة، وإيقاف علان عن العمل": a verbal noun joined by و
            // right after another one's object shares that noun's agent, however long the object's apposition
            d.source = joinedNounAgent(s, t, m, all);
        }
        if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")
                && !prepositional(s, t) && !Arguments.afterEventVerb(all, clause, sub, t) && !reactions.spokenOf(s, t)) {
            Unit announcer = Arguments.announcer(all, clause, sub, t, d.target);
            d.source = announcer != null ? announcer : arguments.clauseSubject(s, t, sub[t], d.target, dates);
        }
    }

    /**
     * "شن مسلحون هجوما على قافلة"، "نفذ الجيش هجوما": an attack told by its noun as the object of a verb of launching
     * or carrying it out (lexv:LaunchVerb), its subject between the two, is that subject's act. Only for acts of
     * force (CAMEO 18x, 19x) and the noun with no preposition on it: "وقع هجوم"، "أعلن عن هجوم" launch nothing.
     * A date may stand between the subject and the noun (أطلقت روسيا فجر الخميس هجوما).
     */
    private Unit launcher(int s, int t, Match m, Term trig, int[] clause, List<DateExpr> dates) {
        String code = String.valueOf(trig.property("cameoCode"));
        if (!m.prefix().isEmpty() || !(code.startsWith("18") || code.startsWith("19")) || t < 2) {
            return null;
        }
        int before = t - 1;
        for (DateExpr date : dates) {
            if (date.last() == before && cover.get(s)[before] == null && date.first() > 0) {
                before = date.first() - 1;
                // the part of the day before the weekday (فجر الخميس، صباح الأحد) is the date's too
                Match part = cueEndingAt(s, before, Cues.DAY_PART);
                if (part != null && cover.get(s)[before] == null && part.first() - base(s) > 0) {
                    before = part.first() - base(s) - 1;
                }
            }
        }
        Unit u = cover.get(s)[before];
        while (u != null && u.qualifier && u.first > 0 && cover.get(s)[u.first - 1] != null) {
            // "شن مسلحون مجهولون هجوما"، "شنت القوات الروسية هجوما": the subject the nisba qualifies
            u = cover.get(s)[u.first - 1];
        }
        if (u == null || u.last >= t || u.prepositional || u.locative || u.type == ActorType.PLACE
                || clause[u.first] != clause[t]) {
            return null;
        }
        Match verb = cueEndingAt(s, u.first - 1, Cues.LAUNCH_VERB);
        return verb != null ? u : null;
    }

    /**
     * The target readings of {@link #events} tried after the object and the one undergoing the act: a pronoun's
     * referent, a call's departure noun, the issuer of a statement passed over, the act referred to, a marker
     * pronoun, the parties, the crisis country, whoever asked or accused. Apart from the loop so that the loop stays
     * under the size the JIT compiles (HotSpot leaves a method of more than 8000 bytes of bytecode interpreted).
     */
    private void laterTargets(int s, EventDraft d, int last, Term trig, int[] clause, List<EventDraft> all,
                              boolean noTarget, boolean pronounTarget) {
        if (!noTarget && !pronounTarget && d.target == null && true_(trig, "pronounObject")) {
            // "قبل أن تفرقها الشرطة": the crowd an act on crowds takes is told as a feminine singular (الحشود)
            d.target = unrest.pronounReferent(s, last, d.match.end(), d.source, false, true_(trig, "aimedAtCrowd"));
            if (d.target == null && true_(trig, "speechAct")) {
                // "وحذرها من العواقب": one speaks to or of a body as well, when no person of the pronoun's
                // gender was named just before
                d.target = unrest.pronounReferent(s, last, d.match.end(), d.source, true);
            }
        }
        if (!noTarget && !pronounTarget && d.target == null && true_(trig, "targetFromComplement")) {
            // "والمحتجون يطالبون برحيلها": whom a call wants gone, a pronoun on its noun of departure, is its target
            int k = d.source != null && d.source.first == last + 1 ? d.source.last + 1 : last + 1;
            Match gone = cue(s, k, Cues.DEPARTURE_NOUN);
            if (gone != null && gone.prefix().endsWith("ب")) {
                d.target = unrest.pronounReferent(s, k, gone.end(), d.source, true);
            }
        }
        if (d.target != null && d.target.sentence == s && arguments.statementIssuedBy(s, d.target)) {
            // "ودعا الاتحاد في بيان أصدرته الرئاسة الدورية إلى": the statement's issuer speaks, is not spoken to;
            // whom the verb acts on may follow it ("في بيان أصدره المكتب الرئاسي الحكومة إلى")
            d.target = arguments.objectAfterIssuer(s, d.target);
        }
        if (!noTarget && !pronounTarget && d.target == null) {
            d.target = reactions.eventReferent(s, d, last + 1);
        }
        if (!noTarget && !pronounTarget && d.target == null && !true_(trig, "premisesObject")) {
            // (a pronoun on premises is the premises', premisesOfPronoun above)
            d.target = patterns.markerPronoun(s, d, last + 1, clause, unrest);
        }
        if (!noTarget && !pronounTarget && d.target == null && d.voice == Phrase.Voice.ACTIVE && true_(trig, "actorObject")) {
            // "دعا الطرفين إلى ضبط النفس" with no "A وB" before: the two sides of the article's conflict
            d.target = reactions.parties(s, d, last + 1);
        }
        if (!noTarget && !pronounTarget && d.target == null && d.voice == Phrase.Voice.ACTIVE
                && ("02".equals(ReportedSpeech.cameoFamily(trig)) || "10".equals(ReportedSpeech.cameoFamily(trig)))) {
            // "دعا الأمين العام جميع الأطراف إلى ضبط النفس"، "وطالبت المنظمة بالعودة إلى الشرعية": from outside, an
            // appeal or a demand on the article's country
            d.target = reactions.crisisCountry(s, d, last + 1);
            d.crisisDefault = d.target != null;
        }
        if (!noTarget && !pronounTarget && d.target == null && String.valueOf(trig.property("cameoCode")).startsWith("12")) {
            // "ورفضت زعيمة المعارضة الاعتراف بالنتائج": aimed at whoever announced the win
            d.target = reactions.resultsAnnouncer(s, d, last + 1, clause, all);
        }
        if (!noTarget && !pronounTarget && d.target == null && true_(trig, "reaction")
                && String.valueOf(trig.property("cameoCode")).startsWith("12")) {
            // "غير أن الحزب رفض الاقتراح": what was rejected is what someone asked for before
            boolean subjectAfter = d.source != null && d.source.sentence == s && d.source.first > last;
            d.target = reactions.askerOf(s, d, subjectAfter ? d.source.last + 1 : last + 1, all);
        }
    }

    /**
     * Whether the trigger verb at token {@code t} is in the first person of the present: أ (I) or ن (we) before the
     * stem, a form the lexicon does not list as written (the past verbs أدان، نفى open with those letters too).
     */
    private boolean firstPersonVerb(int s, int t, Match m) {
        if (m.phrase().voice() != Phrase.Voice.ACTIVE || m.phrase().tokens().length != 1 || lastOf(s, m) != t) {
            return false;
        }
        String w = CompiledLexicon.lightForm(original(tok(s, t).begin(), tok(s, t).end()));
        int p = m.prefix().length();
        if (p >= w.length()) {
            return false;
        }
        String stem = w.substring(p);
        return (stem.startsWith("ن") || stem.startsWith("أ")) && !lex.isWrittenAs(m.phrase().term(), stem);
    }

    /**
     * Whether the count before منهم at {@code u} (ثلاثة منهم، المئات منهم; not بعضهم, as often the subject: فرشق بعضهم
     * الشرطة) with no actor right after it (a subject's object) stands for an actor an act before in sentence {@code s},
     * with a doer, was aimed at.
     */
    private boolean actedOnBefore(int s, Unit u, List<EventDraft> all) {
        if (u.last == u.first || u.last + 1 < size(s) && cover.get(s)[u.last + 1] != null) {
            return false;
        }
        for (EventDraft e : all) {
            if (e.sentence == s && e.source != null && e.target != null && u.key != null && e.target.key.equals(u.key)
                    && !e.source.key.equals(u.key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قتل القائد بغارة تركية"، "قتل القائد في غارة نفذتها طائرة مسيرة روسية"، "مقتل القائد بغارة أمريكية": a casualty
     * (CAMEO 18x, 20x) told with no doer, with an attack (an act of force, 18x/19x, told by its noun) after it by ب or
     * في as the means, is the act of that attack's doer; the attack, with no target of its own, befalls whom the
     * casualty befell. The attack's doer is the state its nisba names (Reactions.nisbaAsAgent), or the actor after a
     * verb of carrying it out with its pronoun (lexv:PerformerVerb); a fight between two sides (lexv:mutual, a pair
     * marker) tells no doer. An unmarked verb with no object before its means is the passive its letters hide: the
     * actor after it is whom it befell, and an actor inside the means (the nisba of بغارة إسرائيلية) is no object.
     */
    private void casualtiesOfAttacks(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : all) {
            String casualty = String.valueOf(d.trigger.property("cameoCode"));
            // an act of violence that counts no victims (اغتيل، اختطف) is read alike when its passive is explicit:
            // "اغتيل الوزير في هجوم شنه مسلحون" is the gunmen's act as much as "قتل الوزير في هجوم شنه مسلحون"
            if (d.sentence != s || d.trigger.property("counts") == null && d.voice != Phrase.Voice.PASSIVE || d.quoted
                    || !(casualty.startsWith("18") || casualty.startsWith("20"))) {
                continue;
            }
            int verbEnd = lastOf(s, d.match);
            // "قتل القائد فلان بغارة تركية": the unmarked verb with no object, the one it befell right before its
            // means, is the passive its letters hide
            boolean subjectAfter = d.source == null || d.source.sentence == s && d.source.first > verbEnd;
            if (!subjectAfter || d.voice != Phrase.Voice.ACTIVE && (d.source != null || d.target == null)) {
                continue;
            }
            for (EventDraft e : all) {
                String code = String.valueOf(e.trigger.property("cameoCode"));
                int before = means(s, e);
                // the means comes after whom the casualty befell, or right after a passive whose counted subject
                // stands before it ("إن 13 جنديا قتلوا في اشتباكات")
                if (e == d || e.voice != Phrase.Voice.NOUN || e.trigger.property("counts") != null
                        || !(code.startsWith("18") || code.startsWith("19")) || before > verbEnd + 8
                        || before < verbEnd || before == verbEnd && d.voice != Phrase.Voice.PASSIVE
                        || clause[e.at] != clause[verbEnd]) {
                    continue;
                }
                if (before == verbEnd && (d.target == null || d.target.sentence != s || d.target.first > verbEnd)) {
                    // "إن 8 جنود قتلوا في قصف القوات الصومالية": with the means right after the passive, whom it
                    // befell is its subject before it; an actor after it is inside the means
                    break;
                }
                Unit opponent = null;
                if (true_(e.trigger, "mutual") || e.trigger.property("pairMarker") != null) {
                    // "قتل 23 جنديا في اشتباكات بين الجيش والمتمردين": in a fight between two sides either may have
                    // killed; the doer is not told. "قتل 13 جنديا في اشتباكات مع المتمردين": a fight with one side
                    // named after its target marker is that side's fight with the victims' side, and they killed them
                    opponent = e.source == null ? markedTarget(s, e) : null;
                    if (opponent == null || d.target == null || d.target == opponent) {
                        break;
                    }
                }
                // an object taken from inside the means (بغارة إسرائيلية: the nisba) is none
                boolean hidden = d.voice == Phrase.Voice.ACTIVE
                        && (d.target == null || d.target.sentence == s && d.target.first > before);
                if (d.source != null && !hidden || d.source == null && d.target == null && !hidden) {
                    break;
                }
                Unit victim = d.target;
                if (hidden) {
                    // the words between the verb and its means are the one it befell, or a number of people
                    Unit u = cover.get(s)[before];
                    victim = u != null && u.first > verbEnd && (d.source == null || d.source == u) ? u : null;
                    if (victim == null && d.source != null) {
                        break;
                    }
                }
                Unit doer = opponent != null ? opponent
                        : e.source != null ? e.source : performer(s, lastOf(s, e.match) + 1, clause);
                if (doer == null || victim != null && doer.key.equals(victim.key)) {
                    // (an actor the means and the victim both name is not their doer acting on itself)
                    break;
                }
                if (opponent != null) {
                    // the fight is told as the killers', on the victims' side, as the casualty is
                    d.source = doer;
                    e.source = doer;
                    e.target = d.target;
                    if (!out.contains(e)) {
                        out.add(out.indexOf(d) + 1, e);
                    }
                    break;
                }
                if (hidden) {
                    d.voice = Phrase.Voice.PASSIVE;
                    d.target = victim;
                    if (!out.contains(d)) {
                        out.add(d);
                    }
                }
                e.source = doer;
                d.source = doer;
                if (e.target == null) {
                    e.target = victim;
                }
                if (!out.contains(e)) {
                    out.add(out.indexOf(d) + 1, e);
                }
                break;
            }
        }
    }

    /** The prepositions a verb of bringing about takes before its result (أسفر عن، أدى إلى), as normalised. */
    private static final Set<String> RESULT_PREPOSITIONS = Set.of("عن", "الي");

    /** "ما" standing for the clause before a verb of bringing about, alone or after من or ب (مما أدى، بما أسفر). */
    private static final Set<String> RESULT_RELATIVES = Set.of("ما", "مما", "بما");

    /**
     * "أسفرت غارة أمريكية عن مقتل فلان"، "قصفت الطائرات السوق، ما أسفر عن مقتل 20 شخصا"، "أطلقوا النار على الحشد، مما
     * أدى إلى مقتل فلان": a casualty told by its noun after عن or إلى and a verb of bringing about (lexv:ResultVerb),
     * with no doer of its own, is the act of the cause: the attack (CAMEO 18x/19x) the verb's subject tells, a weapon
     * or forces noun with the nisba of its state, or, with ما (مما، بما) before the verb, the last attack told before
     * it in the sentence. The attack with no target befalls the casualty's.
     */
    private void casualtiesResulting(int s, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : all) {
            String casualty = String.valueOf(d.trigger.property("cameoCode"));
            int about = d.at - 1;
            if (d.sentence != s || d.source != null || d.voice != Phrase.Voice.NOUN || d.trigger.property("counts") == null
                    || !(casualty.startsWith("18") || casualty.startsWith("20")) || about < 1 || !RESULT_PREPOSITIONS.contains(tok(s, about).norm())) {
                continue;
            }
            int verb = -1;
            boolean joined = false;
            for (int k = about - 1; k >= 0 && k >= about - 6; k--) {
                Match m = cue(s, k, Cues.RESULT_VERB);
                if (m != null && lastOf(s, m) == k) {
                    verb = k;
                    joined = m.prefix().startsWith("و");
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            EventDraft cause = null;
            boolean before = verb > 0 && RESULT_RELATIVES.contains(tok(s, wordBefore(s, verb) < 0 ? verb : wordBefore(s, verb)).norm());
            for (EventDraft e : all) {
                String code = String.valueOf(e.trigger.property("cameoCode"));
                // a fight between two sides (lexv:mutual, a pair marker) tells no one side as the killer
                boolean attack = e != d && e.source != null && e.trigger.property("counts") == null
                        && (code.startsWith("18") || code.startsWith("19"))
                        && !true_(e.trigger, "mutual") && e.trigger.property("pairMarker") == null;
                if (attack && (before ? e.at < verb : e.at > verb && e.at < about && e.voice == Phrase.Voice.NOUN)) {
                    cause = e;
                }
            }
            if (cause == null && !before && joined) {
                // "الهجوم الذي استهدف القافلة وأسفر عن مقتل 40 عنصرا": the verb joined by و to a relative clause on
                // the attack noun shares that clause's subject, the attack
                cause = relativeAttack(s, verb, d, all);
            }
            Unit doer = cause != null ? cause.source : before ? null : nisbaOfArmedSubject(s, verb + 1);
            if (cause != null && d.target == null && cause.target != null) {
                // the killed are counted among whom the attack aimed at (a convoy of police: the police)
                d.target = cause.target;
            }
            if (doer == null) {
                continue;
            }
            d.source = doer;
            if (cause != null && cause.target == null && d.target != null) {
                cause.target = d.target;
                if (!out.contains(cause)) {
                    out.add(cause);
                }
            }
            if (!out.contains(d)) {
                out.add(d);
            }
        }
    }

    /**
     * The attack (CAMEO 18x/19x, no count, no fight between two sides) a relative clause follows within three words,
     * by its pronoun after the attack's noun (الهجوم الانتحاري الذي) or by a verb of aiming with no prefix (شنوا هجوما
     * استهدف), before the verb at {@code verb}: the last such before it; null when there is none.
     */
    private EventDraft relativeAttack(int s, int verb, EventDraft casualty, List<EventDraft> all) {
        EventDraft found = null;
        for (EventDraft e : all) {
            String code = String.valueOf(e.trigger.property("cameoCode"));
            if (e == casualty || e.sentence != s || e.at >= verb
                    || e.trigger.property("counts") != null || !(code.startsWith("18") || code.startsWith("19"))
                    || true_(e.trigger, "mutual") || e.trigger.property("pairMarker") != null) {
                continue;
            }
            int end = lastOf(s, e.match);
            for (int k = end + 1; k <= end + 3 && k < verb; k++) {
                // a definite noun's relative clause opens with its pronoun (الهجوم الذي استهدف), an indefinite one's
                // with its verb alone (هجوما استهدف)
                Match aim = cue(s, k, Cues.AIMING_VERB);
                boolean relative = e.voice == Phrase.Voice.NOUN && cue(s, k, Cues.RELATIVE_PRONOUN) != null;
                if (relative || aim != null && aim.prefix().isEmpty()) {
                    found = e;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The state named by the nisba of a weapon or forces noun at {@code k} (a lexv:ArmedActorNoun or
     * lexv:ForcesNoun, with no actor of its own there), right after it or after one word describing it (طائرة مسيرة
     * إسرائيلية، مقاتلات حربية تركية); null otherwise.
     */
    private Unit nisbaOfArmedSubject(int s, int k) {
        if (k >= size(s) || cover.get(s)[k] != null) {
            return null;
        }
        Match arm = cue(s, k, Cues.ARMED_ACTOR_NOUN) != null ? cue(s, k, Cues.ARMED_ACTOR_NOUN) : cue(s, k, Cues.FORCES_NOUN);
        if (arm == null) {
            return null;
        }
        int j = lastOf(s, arm) + 1;
        if (j + 1 < size(s) && cover.get(s)[j] == null && tok(s, j).isWord() && cue(s, j, Cues.PREPOSITION) == null) {
            j++;
        }
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        Match m = u == null ? null : at(s, j);
        boolean nisba = m != null && (isKind(m, Phrase.Kind.DEMONYM)
                || isKind(m, Phrase.Kind.ACTOR) && m.phrase().actor() != null && lex.isAlsoDemonym(m));
        return nisba && u.first == j && u.type == ActorType.COUNTRY && m.prefix().isEmpty() ? u : null;
    }

    /**
     * "وكانت طائرات أميركية قد قصفت"، "مقاتلات حربية تركية قد أغارت": a weapon or forces noun with its state's nisba
     * (as {@link #nisbaOfArmedSubject}) ending right before قد before the verb at {@code t} is its subject put first;
     * the state, else null. Only with قد: a noun right before a verb with nothing between may be another clause's.
     */
    private Unit nisbaOfArmedSubjectBefore(int s, int t) {
        int qad = t - 1;
        if (qad < 2 || !(tok(s, qad).norm().equals("قد") || tok(s, qad).norm().equals("لقد"))) {
            return null;
        }
        for (int k = qad - 2; k >= Math.max(0, qad - 4); k--) {
            Unit u = nisbaOfArmedSubject(s, k);
            if (u != null && u.last == qad - 1) {
                return u;
            }
        }
        return null;
    }

    /**
     * Where the verbal noun of {@code e} stands as a means (with ب on it, or after في): the token before the means,
     * or -1 when it is none.
     */
    private int means(int s, EventDraft e) {
        if (e.match.prefix().endsWith("ب")) {
            return e.at - 1;
        }
        return e.match.prefix().isEmpty() && e.at > 1 && MEANS_PREPOSITIONS.contains(tok(s, e.at - 1).norm())
                ? e.at - 2 : -1;
    }

    /** The prepositions before an attack's noun that tell it as what a casualty happened in (في هجوم، خلال معارك). */
    private static final Set<String> MEANS_PREPOSITIONS = Set.of("في", "خلال");

    /** The target of the noun trigger {@code e} when it stands right after one of the trigger's target markers (مع X). */
    private Unit markedTarget(int s, EventDraft e) {
        if (e.target == null || e.target.sentence != s || e.target.first < 1) {
            return null;
        }
        Token marker = tok(s, e.target.first - 1);
        return lex.normalizedValues(e.trigger, "targetMarker").contains(marker.norm()) ? e.target : null;
    }

    /** "غارة نفذتها طائرة مسيرة روسية": the actor after a verb of carrying out at {@code k} (within three words). */
    private Unit performer(int s, int k, int[] clause) {
        Match verb = k < size(s) ? cue(s, k, Cues.PERFORMER_VERB) : null;
        if (verb == null) {
            return null;
        }
        Unit weapon = nisbaOfArmedSubject(s, lastOf(s, verb) + 1);
        return weapon != null ? weapon : arguments.bareUnitAfter(s, lastOf(s, verb) + 1, clause, 3, null, true);
    }

    /**
     * "واشنطن تعلق مساعداتها ومنظمة الدول الأميركية تجتمع في جلسة طارئة": an actor joined by و after an act and followed
     * right away by a verb of its own opens the next clause as that verb's subject; it is no target of the act
     * before it.
     */
    private void subjectsOfNextClause(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            Unit u = d.target;
            if (u == null || u.sentence != s || u.first <= d.at || !opensWithWaw(s, u)) {
                continue;
            }
            for (EventDraft e : all) {
                if (e != d && e.voice == Phrase.Voice.ACTIVE && e.source == u && e.at == u.last + 1) {
                    d.target = null;
                    break;
                }
            }
        }
    }

    /** Whether unit {@code u} carries the conjunction و on its first word (a listed name's prefix, or before it). */
    private boolean opensWithWaw(int s, Unit u) {
        Match m = at(s, u.first);
        Token w = tok(s, u.first);
        return m != null ? m.prefix().startsWith("و") : w.norm().startsWith("و") && u.begin > w.begin();
    }

    /**
     * "هجوم انتحاري استهدف قافلة للشرطة"، "التفجير الذي استهدف مقر الحزب": an act of force told by its noun (18x,
     * 19x) with no target, a verb of aiming (lexv:AimingVerb) right after it or its relative pronoun, is aimed at that
     * verb's object: the actor right
     * after the verb, or the owner of the premises standing there. The verb is the noun's own, no act of another.
     */
    private void aimedActNouns(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : all) {
            String code = String.valueOf(d.trigger.property("cameoCode"));
            int k = lastOf(s, d.match) + 1;
            if (d.sentence != s || d.voice != Phrase.Voice.NOUN || d.target != null || k + 1 >= size(s)
                    || !(code.startsWith("18") || code.startsWith("19"))) {
                continue;
            }
            Match rel = cue(s, k, Cues.RELATIVE_PRONOUN);
            // "التفجير الذي استهدف": the definite noun's relative clause
            k = rel != null && lastOf(s, rel) + 1 < size(s) ? lastOf(s, rel) + 1 : k;
            Match aim = cue(s, k, Cues.AIMING_VERB);
            if (aim == null || !aim.prefix().isEmpty() || clause[k] != clause[d.at] || k + 1 >= size(s)) {
                continue;
            }
            int j = lastOf(s, aim) + 1;
            Unit u = cover.get(s)[j];
            Unit target = u != null && u.first == j && !u.prepositional && !u.locative && u.type != ActorType.PLACE ? u : null;
            if (target == null && cue(s, j, Cues.PREMISES_NOUN) != null) {
                target = unrest.premisesOwner(s, d, j, clause);
            }
            if (target != null && (d.source == null || !target.key.equals(d.source.key))) {
                d.target = target;
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
    }

    /**
     * "توعد الرئيس المجرمين الذين قتلوا الناشط فلانا": an actor that the verb of a relative clause after an act's
     * object takes as its own object belongs to that clause; the act before it (a vow against the killers) is not
     * aimed at him. The act keeps no target (its object, no actor, stands before the relative pronoun).
     */
    private void relativeClauseObjects(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.target == null || d.target.sentence != s || d.voice == Phrase.Voice.NOUN) {
                continue;
            }
            int from = lastOf(s, d.match) + 1;
            for (EventDraft inner : all) {
                int rel = wordBefore(s, inner.at);
                if (inner != d && inner.target == d.target && rel > from && inner.at < d.target.first
                        && cue(s, rel, Cues.RELATIVE_PRONOUN) != null && cover.get(s)[rel - 1] == null
                        && (d.source == null || d.source.last < rel)) {
                    d.target = null;
                    break;
                }
            }
        }
    }

    /**
     * The key of the state an actor is or belongs to: a country itself, a place's or a body's country (org/KE/...),
     * or null when the actor says none (a person, a group).
     */
    private static String stateOf(Unit u) {
        if (u.type == ActorType.COUNTRY) {
            return u.key;
        }
        if (u.countryKey != null) {
            return u.countryKey;
        }
        String[] parts = u.key.split("/");
        return parts.length > 2 && "org".equals(parts[0]) && parts[1].matches("[A-Z]{2}") ? "country/" + parts[1] : null;
    }

    /**
     * Whether {@code target} is the state whose body {@code source} is: "أعلنت وزارة الخارجية المصرية قطع العلاقات
     * وإغلاق الأجواء المصرية" took the nisba of what is closed for whom relations are cut; a state's ministry, army or
     * government (a body keyed under the state, org/EG/...) acts for its state, never on it. A movement of the country
     * (طالبان، org/taliban) may take the country.
     */
    private static boolean ownState(Unit source, Unit target) {
        return target.type == ActorType.COUNTRY && target.key.startsWith("country/")
                && source.key.startsWith("org/" + target.key.substring("country/".length()) + "/");
    }

    /**
     * The one person drafted as kin of {@code u} (named after a kinship noun with a pronoun, or the person whose kin
     * {@code u} was so named); null when there is none or more than one.
     */
    private Unit kinOf(Unit u) {
        Unit found = null;
        for (KinDraft k : kinDrafts) {
            Unit other = k.person().key != null && k.person().key.equals(u.key) ? k.of()
                    : k.of().key != null && k.of().key.equals(u.key) ? k.person() : null;
            if (other != null && found != null && !found.key.equals(other.key)) {
                return null;
            }
            found = other != null ? other : found;
        }
        return found;
    }

    /**
     * "إضراب عام نفذته النقابات يوم الأربعاء، بدعوة من مجلس النقباء": the actor right after an at-the-call-of marker
     * (lexv:CalledByMarker) within eight tokens from {@code k} in its clause (a comma may stand before the marker), with
     * no other act between; null when none, or a place.
     */
    private Unit caller(int s, int k, int[] clause) {
        for (int j = k; j < size(s) && j <= k + 8 && clause[j] == clause[k - 1]; j++) {
            Match marker = cue(s, j, Cues.CALLED_BY_MARKER);
            if (marker != null) {
                int after = lastOf(s, marker) + 1;
                Unit u = after < size(s) ? cover.get(s)[after] : null;
                return u == null || u.first != after || u.type == ActorType.PLACE ? null : u;
            }
            if (isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "اعتصامات ليلية شارك فيها آلاف المواطنين"، "احتجاجات شارك فيها أنصار المعارضة": the actor right after a verb of
     * taking part (lexv:ParticipationVerb) that follows a crowd's act noun ending before {@code k}, with at most three
     * words between that are no actor, act or punctuation (its adjectives); null when none, or a place.
     */
    private Unit participants(int s, int k) {
        for (int j = k; j < size(s) && j <= k + 3; j++) {
            Match join = cue(s, j, Cues.PARTICIPATION_VERB);
            if (join != null) {
                int after = lastOf(s, join) + 1;
                Unit u = after < size(s) ? cover.get(s)[after] : null;
                return u == null || u.first != after || u.type == ActorType.PLACE ? null : u;
            }
            if (!tok(s, j).isWord() || cover.get(s)[j] != null || isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "تظاهرة للمعارضة"، "اعتصام للعمال أمام البرلمان": a crowd's act (lexv:crowdOf) told by its verbal noun with no
     * genitive is done by the actor right after it with ل, which owns the act as the genitive would; a place after ل
     * (مسيرة للعاصمة) is where it goes. Null when no such actor follows.
     */
    private Unit crowdAfterLam(int s, int k, Term trig) {
        if (trig.property("crowdOf") == null || k >= size(s)) {
            return null;
        }
        Unit u = cover.get(s)[k];
        Match m = at(s, k);
        if (u == null || u.first != k || m == null || !m.prefix().equals("ل") || u.locative
                || u.type == ActorType.PLACE || u.type == ActorType.COUNTRY) {
            return null;
        }
        return u;
    }

    /**
     * "ودعا أنصاره إلى"، "ودعا خلالها الرئيس فلان أنصاره إلى": the followers a call turns to, named by a pronoun
     * ({@link Unit#followed}), are its object, and whom the pronoun stands for in the sentence is who calls them
     * when the clause names no caller of its own there (none, one of another sentence, or a crowd read past the
     * aside): a leader calls his own supporters.
     */
    private static void callerOfFollowers(int s, EventDraft d) {
        if (d.target == null && d.source != null && d.source.followed != null && d.source.addressed) {
            d.target = d.source;
            d.source = null;
        }
        Unit leader = d.target == null || d.target.sentence != s ? null : d.target.followed;
        if (leader != null && leader.sentence == s
                && (d.source == null || d.source.sentence != s || d.source.type == ActorType.GROUP)) {
            d.source = leader;
        }
    }
}

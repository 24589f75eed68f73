package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * Events of unrest and repression: owners of buildings, pronoun objects, relative-clause agents, objects and
 * their gender and number. Used by {@link EventFinder}.
 */
final class Unrest extends Stage {

    private final Arguments arguments;

    Unrest(Stage shared, Arguments arguments) {
        super(shared);
        this.arguments = arguments;
    }

    // ---- events of unrest and repression: owners of buildings, pronoun objects, relative-clause agents

    /**
     * "اقتحم المحتجون المقر الرسمي للرئيس"، "أضرموا النار في منزل رئيس الوزراء"، "اقتحموا مقر البرلمان"،
     * "اقتحام مقره": for a trigger acting on places (lexv:premisesObject), a building or home (lexv:PremisesNoun)
     * standing as its object, right after the trigger (and its subject) or after one of its target markers, stands
     * for its owner: the actor after it in the genitive or after ل (the adjectives of the building between:
     * الرسمي، الخاص), a title resolving to its holder; or, for a pronoun on the noun, the actor it refers to.
     * Null when no building is the object or its owner is no actor (منزل في القرية).
     */
    Unit premisesOwner(int s, EventDraft d, int from, int[] clause) {
        // the subject after the verb, a partitive before it (هاجمت مجموعة من المسلحين ثكنة الجيش), stands before the object
        int k = d.source != null && d.source.first >= from && d.source.first <= from + 3 ? d.source.last + 1 : from;
        if (d.source != null && k == d.source.last + 1) {
            k = pastPartitive(s, k, clause);
        }
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        for (int words = 0; k < size(s) && clause[k] == clause[from - 1] && words < 3; k++) {
            Token t = tok(s, k);
            Unit c = cover.get(s)[k];
            if (c != null && c.first == k && (c.locative || c.type == ActorType.PLACE)) {
                // "اقتحم آلاف المحتجين في سريلانكا، أمس السبت، المقر الرسمي": where, then when, then the object
                k = c.last;
                continue;
            }
            if (COMMAS.contains(t.norm()) || cue(s, k, Cues.WEEKDAY) != null || cue(s, k, Cues.DATE_WORD) != null) {
                continue;
            }
            if (t.isPunct() || (c != null && cue(s, k, Cues.PREMISES_NOUN) == null)) {
                return null;
            }
            Match p = cue(s, k, Cues.PREMISES_NOUN);
            if (p != null && (p.prefix().isEmpty() || markers.stream().anyMatch(mk -> p.prefix().endsWith(mk)))) {
                return ownerAfter(s, p, d.source);
            }
            Unit whole = partOf(s, k, d.source);
            if (whole != null) {
                return whole;
            }
            if (!markers.contains(t.norm())) {
                words++;
            }
        }
        return null;
    }

    /**
     * "هاجم المسلحون سجن فلان"، "اقتحمت الحشود قصر فلان"، "قصفت الطائرات مدينة كذا وقاعدة فلان الجوية": for a trigger
     * acting on places (lexv:premisesObject) or on sites (lexv:facilityObject), a building or ground named by its
     * noun ({@link Unit#facility}) standing as its object is its target itself: the building, which no owner named
     * after it stands for. As object it stands right after the trigger (and its subject), after one of the
     * trigger's target markers, or after و following a place the act was done to as well; after another
     * preposition it is where the act happened (اقتحموا المنازل في مخيم فلان). Null when no such building is the
     * object.
     */
    Unit facilityObject(int s, EventDraft d, int from, int[] clause) {
        int k = d.source != null && d.source.first >= from && d.source.first <= from + 3 ? d.source.last + 1 : from;
        k = pastPartitive(s, k, clause);
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        boolean placeBefore = false;
        for (int words = 0; k < size(s) && clause[k] == clause[from - 1] && words < 3; k++) {
            Token t = tok(s, k);
            Unit c = cover.get(s)[k];
            if (c != null && c.first == k && c.facility) {
                Match noun = cue(s, k, Cues.FACILITY_NOUN);
                String prefix = noun == null ? "" : noun.prefix();
                int b = wordBefore(s, k);
                boolean afterMarker = b >= from && markers.contains(tok(s, b).norm())
                        || !prefix.isEmpty() && markers.stream().anyMatch(prefix::endsWith);
                boolean bare = prefix.isEmpty() && (b < 0 || cueEndingAt(s, b, Cues.PREPOSITION) == null);
                return afterMarker || bare || placeBefore && prefix.equals("و") ? c : null;
            }
            if (c != null && c.first == k && c.type == ActorType.PLACE && !c.prepositional) {
                // "قصفت مدينة غوري وقاعدة فلان": a town the act was done to, a building after it by و as well
                placeBefore = true;
                k = c.last;
                continue;
            }
            if (COMMAS.contains(t.norm()) || cue(s, k, Cues.WEEKDAY) != null || cue(s, k, Cues.DATE_WORD) != null) {
                continue;
            }
            if (t.isPunct() || c != null) {
                return null;
            }
            if (!markers.contains(t.norm())) {
                words++;
            }
        }
        return null;
    }

    /**
     * "اقتحمت حشود من الطلاب قصر فلان"، "اقتحم مئات المحتجين من أنصار زعيم التيار فلان مبنى السفارة": who the subject
     * after the verb is made of, من and up to six words, stands between it and the object; the word {@code k} at
     * من is moved to the building (lexv:PremisesNoun, or a building or ground named by its noun) that follows in the
     * same clause with no preposition on it. {@code k} itself when no such من and building stand there.
     */
    private int pastPartitive(int s, int k, int[] clause) {
        if (k + 1 >= size(s) || !tok(s, k).norm().equals("من")) {
            return k;
        }
        for (int j = k + 1; j < size(s) && j <= k + 7 && clause[j] == clause[k] && !tok(s, j).isPunct(); j++) {
            Unit c = cover.get(s)[j];
            Match p = cue(s, j, Cues.PREMISES_NOUN);
            if (c != null && c.first == j && c.facility || c == null && p != null && p.prefix().isEmpty()) {
                Match noun = cue(s, j, Cues.FACILITY_NOUN);
                return noun != null && !noun.prefix().isEmpty() ? k : j;
            }
        }
        return k;
    }

    /**
     * "أضرموا النار في جزء منه"، "في أجزاء من البرلمان": the whole a part is named of, an actor after من or the one
     * a pronoun on من refers to; null when no part word stands at {@code k}.
     */
    private Unit partOf(int s, int k, Unit not) {
        if (cue(s, k, Cues.PART_NOUN) == null || k + 1 >= size(s)) {
            return null;
        }
        Token of = tok(s, k + 1);
        String w = CompiledLexicon.lightForm(original(of.begin(), of.end()));
        if (w.startsWith("من") && w.length() > 2) {
            return pronounReferent(s, k + 1, of.begin() + 2, not, true);
        }
        if (!w.equals("من") || k + 2 >= size(s)) {
            return null;
        }
        Match building = cue(s, k + 2, Cues.PREMISES_NOUN);
        if (building != null && building.prefix().isEmpty()) {
            // "في أجزاء من مقر البرلمان": part of a building, and so of its owner
            return ownerAfter(s, building, not);
        }
        Unit u = cover.get(s)[k + 2];
        return u == null || u.first != k + 2 || u.type == ActorType.PLACE ? null : u;
    }

    /** The owner of the building named by {@code p}: the actor right after it and its adjectives, or its pronoun's. */
    private Unit ownerAfter(int s, Match p, Unit not) {
        int k = lastOf(s, p);
        Token noun = tok(s, k);
        if (p.end() < noun.end()) {
            return pronounReferent(s, k, p.end(), not, true);
        }
        boolean definite = hasArticle(tok(s, p.first() - base(s)).norm().substring(p.prefix().length()));
        int j = k + 1;
        for (int adjectives = 0; definite && j < size(s) && adjectives < 2 && cover.get(s)[j] == null
                && tok(s, j).isWord() && tok(s, j).norm().startsWith("ال"); adjectives++) {
            // "المقر الرسمي للرئيس": adjectives agree with a definite building; its owner follows with ل
            j++;
        }
        Match inner = j < size(s) && cover.get(s)[j] == null ? innerSeat(s, j) : null;
        if (inner != null && (definite ? inner.prefix().endsWith("ل") : inner.prefix().isEmpty())) {
            // "مقر قيادة القوات المسلحة"، "ثكنة القيادة العامة للجيش"، "مبنى مقر الحزب": a building or command of a
            // body inside the building named first; the owner is that body
            return ownerAfter(s, inner, not);
        }
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        if (u == null || u.first != j || u.type == ActorType.PLACE || u.locative || u == not
                || (not != null && u.key.equals(not.key))) {
            return null;
        }
        Match m = at(s, j);
        String prefix = m == null ? "" : m.prefix();
        // a definite building takes its owner with ل (المقر الرسمي للرئيس), an indefinite one in the genitive
        boolean genitive = prefix.isEmpty() && !definite;
        boolean lam = prefix.endsWith("ل") || tok(s, j).norm().startsWith("لل");
        return genitive || lam ? u : null;
    }

    /** A building (lexv:PremisesNoun) or the command of a body (lexv:CommandNoun) starting at word {@code k}, or null. */
    private Match innerSeat(int s, int k) {
        Match m = cue(s, k, Cues.COMMAND_NOUN);
        return m != null ? m : cue(s, k, Cues.PREMISES_NOUN);
    }

    /**
     * The actor an object pronoun on word {@code k}, whose stem ends at code point {@code stemEnd}, refers to (توقيفها، اعتقاله، اعتقلته، مقره):
     * the last one before it, in this sentence or the one before, of the pronoun's gender and number: ها a
     * person with a feminine title or name, ه a person without; هم a group; هما the two of the nearest "A وB"
     * (a mention of A with B as its partner), never a group. With {@code organizations}, a body
     * of the pronoun's gender (its words feminine or not) counts too (اقتحام مقرها: the government's). Null for
     * any other ending, or when no actor fits.
     */
    Unit pronounReferent(int s, int k, int stemEnd, Unit not, boolean organizations) {
        return pronounReferent(s, k, stemEnd, not, organizations, false);
    }

    /**
     * As {@link #pronounReferent(int, int, int, Unit, boolean)}; for an act on crowds ({@code crowd}) the feminine
     * singular is a group too, as Arabic tells many of a kind (الحشود، الجموع: فرقتها الشرطة).
     */
    Unit pronounReferent(int s, int k, int stemEnd, Unit not, boolean organizations, boolean crowd) {
        Token t = tok(s, k);
        if (stemEnd >= t.end()) {
            return null;
        }
        String suffix = CompiledLexicon.lightForm(original(stemEnd, t.end()));
        boolean plural = suffix.equals("هم") || suffix.equals("هن") || suffix.equals("هما")
                || crowd && suffix.equals("ها");
        if (!plural && !suffix.equals("ه") && !suffix.equals("ها")) {
            return null;
        }
        boolean fem = suffix.equals("ها");
        if (suffix.equals("هما")) {
            // two, never a group of many
            return pairBefore(s, k, not);
        }
        for (int z = s; z >= 0 && z >= s - 1; z--) {
            if (boilerplate[z]) {
                continue;
            }
            List<Unit> us = units.get(z);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if ((z == s && u.first >= k) || u == not || (not != null && u.key.equals(not.key)) || u.qualifier) {
                    continue;
                }
                boolean fits;
                if (plural) {
                    fits = u.type == ActorType.GROUP;
                } else if (u.isPerson()) {
                    fits = feminineEvidence(u) == fem;
                } else {
                    fits = organizations && (u.type == ActorType.ORGANIZATION || u.type == ActorType.GROUP)
                            && feminine(u) == fem;
                }
                if (fits) {
                    Unit living = u.isPerson() && !plural && deceased(z, u) ? earlierPerson(us, i, fem, not) : null;
                    return living != null ? living : u;
                }
            }
        }
        return null;
    }

    /**
     * Whether the sentence calls the person of {@code u} dead (العاهل الأردني الراحل الملك فلان، الرئيس فلان الراحل):
     * a deceased marker among its words or right before or after them.
     */
    private boolean deceased(int s, Unit u) {
        for (int k = Math.max(0, u.first - 1); k <= u.last + 1 && k < size(s); k++) {
            if (cue(s, k, Cues.DECEASED_MARKER) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "والأمير فلان هو ابن العاهل الراحل الملك علان ...، قبل أن يعفيه الملك": of the people of the pronoun's gender,
     * the one named before the dead man in the same sentence (the sentence's topic, of whom it goes on) is whom a
     * later pronoun stands for; null when there is none (then the dead man: an act told of him in his lifetime).
     */
    private Unit earlierPerson(List<Unit> us, int before, boolean fem, Unit not) {
        for (int i = before - 1; i >= 0; i--) {
            Unit u = us.get(i);
            if (u.isPerson() && !u.qualifier && u != not && (not == null || !u.key.equals(not.key))
                    && feminineEvidence(u) == fem && !deceased(u.sentence, u)) {
                return u;
            }
        }
        return null;
    }

    /**
     * "ودعا فلان وفلانة أنصارهما ... فيما اتهمهما الرئيس": the two actors a dual pronoun on word {@code k} stands
     * for, the nearest "A وB" before it in its sentence or the one before (two actors of one type side by side, no
     * place, the second opening with و, neither {@code not}): a mention of A at the pronoun with B as its
     * {@link Unit#partner}, so that the act is told of each; null when there is none.
     */
    private Unit pairBefore(int s, int k, Unit not) {
        for (int z = s; z >= 0 && z >= s - 1; z--) {
            if (boilerplate[z]) {
                continue;
            }
            List<Unit> us = units.get(z);
            for (int i = us.size() - 1; i > 0; i--) {
                Unit b = us.get(i);
                Unit a = us.get(i - 1);
                if (z == s && b.first >= k || !pairable(a, not) || !pairable(b, not) || a.type != b.type
                        || a.key.equals(b.key) || b.first != a.last + 1 || !tok(z, b.first).norm().startsWith("و")) {
                    continue;
                }
                Token t = tok(s, k);
                Unit both = new Unit(s, k, k, t.begin(), t.end());
                both.sameActorAs(a);
                both.partner = b;
                return both;
            }
        }
        return null;
    }

    /** Whether a unit can be one of a pair a dual pronoun takes up: a resolved actor, no place, nisba or pair. */
    private static boolean pairable(Unit u, Unit not) {
        return u.resolved() && u.partner == null && !u.qualifier && !u.locative && !u.prepositional
                && u.type != ActorType.PLACE && (not == null || !u.key.equals(not.key));
    }

    /**
     * Whether a person is named as a woman: the title or word before the name, or the given name, is feminine
     * in ة (الرئيسة، الشابة، الناشطة فلانة، فاطمة).
     */
    boolean feminineEvidence(Unit u) {
        int s = u.sentence;
        for (int k : new int[] {u.first - 1, u.first}) {
            if (k < 0 || k > u.last || (k < u.first && cover.get(s)[k] != null)) {
                continue;
            }
            Token t = tok(s, k);
            if (t.isWord() && CompiledLexicon.lightForm(original(t.begin(), t.end())).endsWith("ة")) {
                return true;
            }
        }
        if (u.office != null && u.first < u.last) {
            // "الأمير حمزة"، "الشيخ أسامة": a title without ة before the name is a man's, whatever the name ends in
            return false;
        }
        String name = original(u.begin, u.end).strip().split("\\s+")[0];
        return name.endsWith("ة");
    }

    /**
     * "قوات الأمن التي أطلقت الرصاص": the subject of a verb opening a relative clause is the actor the relative
     * pronoun follows (a comma may stand between).
     */
    Unit relativeAntecedent(int s, int t) {
        int k = wordBefore(s, t);
        if (k < 1 || cue(s, k, Cues.RELATIVE_PRONOUN) == null) {
            return null;
        }
        int j = k - 1;
        if (COMMAS.contains(tok(s, j).norm())) {
            j--;
        }
        Unit u = antecedentEndingAt(s, j, k);
        if (u == null) {
            return null;
        }
        if (u.qualifier && u.first > 0 && cover.get(s)[u.first - 1] != null) {
            // "الشرطة الإيرانية التي": the group the nisba qualifies
            u = cover.get(s)[u.first - 1];
        }
        // a preposition on the antecedent governs it in the main clause only (ندد بقوات الأمن التي أطلقت)
        return u.type == ActorType.PLACE || (u.locative && u.type == ActorType.COUNTRY) ? null : u;
    }

    /**
     * Whether the verb matched by {@code m} at {@code t} opens a relative clause (a relative pronoun right before it)
     * and carries an object pronoun (اعتقلته، أقاله، قتلتهم): the letters after the matched stem are ه، ها، هم، هما
     * or هن, with or without the feminine ت of the verb before them.
     */
    boolean relativeObjectVerb(int s, int t, Match m) {
        int k = wordBefore(s, t);
        return k >= 0 && cue(s, k, Cues.RELATIVE_PRONOUN) != null && (objectPronounOn(s, m) || verbReadAsNoun(s, t, m));
    }

    /**
     * Whether a verbal noun in ة matched at {@code t} right after a relative pronoun is written with ه: the letters
     * of a hollow verb and its object pronoun fold onto the noun (أقاله is إقالة once hamza and ة are folded). No
     * verbal noun follows الذي/التي right away, so there it is the verb.
     */
    boolean verbReadAsNoun(int s, int t, Match m) {
        if (m.phrase().voice() != Phrase.Voice.NOUN || m.first() != m.last() || !m.prefix().isEmpty()) {
            return false;
        }
        int k = wordBefore(s, t);
        String written = original(tok(s, t).begin(), tok(s, t).end());
        return k >= 0 && cue(s, k, Cues.RELATIVE_PRONOUN) != null && written.endsWith("ه");
    }

    /** Whether the verb matched carries an object pronoun (اعتقلته، تتهمها، اتهمهم). */
    boolean objectPronounOn(int s, Match m) {
        Token v = tok(s, lastOf(s, m));
        String suffix = m.end() < v.end() ? CompiledLexicon.lightForm(original(m.end(), v.end())) : "";
        if (suffix.startsWith("ت")) {
            suffix = suffix.substring(1);
        }
        return OBJECT_PRONOUNS.contains(suffix);
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما", "هن");

    /**
     * Whether a verb with و on it and an object pronoun after it (واعتقلته) follows right after {@code before}:
     * that actor closes the clause before and is not the verb's subject, which it shares with that clause.
     */
    boolean objectPronounAfterConjunction(int s, int t, Match m, Unit before) {
        if (!m.prefix().startsWith("و") || before.last != t - 1) {
            return false;
        }
        Token v = tok(s, lastOf(s, m));
        String suffix = m.end() < v.end() ? CompiledLexicon.lightForm(original(m.end(), v.end())) : "";
        return suffix.equals("ه") || suffix.equals("ها") || suffix.equals("هم");
    }

    /**
     * "رشق المحتجون الشرطة بالحجارة، فردت الشرطة بالغاز المسيل للدموع": for an act of force that answers an attack
     * (lexv:answersAttack) with no target of its own, the doer of the last act before it in its sentence that was
     * aimed at its own doer; null when none was.
     */
    Unit attackerOf(EventDraft d, List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e != d && e.sentence == d.sentence && e.at < d.at && e.source != null && e.target != null
                    && e.target.key.equals(d.source.key) && !e.source.key.equals(d.source.key)) {
                return e.source;
            }
        }
        return null;
    }

    /**
     * "اعتقلت الشرطة 330 شخصا"، "واعتقلت أكثر من 300 آخرين": for an act on a crowd (lexv:crowdTarget) with no target
     * of its own, the people a number after it (and after its subject) counts, when their noun gives the groups they
     * may be (lexv:crowdOf of a lexv:CountedNoun or lexv:OthersNoun), are the first of those the article names, when
     * the sentence tells the unrest too (a lexv:UnrestNoun: خلال الأحداث، بعد ليلة من أعمال الشغب; or a verb of
     * rioting or protest): the people the police arrest in the riots are its rioters; else null.
     */
    Unit countedCrowd(int s, int k, int[] clause) {
        if (!tellsUnrest(s)) {
            return null;
        }
        Unit subject = k < size(s) ? cover.get(s)[k] : null;
        if (subject != null && subject.first == k) {
            k = subject.last + 1;
        }
        int from = k;
        while (k < size(s) && (arguments.counted(s, k) || cue(s, k, Cues.APPROXIMATE_MARKER) != null)) {
            Match w = cue(s, k, Cues.APPROXIMATE_MARKER);
            w = w != null ? w : cue(s, k, Cues.NUMBER_WORD);
            k = w != null ? lastOf(s, w) + 1 : k + 1;
        }
        if (k == from || k >= size(s) || clause[k] != clause[from] || cover.get(s)[k] != null) {
            return null;
        }
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        noun = noun != null && noun.phrase().term().property("crowdOf") != null ? noun : cue(s, k, Cues.OTHERS_NOUN);
        return noun == null ? null : namedInArticle(noun.phrase().term().property("crowdOf"), null);
    }

    /**
     * "أعلنت الوزارة أن 639 شخصا اعتقلوا خلال الاضطرابات": the people a number right before the verb at {@code t}
     * counts (its noun between them and the verb, as {@link #countedCrowd} reads them after it), when the sentence
     * tells the unrest; else null. The count before a plural verb of an act on a crowd is those it befell: the verb
     * is a passive its letters hide, no crowd arrests anyone.
     */
    Unit countedCrowdBefore(int s, int t, int[] clause) {
        int k = t - 1;
        if (k < 1 || !tellsUnrest(s) || clause[k] != clause[t] || cover.get(s)[k] != null) {
            return null;
        }
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        if (noun == null || lastOf(s, noun) != k || noun.phrase().term().property("crowdOf") == null) {
            return null;
        }
        int j = noun.first() - base(s) - 1;
        if (j < 0 || !arguments.counted(s, j)) {
            return null;
        }
        return namedInArticle(noun.phrase().term().property("crowdOf"), null);
    }

    /** Whether the sentence names unrest (lexv:UnrestNoun) or tells rioting or protest (CAMEO 14) by a verb. */
    private boolean tellsUnrest(int s) {
        for (int i = 0; i < size(s); i++) {
            if (cue(s, i, Cues.UNREST_NOUN) != null) {
                return true;
            }
            for (Match m : triggersAt(s, i)) {
                Term term = m.phrase().term();
                String code = term.property("cameoCode");
                boolean crowdAct = true_(term, "mobAct") || term.property("crowdOf") != null
                        || code != null && code.startsWith("14");
                if (crowdAct && m.phrase().voice() != Phrase.Voice.NOUN) {
                    // a verb: the act's noun may only name what the people arrested are suspected of (اعتقلت
                    // الشرطة ثلاثة أشخاص للاشتباه في تورطهم في إحراق المنزل)
                    return true;
                }
                if (term.property("crowdOf") != null) {
                    // "اعتقل 200 شخص خلال الاحتجاجات": a protest's noun names the crowd's act itself, and those
                    // held in it or for it are of the crowd
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "قتلوا برصاص الشرطة"، "اعتقل على يد"، "قتل خمسة متظاهرين برصاص الشرطة": a verb whose agent marker follows
     * it right away, or a marker of the agent of passives only (lexv:passiveOnly) after the actor or the number
     * and noun of those it befell, is a passive its letters do not show. A time told between (التي قتلت مساء أمس
     * الخميس برصاص مسلح) is passed over.
     */
    boolean agentFollowsVerb(int s, int k) {
        for (int words = 0; words < 4 && k < size(s); words++) {
            Match time = cue(s, k, Cues.DATE_WORD);
            time = time == null ? cue(s, k, Cues.DAY_PART) : time;
            time = time == null ? cue(s, k, Cues.WEEKDAY) : time;
            if (time == null) {
                break;
            }
            k = lastOf(s, time) + 1;
        }
        if (k >= size(s)) {
            return false;
        }
        if (cue(s, k, Cues.AGENT_MARKER) != null) {
            return true;
        }
        if (arguments.counted(s, k)) {
            int j = k;
            while (j < k + 3 && (arguments.counted(s, j) || cue(s, j, Cues.APPROXIMATE_MARKER) != null)) {
                j++;
            }
            Unit u = j < size(s) ? cover.get(s)[j] : null;
            // "قتل العشرات على أيدي قوات الأمن": the number alone, no noun of who they were, then the agent
            k = u != null && u.first == j ? u.last + 1 : cue(s, j, Cues.AGENT_MARKER) != null ? j : j + 1;
        } else {
            // "قتل المتظاهر فلان على يد قوات الأمن": the one it befell (a noun, its nisba and a name at most), then its agent
            for (int units = 0; units < 3 && k < size(s) && cover.get(s)[k] != null && cover.get(s)[k].first == k; units++) {
                k = cover.get(s)[k].last + 1;
            }
        }
        Match marker = cue(s, k, Cues.AGENT_MARKER);
        return marker != null && true_(marker.phrase().term(), "passiveOnly");
    }

    /**
     * "هاجم محتجون مكتب الحزب": of the triggers a word is the form of, the one that needs an object of a cue class
     * (a building, a means of repression) when that object follows, over one that needs none.
     */
    Match readingWithObject(int s, int t, Match m, int[] clause) {
        if (m.phrase().term().property("needsObject") != null) {
            return m;
        }
        for (Match o : triggersAt(s, t)) {
            String needs = o.phrase().term().property("needsObject");
            if (o.last() == m.last() && o.phrase().voice() == m.phrase().voice() && needs != null
                    && arguments.objectFollows(s, lastOf(s, o) + 1, o.phrase().term(), clause)) {
                return o;
            }
        }
        return m;
    }

    /**
     * "أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين": a verbal noun of purpose (with ل) of the same kind of
     * event (the same CAMEO root) as the event before it in its clause is that event again: its target becomes
     * that event's when it had none, and it is no event of its own.
     */
    void mergePurposeNouns(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (int i = 1; i < all.size(); i++) {
            EventDraft d = all.get(i);
            EventDraft e = all.get(i - 1);
            String dc = d.trigger.property("cameoCode");
            String ec = e.trigger.property("cameoCode");
            if (d.voice != Phrase.Voice.NOUN || !d.match.prefix().endsWith("ل") || clause[d.at] != clause[e.at]
                    || dc == null || ec == null || !dc.regionMatches(0, ec, 0, 2) || e.reporting) {
                continue;
            }
            Unit purposeTarget = d.target;
            if (purposeTarget != null && e.source != null && purposeTarget.key.equals(e.source.key)) {
                // "أطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم": those the act is meant to disperse are never its
                // doer; the pronoun is the last other group before
                purposeTarget = pronounReferent(s, lastOf(s, d.match), d.match.end(), e.source, false);
            }
            if (e.target == null) {
                e.target = purposeTarget;
            }
            if (e.source == null) {
                e.source = d.source;
            }
            if (!out.contains(e) && (e.source != null || e.target != null)) {
                out.add(out.indexOf(d) < 0 ? out.size() : out.indexOf(d), e);
            }
            out.remove(d);
            all.remove(i--);
        }
    }

    /** How many tokens after a protest's word its lexv:ProtestTargetMarker may stand (the crowd, a place, a day between). */
    private static final int PROTEST_TARGET_REACH = 12;

    /**
     * "تظاهر الآلاف ضد الحكومة"، "احتشدوا في الساحة احتجاجا على قرار البرلمان"، "مسيرة مناهضة للرئيس": a protest
     * (CAMEO 14) with no target of its own is aimed at the actor named right after a lexv:ProtestTargetMarker that
     * follows its word in its clause (or is that word: احتجاجا على). Another act between (a vote, a statement) is
     * what the marker belongs to ("تظاهروا بعد أن صوت البرلمان ضد الحكومة"), and a place after it is none.
     */
    void protestTargets(int s, int[] clause, List<EventDraft> all) {
        for (EventDraft p : all) {
            String pc = p.trigger.property("cameoCode");
            if (pc == null || !pc.startsWith("14") || p.target != null) {
                continue;
            }
            for (int k = p.at; k < size(s) && k <= lastOf(s, p.match) + PROTEST_TARGET_REACH && clause[k] == clause[p.at]; k++) {
                Match marker = cue(s, k, Cues.PROTEST_TARGET_MARKER);
                if (marker == null && k > lastOf(s, p.match) && otherActAt(k, all)) {
                    break;
                }
                if (marker == null) {
                    continue;
                }
                Unit u = arguments.unitWithin(s, lastOf(s, marker) + 1, 1);
                if (u != null && u.type != ActorType.PLACE && !u.locative && (p.source == null || !u.key.equals(p.source.key))) {
                    p.target = u;
                }
                break;
            }
        }
    }

    /**
     * "خرج آلاف الكوبيين إلى الشوارع هاتفين يسقط الديكتاتور"، "بدأ الطلاب إضرابا مفتوحا": a protest whose
     * trigger names the body of the state that protests are aimed at when no one is named
     * (lexv:aimedAtState, an institution pattern: the government), made by a crowd, a movement or a party and
     * aimed at no one its sentence names, is aimed at that body of the state where it happens: the country of its
     * place, else of its crowd (الكوبيين), else the article's own country. Only a body the article names itself is
     * taken, so a story that never speaks of the government gets no target; a person's or a state's protest (the
     * president's words "after the protests") is no crowd's and keeps none; and a protest whose clause names what
     * it answers (رفضا للانقلاب، تنديدا بالقرار) is aimed at that, not at the government.
     */
    void aimedAtState(List<EventDraft> kept, ActorEntry focal) {
        for (EventDraft d : kept) {
            String body = d.trigger.property("aimedAtState");
            if (body == null || d.target != null || d.source == null || d.quoted
                    || d.source.type != ActorType.GROUP && d.source.type != ActorType.ORGANIZATION
                    || d.source.institution != null) {
                continue;
            }
            String country = d.place == null ? null : d.place.type == ActorType.COUNTRY ? d.place.key : d.place.countryKey;
            country = country != null ? country : d.source.countryKey;
            ActorEntry state = country != null ? lex.actors.get(country) : focal;
            Term institution = lex.institutions.get(body);
            if (state == null || state.type() != ActorType.COUNTRY || institution == null) {
                continue;
            }
            if (namesCause(d)) {
                continue;
            }
            Unit aimed = unitByKey("org/" + iso(state) + "/" + institution.key());
            if (aimed != null && !aimed.key.equals(d.source.key) && !UnnamedGroups.follows(d.source, aimed.key)) {
                // "نزل أنصار الحكومة إلى الشوارع": the government's own supporters rally for it, not against it
                d.target = aimed;
            }
        }
    }

    /**
     * "فرقت الشرطة الاعتصام الذي أقامه أنصار المعارضة"، "أطلقت قوات مكافحة الشغب الغاز لتفريق التجمعات"، "أطلقت
     * الشرطة الغاز وأخلت المبنى": a repression whose trigger is aimed at a crowd (lexv:aimedAtCrowd) with a doer and
     * no one its sentence names as its target (the sit-in, the gatherings, the building stand for the people in
     * them) is aimed at the crowd whose protest the article tells: the crowd doing the nearest protest (CAMEO 14),
     * the one told before it on a tie. Never its own doer (police who protest and fire gas), and nothing in a story
     * that tells no crowd's protest.
     */
    void aimedAtCrowd(List<EventDraft> kept) {
        for (EventDraft d : kept) {
            if (!true_(d.trigger, "aimedAtCrowd") || d.target != null || d.source == null || d.quoted) {
                continue;
            }
            EventDraft nearest = null;
            for (EventDraft p : kept) {
                String pc = p.trigger.property("cameoCode");
                if (pc == null || !pc.startsWith("14") || p.source == null || p.source.type != ActorType.GROUP
                        || p.source.key.equals(d.source.key)) {
                    continue;
                }
                int gap = Math.abs(p.sentence - d.sentence);
                if (nearest == null || gap < Math.abs(nearest.sentence - d.sentence)
                        || gap == Math.abs(nearest.sentence - d.sentence) && p.sentence < nearest.sentence) {
                    nearest = p;
                }
            }
            if (nearest != null) {
                d.target = nearest.source;
            }
        }
    }

    /**
     * Whether the words after a protest's name something it is against or answers, whether or not an actor follows:
     * a lexv:ProtestTargetMarker (ضد، احتجاجا على) or the verbal noun or participle of a condemnation or a rejection
     * (CAMEO 11, 12: رفضا للانقلاب، تنديدا بالقرار). Read past the protest's clause: a marker there that belongs to
     * another act ("تظاهروا بعد أن صوت البرلمان ضد الحكومة") still tells that the sentence gives the protest's cause
     * otherwise than by silence. A demand (مطالبين بالإفراج عن المعتقلين) is what protesters ask of the government,
     * and names no other target.
     */
    private boolean namesCause(EventDraft d) {
        int s = d.sentence;
        for (int k = d.at; k < size(s) && k <= lastOf(s, d.match) + PROTEST_TARGET_REACH; k++) {
            if (cue(s, k, Cues.PROTEST_TARGET_MARKER) != null) {
                return true;
            }
            for (Match m : k > lastOf(s, d.match) ? triggersAt(s, k) : List.<Match>of()) {
                String code = m.phrase().term().property("cameoCode");
                if (code != null && (code.startsWith("11") || code.startsWith("12"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "تظاهر الطلاب في العاصمة، مرددين هتافات ضد الحكومة": one demonstration (141) told by two words of its sentence
     * (the march and the chants) with the same doer and the same target once their targets are found is one act:
     * the word told first (which carries the place and the crowd's size) stands, the later one goes. Demonstrations
     * by other doers or against others are acts of their own, and so is each act of a riot (145: اقتحموا المبنى
     * وأضرموا فيه النار is storming and burning).
     */
    void oneProtestEach(List<EventDraft> kept) {
        kept.removeIf(d -> demonstration(d) && d.source != null && kept.stream().anyMatch(e -> e != d && demonstration(e)
                && e.sentence == d.sentence && e.at < d.at && e.source != null && e.source.key.equals(d.source.key)
                && (e.target == null ? d.target == null : d.target != null && e.target.key.equals(d.target.key))));
    }

    private static boolean demonstration(EventDraft d) {
        return "141".equals(d.trigger.property("cameoCode"));
    }

    /** Whether an event of the clause other than a protest (CAMEO 14) has its word at {@code k}. */
    private static boolean otherActAt(int k, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (d.at == k && !String.valueOf(d.trigger.property("cameoCode")).startsWith("14")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far after a protest its demand may stand when the demand already has the protest's doer ("خرج الآلاف إلى
     * الشوارع مساء الأحد في أضخم احتجاجات تشهدها البلاد، مطالبين برحيل الحكومة": the participle goes back to the
     * crowd across the time, place and description of the protest).
     */
    private static final int DEMAND_REACH_SAME_DOER = 30;

    /**
     * "احتجاجات تقودها حركة X للمطالبة برحيل الرئيس"، "تظاهر الآلاف مطالبين بإقالة الوزير": a protest (CAMEO 14) whose
     * clause goes on with a demand (CAMEO 02 or 10) aimed at someone is aimed at that one too, and the demand, with no
     * doer of its own, is the protesters'. No other act may stand between but verbal nouns (a new verb is a new
     * subject's), and the demand must name no other doer.
     */
    void protestDemands(int s, int[] clause, List<EventDraft> all) {
        for (int i = 0; i < all.size(); i++) {
            EventDraft p = all.get(i);
            String pc = p.trigger.property("cameoCode");
            if (pc == null || !pc.startsWith("14")) {
                continue;
            }
            protestAsSubject(s, clause, p, all);
            if (p.target != null) {
                continue;
            }
            for (int j = i + 1; j < all.size(); j++) {
                EventDraft d = all.get(j);
                String dc = d.trigger.property("cameoCode");
                boolean sameCrowd = d.source != null && p.source != null && d.source.key.equals(p.source.key);
                if (d.at <= p.at || clause[d.at] != clause[p.at] || d.at > p.at + (sameCrowd ? DEMAND_REACH_SAME_DOER : 10)) {
                    break;
                }
                if (dc != null && (dc.startsWith("02") || dc.startsWith("10"))) {
                    boolean sameDoer = d.source == null || p.source != null && d.source.key.equals(p.source.key);
                    if (d.target != null && sameDoer && (p.source == null || !d.target.key.equals(p.source.key))) {
                        p.target = d.target;
                        if (d.source == null) {
                            d.source = p.source;
                        }
                    }
                    break;
                }
                if (d.voice != Phrase.Voice.NOUN) {
                    break;
                }
            }
        }
    }

    /**
     * "تشهد البلاد احتجاجات حاشدة تطالب بعزل الرئيس فلان"، "مظاهرات في العاصمة تطالب برحيل فلان": a verb of call or
     * demand (CAMEO 02, 10) right after the verbal noun of a protest, with only words that are no actor (adjectives, a place)
     * between and no punctuation, has the protest as its subject: the actor the verb took as its subject after it is
     * whom the demand is aimed at, and the protesters (the protest's doer, when the text names one) make it.
     */
    private void protestAsSubject(int s, int[] clause, EventDraft p, List<EventDraft> all) {
        if (p.voice != Phrase.Voice.NOUN) {
            return;
        }
        for (EventDraft d : all) {
            String dc = d.trigger.property("cameoCode");
            if (d.at <= p.at || d.at > p.at + 5 || clause[d.at] != clause[p.at] || dc == null
                    || !dc.startsWith("02") && !dc.startsWith("10")
                    || d.voice != Phrase.Voice.ACTIVE || d.source == null || d.source.sentence != s || d.source.first < d.at) {
                continue;
            }
            for (int k = lastOf(s, p.match) + 1; k < d.at; k++) {
                Unit u = cover.get(s)[k];
                if (!tok(s, k).isWord() || u != null && u.type != ActorType.PLACE && !u.locative) {
                    return;
                }
                if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                    return;
                }
            }
            if (d.target == null || d.target.key.equals(d.source.key)) {
                d.target = d.source;
            }
            d.source = p.source;
            return;
        }
    }

    static Unit lastTarget(List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).target != null) {
                return before.get(i).target;
            }
        }
        return null;
    }

    /**
     * "وهددت بفرض عقوبات على قادة الانقلاب"، "هدد بإعادة فرض عقوبات على X"، "حذر من فرض عقوبات على X": a trigger
     * marked lexv:targetFromComplement with no target of its own, followed by its complement (ب or من and at most
     * one noun, as إعادة، مزيد) and the verbal noun of the act it threatens, has that act's target.
     */
    void targetsFromComplements(int s, List<EventDraft> all) {
        for (int i = 0; i + 1 < all.size(); i++) {
            EventDraft d = all.get(i);
            EventDraft next = all.get(i + 1);
            if (d.target == null && true_(d.trigger, "targetFromComplement") && next.target != null
                    && next.voice == Phrase.Voice.NOUN && (d.source == null || !d.source.key.equals(next.target.key))) {
                int k = (d.source != null && d.source.first == lastOf(s, d.match) + 1 ? d.source.last : lastOf(s, d.match)) + 1;
                // "دعت زعيمة المعارضة الروسية إلى": the content follows the whole subject, of which the unit may be a nisba
                int after = d.source != null && d.source.sentence == s && d.source.first > d.at && d.source.last < next.at ? d.source.last + 1 : k;
                if (complementOpens(s, k, next) || contentOpens(s, pastAside(s, after), d, next)) {
                    d.target = next.target;
                }
            }
        }
    }

    /**
     * "دعا إلى عزل الرئيس فلان"، "طالبت برحيل فلان": whether the content of a call opens at token {@code k} with the
     * act's verbal noun, after one of the call's lexv:contentMarker words (إلى، على) or with ب on the noun, and the
     * act is done by no one but the caller: "دعا إلى انسحاب القوات الروسية من البلاد" is aimed at the ones to
     * withdraw, not at the country they would leave.
     */
    private boolean contentOpens(int s, int k, EventDraft call, EventDraft act) {
        if (act.source != null && (call.source == null || !act.source.key.equals(call.source.key)) || k >= size(s)) {
            return false;
        }
        if (act.at == k) {
            return act.match.prefix().contains("ب");
        }
        return act.at == k + 1 && !isKind(at(s, k), Phrase.Kind.TRIGGER) && cover.get(s)[k] == null
                && lex.normalizedValues(call.trigger, "contentMarker").contains(tok(s, k).norm());
    }

    /**
     * "دعت زعيمة المعارضة، المقيمة في المنفى، إلى": the index after an aside set off by commas at {@code k} (up to
     * eight tokens, naming no actor but in a prepositional phrase, no act), which describes the subject; else {@code k}.
     */
    private int pastAside(int s, int k) {
        if (k >= size(s) || !COMMAS.contains(tok(s, k).norm())) {
            return k;
        }
        for (int j = k + 1; j < size(s) && j <= k + 9; j++) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return j + 1;
            }
            Unit u = cover.get(s)[j];
            if (u != null && !u.prepositional && !u.locative && u.type != ActorType.PLACE
                    || isKind(at(s, j), Phrase.Kind.TRIGGER) || tok(s, j).is(".")) {
                return k;
            }
        }
        return k;
    }

    /**
     * Whether the complement opening at token {@code k} leads to {@code act}: the act's noun right there with ب on
     * it, or after a word with ب on it or the preposition من and at most one more noun, no actor or punctuation
     * between.
     */
    private boolean complementOpens(int s, int k, EventDraft act) {
        if (act.at == k) {
            return act.match.prefix().contains("ب");
        }
        if (k >= size(s) || act.at < k || act.at > k + 2) {
            return false;
        }
        String first = tok(s, k).norm();
        if (!first.equals("من") && !(first.startsWith("ب") && act.at == k + 1 && at(s, k) == null)) {
            return false;
        }
        for (int j = k; j < act.at; j++) {
            if (!tok(s, j).isWord() || cover.get(s)[j] != null || isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "سلم فلان نفسه إلى السلطات": of the readings of a word that each need an object and find it, the one whose
     * object comes first (handing oneself in, not handing power to the authorities named after إلى); {@code m}
     * itself when no other reading's object is nearer.
     */
    Match nearestObjectReading(int s, int t, Match m, int[] clause) {
        int best = arguments.objectAt(s, lastOf(s, m) + 1, m.phrase().term(), clause);
        Match nearest = m;
        for (Match o : triggersAt(s, t)) {
            String needs = o.phrase().term().property("needsObject");
            if (best < 0 || o.last() != m.last() || o.phrase().term() == m.phrase().term()
                    || o.phrase().voice() != m.phrase().voice() || needs == null) {
                continue;
            }
            int at = arguments.objectAt(s, lastOf(s, o) + 1, o.phrase().term(), clause);
            if (at >= 0 && at < best) {
                best = at;
                nearest = o;
            }
        }
        return nearest;
    }

    /**
     * For a word that is the form of several triggers that each need an object (علق: aid suspended, membership
     * suspended), the reading of the same words whose object follows; null when none does.
     */
    Match otherReading(int s, int t, Match m, int[] clause) {
        for (Match o : triggersAt(s, t)) {
            String needs = o.phrase().term().property("needsObject");
            if (o.last() == m.last() && o.phrase().term() != m.phrase().term() && o.phrase().voice() == m.phrase().voice()
                    && needs != null && arguments.objectFollows(s, lastOf(s, o) + 1, o.phrase().term(), clause)) {
                return o;
            }
        }
        return null;
    }

    /**
     * For a verb joined by و and followed by one actor only that cannot be its subject: the subject it shares
     * with the clause or sentence before, the actor being its object. The actor cannot be the subject when the
     * verb is plural (a verb before its subject is singular: واعتقلوا الرئيس), when it is the people the verb
     * turns to ({@link Unit#addressed}: ودعا السكان إلى الهدوء), when its case ending is that of
     * an object (a plural or dual in ين: ودعا العسكريين، ودعا الطرفين), or, for a verb whose direct object is an
     * actor (lexv:actorObject), when the verb's gender is not the actor's (ودعا الدول الغربية، واتهمت جهاز
     * الاستخبارات الفرنسي). Null when the actor is the subject: a second actor follows (واتهم إسلام آباد كابول),
     * genders agree, or there is no subject to share.
     */
    Unit subjectToInherit(int s, int t, Match m, Unit after, int[] clause, List<EventDraft> before,
                                  Unit lastSubject) {
        Term trig = m.phrase().term();
        boolean femVerb = lex.isFeminineVerb(m);
        // "وأمر الجيش والشرطة بـ": actors joined by و after a chained verb are one object, not subject and object
        boolean chained = m.prefix().startsWith("و") && chainedAddressee(s, t, trig, before) && !lex.isPluralVerb(m);
        if (true_(trig, "noTarget") || true_(trig, "reporting")
                || secondObject(s, after, clause) && !(chained && coordinated(s, after))) {
            return null;
        }
        // "احتجزت رئيس الأركان الجنرال فلان": a feminine verb never comes before a man as its subject, with or
        // without و; the man its title names is the object
        boolean titledMan = femVerb && titledMan(s, lastOf(s, m) + 1, after);
        // "فقد اتهم فلانا بالتحريض": a sentence opened by فقد explains the one before and goes on with its subject;
        // the one actor between the verb and the charge (ب) is whom the verb acts on
        boolean explains = t == 1 && tok(s, 0).norm().equals("فقد") && true_(trig, "actorObject")
                && chargeAfter(s, after);
        if (!m.prefix().startsWith("و") && !titledMan && !explains) {
            return null;
        }
        // "وتظاهر آلاف المحتجين": after the verb of a crowd's act (lexv:crowdOf), which acts on no one, a plural in ين
        // is the genitive of the crowd counted, its subject, no accusative object
        boolean accusative = accusativePlural(s, after) && trig.property("crowdOf") == null;
        boolean object = titledMan || explains || after.addressed || lex.isPluralVerb(m) || accusative
                || (true_(trig, "actorObject") && (femVerb ? masculine(after) : feminine(after)))
                || chained || addressedAuthorities(s, t, trig, after, before) || nextPersonActedOn(s, t, trig, after, before)
                || femVerb && womanGoesOn(s, t, trig, after, before);
        if (!object) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.source != null && e.voice != Phrase.Voice.PASSIVE && e.at < t && !e.source.key.equals(after.key)) {
                return e.source;
            }
        }
        if (titledMan) {
            // "وأصدرت المحكمة قرارا ...، ودعت العقيد فلانا": the verb goes on with the subject of the sentence's
            // opening verb, a trigger or not, before any subject of the sentences before
            Unit opening = openingVerbSubject(s, t);
            if (opening != null && !opening.key.equals(after.key) && !titledMan(s, opening.first, opening)) {
                return opening;
            }
        }
        return lastSubject != null && !lastSubject.key.equals(after.key) ? lastSubject : null;
    }

    /**
     * "ووصفت الوزيرة فلانة القرار بأنه مؤسف، ودعت فلانا إلى التراجع عنه": a feminine verb on actors, joined by و, after
     * an act of the sentence whose feminine verb had a subject (a woman, a state, a body), goes on with it; a person
     * named right after it by his name alone (no title, nothing feminine about the name) is whom it addresses, not a
     * new speaker (a new one is introduced by her title). A preposition read as a name (الى without its hamza) is none.
     */
    private boolean womanGoesOn(int s, int t, Term trig, Unit after, List<EventDraft> before) {
        if (!true_(trig, "actorObject") || after.type != ActorType.PERSON || after.office != null || after.first != lastOf(s, at(s, t)) + 1
                || cue(s, after.first, Cues.PREPOSITION) != null || tok(s, after.first).norm().equals("الي")
                || feminineEvidence(after) || after.first > 0 && isKind(at(s, after.first - 1), Phrase.Kind.OFFICE)) {
            return false;
        }
        for (EventDraft e : before) {
            if (e.sentence == s && e.at < t && e.voice == Phrase.Voice.ACTIVE && e.source != null
                    && e.source.type != ActorType.PLACE && !e.source.key.equals(after.key) && lex.isFeminineVerb(e.match)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right after actor {@code u} is no actor's and carries the preposition ب (بالتحريض، بتدبير). */
    private boolean chargeAfter(int s, Unit u) {
        int k = u.last + 1;
        return k < size(s) && cover.get(s)[k] == null && tok(s, k).isWord() && tok(s, k).norm().startsWith("ب")
                && tok(s, k).norm().length() > 3 && cue(s, k, Cues.PREPOSITION) == null;
    }

    /** Whether {@code after} is a man named with a masculine title right after the feminine verb {@code m}. */
    boolean manAfterFeminineVerb(int s, Match m, Unit after) {
        return lex.isFeminineVerb(m) && titledMan(s, lastOf(s, m) + 1, after);
    }

    /**
     * The bare actor right after the word opening sentence {@code s} when that word is no actor (its verb, trigger
     * or not: أصدرت المحكمة، وأعلنت الحكومة), ending before {@code t}; else null.
     */
    private Unit openingVerbSubject(int s, int t) {
        if (size(s) < 2 || cover.get(s)[0] != null || !tok(s, 0).isWord() || cue(s, 0, Cues.PREPOSITION) != null
                || cue(s, 0, Cues.COMPLEMENTIZER) != null) {
            return null;
        }
        Unit u = cover.get(s)[1];
        return u == null || u.first != 1 || u.last >= t || u.prepositional || u.locative || u.type == ActorType.PLACE ? null : u;
    }

    /**
     * "وانتقدت وزارة الخارجية الألمانية الحكم، ودعت السلطات التونسية إلى احترام حق الدفاع"، "وأدانت المنظمة القمع،
     * وطالبت السلطات البنغلاديشية بمحاسبة": after a clause of the same sentence whose subject spoke or acted, a
     * speech act on actors (appeal, criticism) joined by و that the authorities of a state follow is addressed to
     * them, the subject staying the one before; the authorities are not a new speaker. Only within one sentence: "ودعت
     * السلطات التونسية المواطنين" opening a sentence has the authorities as its subject.
     */
    private boolean addressedAuthorities(int s, int t, Term trig, Unit after, List<EventDraft> before) {
        if (!true_(trig, "speechAct") || !true_(trig, "actorObject")) {
            return false;
        }
        Match ref = cue(s, after.first, Cues.STATE_REFERENCE);
        boolean authorities = ref != null && !true_(ref.phrase().term(), "focalOnly");
        // "قال الوزير فلان إن الانقلاب لا مبرر له، ودعا الجيش إلى الإفراج": a person who has spoken in the clause
        // before, a comma, then a body: the body is whom the person calls on, not a second speaker
        // "ودان الأمين العام ...، وحث فلانا وفلانا على": two people joined by و after the verb, then what is asked, are
        // whom the speaker before urges, any speaker; a new speaker would be one. "جميع الأطراف الليبية"، "الطرفين":
        // all the parties are whom one speaks to, never who speaks
        boolean people = after.type == ActorType.PERSON && coordinated(s, after);
        boolean parties = at(s, t) != null && partiesAt(s, lastOf(s, at(s, t)) + 1, after);
        boolean afterSpeaker = (after.type != ActorType.PERSON || people) && t > 0 && COMMAS.contains(tok(s, t - 1).norm());
        for (EventDraft e : before) {
            if (e.sentence == s && e.at < t && e.source != null && e.voice == Phrase.Voice.ACTIVE && !e.source.key.equals(after.key)
                    && (authorities || parties || afterSpeaker && (e.source.type == ActorType.PERSON || people) && e.source.last < t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word naming all the parties or both sides (lexv:AllPartiesReference, lexv:PairReference: جميع الأطراف،
     * الطرفين) opens at {@code from}, right after the verb, and {@code u} is it or the nisba right after it (جميع
     * الأطراف الليبية: the state whose parties they are).
     */
    private boolean partiesAt(int s, int from, Unit u) {
        Match p = from < size(s) ? cue(s, from, Cues.ALL_PARTIES_REFERENCE) : null;
        if (p == null && from < size(s)) {
            p = cue(s, from, Cues.PAIR_REFERENCE);
        }
        return p != null && u.first >= from && u.first <= lastOf(s, p) + 1;
    }

    /**
     * Whether {@code u} is a man named with a masculine title that opens right at {@code from} (وزير الدفاع
     * الجنرال فلان، رئيس الأركان العامة فلان): a person whose office words stand between {@code from} and his name,
     * the first of them not feminine (وزيرة، رئيسة).
     */
    private boolean titledMan(int s, int from, Unit u) {
        if (u.type != ActorType.PERSON || from >= size(s) || u.first < from) {
            return false;
        }
        int k = from;
        while (k < u.first && isQuote(tok(s, k))) {
            k++;
        }
        boolean titled = false;
        for (int j = k; j < u.first; j++) {
            if (isKind(at(s, j), Phrase.Kind.OFFICE)) {
                titled = true;
                j = lastOf(s, at(s, j));
            } else if (!tok(s, j).isWord() || cover.get(s)[j] != null) {
                return false;
            }
        }
        if (!titled && (u.office == null || u.first != k)) {
            return false;
        }
        String head = CompiledLexicon.lightForm(original(tok(s, k).begin(), tok(s, k).end()));
        return !head.endsWith("ة") && !head.endsWith("ات") && !feminineEvidence(u);
    }

    /** Whether the next actor after {@code first} is joined to it by و (الجيش والشرطة). */
    private boolean coordinated(int s, Unit first) {
        int k = first.last + 1;
        while (k < size(s) && cover.get(s)[k] != null && cover.get(s)[k].qualifier) {
            k = cover.get(s)[k].last + 1;
        }
        Unit next = k < size(s) ? cover.get(s)[k] : null;
        Match m = next == null ? null : at(s, k);
        return next != null && next.first == k && m != null && m.prefix().startsWith("و");
    }

    /**
     * "أعلن فلان حالة الطوارئ وفرض حظر التجول وأمر الجيش بحماية المنشآت": a verb addressed to someone
     * (lexv:addressee) joined by و, with no punctuation, to an earlier verb of the sentence that has a subject
     * continues that subject's list of acts; the one actor after it is whom it is addressed to.
     */
    private boolean chainedAddressee(int s, int t, Term trig, List<EventDraft> before) {
        if (!true_(trig, "addressee")) {
            return false;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.voice == Phrase.Voice.ACTIVE && e.source != null && e.at < t) {
                for (int k = e.at + 1; k < t; k++) {
                    if (tok(s, k).isPunct() && !isQuote(tok(s, k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "واستدعى الجيش رئيسة الوزراء السابقة فلانة إلى مقر قيادته، واحتجز رئيس الوزراء المؤقت فلانا": after a clause of
     * the same sentence in which a body acted on a person, a comma and an act on people (lexv:personObject) joined by
     * و, a person alone after the verb is the next one acted on, the body staying the subject; a person with an
     * object of his own after him is a new subject (secondObject, above).
     */
    private boolean nextPersonActedOn(int s, int t, Term trig, Unit after, List<EventDraft> before) {
        if (!true_(trig, "personObject") || after.type != ActorType.PERSON || t == 0 || !COMMAS.contains(tok(s, t - 1).norm())) {
            return false;
        }
        for (EventDraft e : before) {
            if (e.sentence == s && e.at < t && e.voice == Phrase.Voice.ACTIVE && e.source != null && e.target != null
                    && e.source.type != ActorType.PERSON && e.target.type == ActorType.PERSON && !e.target.key.equals(after.key)) {
                return true;
            }
        }
        return false;
    }

    /** A group named by a sound plural or dual in ين (العسكريين، المحتجين، الطرفين): the case of an object. */
    private boolean accusativePlural(int s, Unit u) {
        if (u.type != ActorType.GROUP) {
            return false;
        }
        Match m = at(s, u.first);
        String w = tok(s, u.first).norm().substring(m == null ? 0 : Math.min(m.prefix().length(), tok(s, u.first).norm().length()));
        return w.endsWith("ين") && w.length() > 4;
    }

    /**
     * A body whose words end in a masculine nisba and whose head noun is not feminine (جهاز الاستخبارات الفرنسي،
     * الجيش الباكستاني، المجلس العسكري), or a group named by one definite noun not feminine (الجيش): grammatically
     * masculine.
     */
    boolean masculine(Unit u) {
        if (u.collective) {
            return false;
        }
        if (u.type != ActorType.ORGANIZATION && u.type != ActorType.GROUP) {
            return false;
        }
        int end = u.end;
        Unit next = u.last + 1 < size(u.sentence) ? cover.get(u.sentence)[u.last + 1] : null;
        if (next != null && next.qualifier && next.first == u.last + 1) {
            // "الجيش الفرنسي": the nisba qualifying the group agrees with it
            end = next.end;
        }
        String words = original(u.begin, end).strip();
        String head = words.split("\\s+")[0];
        if (head.endsWith("ة") || head.endsWith("ه") || head.endsWith("ات")) {
            return false;
        }
        // "وحثت الرئيس والجيش والشرطة على"، "ودعت الجيش إلى": a group named by one definite masculine noun (الجيش،
        // الجنود) is no subject of a feminine verb either (a broken plural of people takes a masculine verb in the press)
        boolean oneDefiniteNoun = u.type == ActorType.GROUP && !words.contains(" ") && head.startsWith("ال");
        return oneDefiniteNoun || words.endsWith("ي") && words.contains(" ");
    }

    /**
     * Whether a second bare actor follows {@code first} before the verb's complements begin (a preposition, or a
     * word with ب or ل on it: واتهم X بانتهاك المجال الجوي الأفغاني has one actor, واتهم X Y بـ two).
     */
    private boolean secondObject(int s, Unit first, int[] clause) {
        Unit[] c = cover.get(s);
        int words = 0;
        for (int k = first.last + 1; k < size(s) && clause[k] == clause[first.first] && words <= 3; k++) {
            Unit u = c[k];
            if (u != null && u.first == k) {
                boolean adjective = isKind(at(s, k), Phrase.Kind.DEMONYM) && k == first.last + 1;
                // "ودعت منظمة الدول الأمريكية والاتحاد الأوروبي إلى": an actor of the first one's kind joined to it by
                // و is more of the same object (or subject), not a second one
                Match m = at(s, k);
                boolean joined = u.type == first.type && m != null && m.prefix().startsWith("و");
                // "ودعت سلطات مينسك إلى": the city or country the lexicon names right after a bare word for a state's
                // authorities is whose they are (a capital standing for its state), in the genitive, no second object;
                // not so a noun (سلطات العاصمة: the city's own authorities, no state)
                boolean whoseAuthorities = k == first.last + 1 && (u.type == ActorType.PLACE || u.type == ActorType.COUNTRY)
                        && isKind(m, Phrase.Kind.ACTOR) && m.prefix().isEmpty()
                        && cue(s, first.first, Cues.STATE_REFERENCE) != null && first.last == lastOf(s, cue(s, first.first, Cues.STATE_REFERENCE));
                if (u.qualifier || u.prepositional || u.locative || adjective || joined || whoseAuthorities) {
                    k = u.last;
                    continue;
                }
                return true;
            }
            Token t = tok(s, k);
            if (t.isPunct() || cue(s, k, Cues.PREPOSITION) != null || t.norm().startsWith("ب") || t.norm().startsWith("ل")) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * Whether an actor's words are grammatically feminine: ending in ة or the plural ات (الدول الغربية، الحكومة،
     * المنظمات), or a country or place named without the article (states and cities are feminine; العراق and
     * the like, with it, are masculine). A person's name says it by its first word only: the family name ending a
     * man's name is no gender (سامي بركات، مهدي حمزة), a given name or title in ة is (فاطمة، رئيسة الوزراء).
     */
    boolean feminine(Unit u) {
        if (u.collective) {
            return false;
        }
        String words = original(u.begin, u.end).strip();
        if (u.isPerson()) {
            return words.split("\\s+")[0].endsWith("ة");
        }
        if (words.endsWith("ة") || words.endsWith("ات")) {
            return true;
        }
        return (u.type == ActorType.COUNTRY || u.type == ActorType.PLACE) && !hasArticle(tok(u.sentence, u.first).norm()
                .substring(Math.min(tok(u.sentence, u.first).norm().length(), prefixLength(u))));
    }

    private int prefixLength(Unit u) {
        Match m = at(u.sentence, u.first);
        return m == null ? 0 : m.prefix().length();
    }
}

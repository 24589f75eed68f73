package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ActorType;

/**
 * Arguments given as lists: the actors of a subject joined by و, each of whom acts (سارعت فرنسا وألمانيا وإسبانيا
 * إلى الاعتراف به), and the people an act befalls named after بينهم / من بينهم (اعتقلت القوات عددا من الوزراء، بينهم
 * وزير المالية فلان، ووزير العدل فلان). Each gives one event per actor. Used by {@link EventFinder}; offsets are
 * token indexes of a sentence.
 */
final class CoordinatedArguments extends Stage {

    CoordinatedArguments(Stage shared) {
        super(shared);
    }

    /**
     * For a trigger whose every subject acts (lexv:eachSource), one more event for each actor joined by و to its
     * source, before or after it, of the source's type.
     */
    void eachSource(int s, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : List.copyOf(all)) {
            if (d.source == null || d.source.sentence != s || !true_(d.trigger, "eachSource")) {
                continue;
            }
            for (Unit co : chain(s, d.source)) {
                if (co != d.source && (d.target == null || !co.key.equals(d.target.key))) {
                    add(copy(d, co, d.target), all, out, d);
                }
            }
        }
    }

    /**
     * "وقع فلان وفلان مذكرة تفاهم"، "وقعت فرنسا مع ألمانيا اتفاقا"، "اتفاق بين فرنسا وألمانيا": an act between two
     * parties (lexv:mutual) is each party's act aimed at the other. With two actors of a kind joined by و as its
     * subject, the second is the first one's partner when the act has no target yet; and when its target is such a
     * partner, or the actor after مع, or the second of a pair after its pair marker (بين A وB), the target's act on
     * the source is one more event.
     */
    void mutual(int s, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : List.copyOf(all)) {
            if (d.source == null || d.source.sentence != s || !true_(d.trigger, "mutual")) {
                continue;
            }
            List<Unit> subject = chain(s, d.source);
            if (d.target == null && subject.size() == 2) {
                d.target = subject.get(0) == d.source ? subject.get(1) : subject.get(0);
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
            if (d.target == null || d.target.sentence != s || d.target.key.equals(d.source.key)) {
                continue;
            }
            boolean partner = subject.size() == 2 && subject.contains(d.target)
                    || d.target.first > 0 && "مع".equals(tok(s, d.target.first - 1).norm())
                    || d.source.first > 0 && lex.normalizedValues(d.trigger, "pairMarker").contains(tok(s, d.source.first - 1).norm())
                            && d.target.first > d.source.last;
            if (partner) {
                add(copy(d, d.target, d.source), all, out, d);
            }
        }
    }

    /** The actors joined by و with {@code u} (u included), each right after the one before, of u's type. */
    private List<Unit> chain(int s, Unit u) {
        List<Unit> list = new ArrayList<>();
        Unit first = u;
        while (joined(s, first)) {
            Unit before = cover.get(s)[first.first - 1];
            if (before == null || before.type != u.type || before.prepositional) {
                break;
            }
            first = before;
        }
        list.add(first);
        Unit cur = first;
        while (cur.last + 1 < size(s)) {
            Unit next = cover.get(s)[cur.last + 1];
            if (next == null || next.first != cur.last + 1 || next.type != u.type || !joined(s, next)) {
                break;
            }
            list.add(next);
            cur = next;
        }
        return list.size() > 1 && list.contains(u) ? list : List.of(u);
    }

    /** Whether unit {@code u} opens with the conjunction و and an actor ends right before it. */
    private boolean joined(int s, Unit u) {
        if (u.first == 0) {
            return false;
        }
        Match m = at(s, u.first);
        Unit before = cover.get(s)[u.first - 1];
        // a name no lexicon lists (وفيتالي فلان) has no match to carry the prefix: the unit then opens after the
        // token's و
        Token w = tok(s, u.first);
        boolean waw = m != null ? m.prefix().startsWith("و") : w.norm().startsWith("و") && u.begin > w.begin();
        return waw && before != null && before.last == u.first - 1;
    }

    /**
     * "اعتقل المرشحان فلان وفلان"، "أما فلان فقد اعتقل مع زوجته"، "قتل الصحفي فلان مع زوجته": the doer of an act and
     * its object are never joined by و, nor is an object brought in by مع (unless مع marks the trigger's own
     * target, or the act is mutual). Two actors so joined after a verb with no other object are one argument: for
     * an act done to people (one that counts its victims or takes a person or a pronoun as object, no act of
     * speech) the verb is a passive its letters hide, and both are whom it befell, the doer left to the context;
     * for any other act joined by و they are its subject, and the one taken as target is none (after مع, the
     * one with the subject may be whom it is done with: ناقش الوزير مع نظيره).
     */
    void companions(int s, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : List.copyOf(all)) {
            if (d.voice != Phrase.Voice.ACTIVE || d.source == null || d.source.sentence != s || d.reporting
                    || true_(d.trigger, "mutual") || lex.normalizedValues(d.trigger, "targetMarker").contains("مع")) {
                continue;
            }
            int verbEnd = lastOf(s, d.match);
            boolean coordinated = d.target != null && d.source.first > verbEnd && chain(s, d.source).contains(d.target);
            int with = withAt(s, verbEnd + 1) ? verbEnd + 1 : d.source.first > verbEnd && withAt(s, d.source.last + 1)
                    ? d.source.last + 1 : -1;
            Unit companion = coordinated ? d.target : with < 0 ? null : actorAfterWith(s, with);
            boolean accompanied = with >= 0 && (d.target == null || d.target == companion);
            if (!coordinated && !accompanied || companion != null && companion.key.equals(d.source.key)) {
                continue;
            }
            boolean doneToPeople = !true_(d.trigger, "speechAct") && (d.trigger.property("counts") != null
                    || true_(d.trigger, "personObject") || true_(d.trigger, "pronounObject"));
            if (!doneToPeople) {
                if (coordinated) {
                    d.target = null;
                }
                continue;
            }
            d.target = d.source;
            d.source = null;
            d.voice = Phrase.Voice.PASSIVE;
            if (companion != null) {
                add(copy(d, null, companion), all, out, d);
            }
        }
    }

    private boolean withAt(int s, int k) {
        return k + 1 < size(s) && "مع".equals(tok(s, k).norm());
    }

    /**
     * The actor after مع at {@code k}: right after it, or after a kin noun with its pronoun (مع زوجته الصحفية فلانة);
     * null when none.
     */
    private Unit actorAfterWith(int s, int k) {
        Unit u = cover.get(s)[k + 1];
        if (u == null && k + 2 < size(s) && cueEndingAt(s, k + 1, Cues.KINSHIP_CUE) != null) {
            u = cover.get(s)[k + 2];
            return u != null && u.first == k + 2 ? u : null;
        }
        return u != null && u.first == k + 1 ? u : null;
    }

    /**
     * "قضى بإعفاء وزير الدفاع فلان ووزيرة العدل فلانة"، "اعتقلت الشرطة فلانا وفلانا": for an act on people
     * (lexv:personObject), each person joined by و to its target is one more person it befalls; likewise each body
     * joined by و to the body an act on bodies (lexv:bodyObject) targets (حل الجمعية الوطنية والحكومة), and each
     * actor of its kind joined to the target of an act aimed at every one listed (lexv:eachTarget: طلبت الحكومة
     * مساعدة عسكرية من الدولة A والدولة B، three states asked, three appeals).
     */
    void eachPerson(int s, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : List.copyOf(all)) {
            boolean people = d.target != null && d.target.type == ActorType.PERSON && true_(d.trigger, "personObject");
            boolean bodies = d.target != null && d.target.type == ActorType.ORGANIZATION && true_(d.trigger, "bodyObject");
            boolean each = d.target != null && true_(d.trigger, "eachTarget");
            if (d.target == null || d.target.sentence != s || !people && !bodies && !each) {
                continue;
            }
            Unit cur = d.target;
            while (cur.last + 1 < size(s)) {
                int at = cur.last + 1;
                // "علق مهام قائد الشرطة فلان، وأمين عام وزارة المالية فلان": a comma before و between two people
                boolean comma = people && at + 1 < size(s) && COMMAS.contains(tok(s, at).norm());
                at = comma ? at + 1 : at;
                Unit next = cover.get(s)[at];
                if (next == null || next.first != at || next.type != d.target.type
                        || !(comma ? at(s, at) != null && at(s, at).prefix().startsWith("و") : joined(s, next))
                        || subjectOfVerbAfter(s, next)) {
                    break;
                }
                if (d.source == null || !next.key.equals(d.source.key)) {
                    add(copy(d, d.source, next), all, out, d);
                }
                cur = next;
            }
        }
    }

    /**
     * "مجلس الشيوخ يعزل فلانة وفلان يؤدي اليمين": an actor joined by و with a verb right after it opens a clause of
     * its own, as that verb's subject; it is no second object of the act before it. A verb to the dictionary and
     * nothing else (يؤدي، أعلن: a cue word too, no name), or a trigger read as a verb there.
     */
    private boolean subjectOfVerbAfter(int s, Unit u) {
        int k = u.last + 1;
        if (k >= size(s) || !tok(s, k).isWord()) {
            return false;
        }
        for (Match t : triggersAt(s, k)) {
            if (t.phrase().voice() != Phrase.Voice.NOUN && t.prefix().isEmpty()) {
                return true;
            }
        }
        Token t = tok(s, k);
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        return !isKind(at(s, k), Phrase.Kind.ACTOR) && ArabicVocabulary.verbOnly(written);
    }

    /**
     * "فرض عقوبات على أربعة مسؤولين، بينهم رئيس البنك المركزي فلان، ووزيرة العدل فلانة"، "اعتقلت القوات عددا من
     * الوزراء، بينهم وزير المالية فلان": an act whose object is a group of people (no actor, or a group) followed in
     * its clause by بينهم and actors befalls each actor named there: its target becomes the first, and each actor
     * joined to it by و (a comma before و or not) gets an event of its own.
     */
    void among(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (EventDraft d : List.copyOf(all)) {
            if (true_(d.trigger, "noTarget") || d.reporting || d.target != null && d.target.type != ActorType.GROUP) {
                continue;
            }
            int k = amongAfter(s, lastOf(s, d.match) + 1, clause, all, d);
            if (k < 0) {
                continue;
            }
            List<Unit> named = listAfter(s, k, d.source);
            if (named.isEmpty()) {
                continue;
            }
            d.target = named.get(0);
            if (!out.contains(d) && (d.source != null || d.target != null)) {
                out.add(out.size(), d);
            }
            for (int i = 1; i < named.size(); i++) {
                add(copy(d, d.source, named.get(i)), all, out, d);
            }
        }
    }

    /**
     * The token after بينهم following the trigger in its clause (no other trigger between): within fourteen tokens
     * (an act told as a noun between allowed: عددا من المشاركين في الاحتجاجات، بينهم), or within 24 when no act at all
     * is told between, a long description of the object before the list (احتجز الجيش عددا من الوزراء المنتمين إلى
     * جناح داخل الحزب الحاكم، المؤيد لزوجة الرئيس، ومن بينهم فلان); past fourteen tokens an act between is the one
     * whose list it is (الهجوم الذي استهدف مقر الإذاعة في العاصمة صباح أمس وأسفر عن مقتل 9 أشخاص، بينهم فلان).
     */
    private int amongAfter(int s, int from, int[] clause, List<EventDraft> all, EventDraft d) {
        boolean actBetween = false;
        for (int k = from; k < size(s) && k < from + 24 && clause[k] == clause[from - 1]; k++) {
            if (k >= from + 14 && actBetween) {
                return -1;
            }
            // بينهم، من بينهم، منهم (lexv:AmongMarker): the list of those named among the group opens after it
            Match among = cue(s, k, Cues.AMONG_MARKER);
            if (among != null) {
                return lastOf(s, among) + 1;
            }
            for (EventDraft e : all) {
                if (e != d && e.at == k && e.voice != Phrase.Voice.NOUN) {
                    return -1;
                }
                actBetween |= e != d && e.at == k;
            }
        }
        return -1;
    }

    /** The actors named from {@code k}: the first right there, more after و (a comma before it allowed). */
    private List<Unit> listAfter(int s, int k, Unit not) {
        List<Unit> out = new ArrayList<>();
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        // named people or bodies, not more groups (اعتقل 600 متظاهر بينهم طلاب: the students are some of them)
        while (u != null && u.first == k && (u.type == ActorType.PERSON || u.type == ActorType.ORGANIZATION)) {
            if (not == null || !u.key.equals(not.key)) {
                out.add(u);
            }
            int j = u.last + 1;
            if (j < size(s) && COMMAS.contains(tok(s, j).norm())) {
                j++;
            }
            Match m = j < size(s) ? at(s, j) : null;
            Unit next = j < size(s) ? cover.get(s)[j] : null;
            boolean waw = tok(s, Math.min(j, size(s) - 1)).norm().startsWith("و") && (m == null || m.prefix().startsWith("و"));
            if (next == null || next.first != j || !waw) {
                break;
            }
            u = next;
            k = j;
        }
        return out;
    }

    private static EventDraft copy(EventDraft d, Unit source, Unit target) {
        EventDraft e = new EventDraft();
        e.trigger = d.trigger;
        e.match = d.match;
        e.at = d.at;
        e.voice = d.voice;
        e.source = source;
        e.target = target;
        e.place = d.place;
        e.date = d.date;
        e.charge = d.charge;
        e.reporting = d.reporting;
        e.quoted = d.quoted;
        e.sentence = d.sentence;
        return e;
    }

    /**
     * Adds {@code e} right after {@code after} in both lists (at their end when {@code after} is in neither), unless
     * the same act of the same trigger word on the same actors is there already: "اعتقلت الشرطة وزيرين، هما فلان
     * وفلان" names the second person both for the list after هما and as joined by و to the first, one arrest.
     */
    private static void add(EventDraft e, List<EventDraft> all, List<EventDraft> out, EventDraft after) {
        for (EventDraft o : all) {
            if (o.at == e.at && o.sentence == e.sentence && o.trigger == e.trigger
                    && sameActor(o.source, e.source) && sameActor(o.target, e.target)) {
                return;
            }
        }
        int i = all.indexOf(after);
        all.add(i < 0 ? all.size() : i + 1, e);
        int j = out.indexOf(after);
        out.add(j < 0 ? out.size() : j + 1, e);
    }

    private static boolean sameActor(Unit a, Unit b) {
        return a == null ? b == null : b != null && a.key.equals(b.key);
    }
}

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
        return m != null && m.prefix().startsWith("و") && before != null && before.last == u.first - 1;
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
                        || !(comma ? at(s, at) != null && at(s, at).prefix().startsWith("و") : joined(s, next))) {
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

    /** The token after بينهم following the trigger in its clause (within fourteen tokens, no other trigger between). */
    private int amongAfter(int s, int from, int[] clause, List<EventDraft> all, EventDraft d) {
        for (int k = from; k < size(s) && k < from + 14 && clause[k] == clause[from - 1]; k++) {
            // بينهم، من بينهم، منهم (lexv:AmongMarker): the list of those named among the group opens after it
            Match among = cue(s, k, Cues.AMONG_MARKER);
            if (among != null) {
                return lastOf(s, among) + 1;
            }
            for (EventDraft e : all) {
                if (e != d && e.at == k && e.voice != Phrase.Voice.NOUN) {
                    return -1;
                }
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

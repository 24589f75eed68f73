package org.newsgraph.extract.ar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.lexicon.Term;

/**
 * The relations of a sentence, after its events: membership and kinship between the actors, and the kinship of
 * people named after a kinship noun with a pronoun.
 */
final class RelationFinder extends Stage {

    private final Arguments arguments;

    RelationFinder(Stage shared, Arguments arguments) {
        super(shared);
        this.arguments = arguments;
    }

    /** The kinship of people named after a kinship noun with a pronoun, once every unit is resolved. */
    void kinOfAntecedents(int s, List<Relation> out) {
        for (KinDraft k : kinDrafts) {
            if (k.person().sentence == s && k.person().resolved() && k.of().resolved() && !k.person().key.equals(k.of().key)) {
                Term t = k.kinship();
                out.add(new Relation(k.person().key, Relation.Kind.valueOf(t.property("relation")), k.of().key,
                        t.property("relationDetail"), s));
            }
        }
    }

    void relations(int s, List<EventDraft> drafts, List<Relation> out) {
        List<Unit> us = units.get(s);
        Unit[] c = cover.get(s);
        int n = size(s);
        int[] clause = clauses(s);
        for (int i = 0; i < n; i++) {
            if (c[i] != null) {
                continue;
            }
            Match m;
            if ((m = cue(s, i, "MembershipCue")) != null) {
                int last = lastOf(s, m);
                if ("members-after".equals(m.phrase().term().property("direction"))) {
                    Unit org = null;
                    for (Unit u : us) {
                        if (u.last < i && u.type == ActorType.ORGANIZATION) {
                            org = u;
                        }
                    }
                    if (org == null) {
                        continue;
                    }
                    Set<String> members = new LinkedHashSet<>();
                    for (Unit u : us) {
                        if (u.first > last && (u.type == ActorType.COUNTRY || u.type == ActorType.ORGANIZATION)
                                && !u.key.equals(org.key)) {
                            members.add(u.key);
                        }
                    }
                    for (String member : members) {
                        out.add(new Relation(member, Relation.Kind.MEMBER_OF, org.key, null, s));
                    }
                } else {
                    Unit org = arguments.unitWithin(s, last + 1, 2);
                    Unit member = null;
                    for (Unit u : us) {
                        if (u.last < i && u.last >= i - 3) {
                            member = u;
                        }
                    }
                    if (org != null && member != null && org.type == ActorType.ORGANIZATION && !org.key.equals(member.key)) {
                        out.add(new Relation(member.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                    }
                }
                i = last;
            } else if ((m = cue(s, i, "KinshipCue")) != null) {
                int last = lastOf(s, m);
                Unit a = null;
                for (Unit u : us) {
                    if (u.last < i && u.isPerson()) {
                        a = u;
                    }
                }
                Unit b = arguments.unitWithin(s, last + 1, 1);
                if (a != null && b != null && b.isPerson() && !a.key.equals(b.key)) {
                    Term t = m.phrase().term();
                    Relation.Kind kind = Relation.Kind.valueOf(t.property("relation"));
                    out.add(new Relation(a.key, kind, b.key, t.property("relationDetail"), s));
                }
                i = last;
            } else if ((m = cue(s, i, "AllyCue")) != null) {
                int last = lastOf(s, m);
                Unit b = arguments.unitWithin(s, last + 1, 1);
                Unit a = null;
                for (EventDraft d : drafts) {
                    if (d.at < i && d.source != null && clause[d.at] == clause[i]) {
                        a = d.source;
                    }
                }
                if (a != null && b != null && !a.key.equals(b.key)
                        && (b.isPerson() || b.type == ActorType.COUNTRY || b.type == ActorType.ORGANIZATION)) {
                    out.add(new Relation(b.key, Relation.Kind.ALLY_OF, a.key, null, s));
                }
                i = last;
            }
        }
    }
}

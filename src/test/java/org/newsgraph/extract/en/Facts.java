package org.newsgraph.extract.en;

import java.util.LinkedHashSet;
import java.util.Set;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Statement;

/**
 * An extraction as one line per fact, the form the corpus cases' expected files are written in:
 * <pre>
 * actor KEY TYPE en=LABEL ar=LABEL|-
 * mention KEY "ANCHOR"
 * role PERSON OFFICE ORGANIZATION former=true|false since=DATE|-
 * event CAMEO SOURCE|- -> TARGET|- place=KEY|- date=DATE|-
 * quantity CAMEO VALUE COUNTS approx=true|false
 * charge CAMEO TEXT
 * relation SUBJECT KIND OBJECT
 * statement SPEAKER medium=KEY|- date=DATE|-
 * quote SPEAKER "TEXT"
 * </pre>
 */
final class Facts {

    private Facts() {
    }

    static Set<String> of(Extraction x) {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : x.actors()) {
            out.add("actor " + a.key() + " " + a.type() + " en=" + dash(a.labelEn()) + " ar=" + dash(a.labelAr()));
        }
        for (Mention m : x.mentions()) {
            out.add("mention " + m.actorKey() + " \"" + m.anchor() + "\"");
        }
        for (Role r : x.roles()) {
            out.add("role " + r.personKey() + " " + r.office() + " " + r.organizationKey() + " former=" + r.former()
                    + " since=" + dash(r.since()));
        }
        for (Event e : x.events()) {
            out.add("event " + e.cameo() + " " + dash(e.sourceKey()) + " -> " + dash(e.targetKey()) + " place="
                    + dash(e.placeKey()) + " date=" + dash(e.date()));
            for (Quantity q : e.quantities()) {
                out.add("quantity " + e.cameo() + " " + q.value() + " " + q.counts() + " approx=" + q.approximate());
            }
            if (e.charge() != null) {
                out.add("charge " + e.cameo() + " " + e.charge());
            }
        }
        for (Relation r : x.relations()) {
            out.add("relation " + r.subjectKey() + " " + r.kind() + " " + r.objectKey());
        }
        for (Statement s : x.statements()) {
            out.add("statement " + s.speakerKey() + " medium=" + dash(s.medium()) + " date=" + dash(s.date()));
            if (s.quote() != null) {
                out.add("quote " + s.speakerKey() + " \"" + s.quote() + "\"");
            }
        }
        return out;
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}

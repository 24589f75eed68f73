package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * The roles, last: the role drafts of every stage, completed, as records of the actors found.
 */
final class RoleBuilder extends Stage {

    private final ActorResolver resolver;

    RoleBuilder(Stage shared, ActorResolver resolver) {
        super(shared);
        this.resolver = resolver;
    }

    List<Role> roles(Map<String, Actor> actors) {
        Map<String, RoleDraft> merged = new LinkedHashMap<>();
        Map<String, String> orgOf = new HashMap<>();
        for (RoleDraft r : roleDrafts) {
            if (!r.person.resolved() || !actors.containsKey(r.person.key)) {
                continue;
            }
            String org = r.organizationKey != null ? r.organizationKey : resolver.organizationOf(r);
            if (org == null) {
                org = ownBody(r.office, actors);
            }
            if (org == null || !actors.containsKey(org) || org.equals(r.person.key)) {
                continue;
            }
            org = bodyOfState(r.office, org, actors, resolver.focal());
            if (!heldThere(r.office, org)) {
                continue;
            }
            String k = r.person.key + "|" + r.office.key() + "|" + org;
            RoleDraft first = merged.get(k);
            if (first == null) {
                merged.put(k, r);
                orgOf.put(k, org);
            } else {
                first.former |= r.former;
                if (first.since == null) {
                    first.since = r.since;
                }
                if (first.until == null) {
                    first.until = r.until;
                }
            }
        }
        List<Role> out = new ArrayList<>();
        for (Map.Entry<String, RoleDraft> e : merged.entrySet()) {
            RoleDraft r = e.getValue();
            String org = orgOf.get(e.getKey());
            Term office = r.office;
            String en = office.labelsEn().isEmpty() ? office.key() : office.labelsEn().get(0);
            String inOrg = office.property("labelInOrganization");
            if (inOrg != null && actors.get(org).type() == ActorType.ORGANIZATION) {
                en = inOrg;
            }
            out.add(new Role(r.person.key, office.key(), en, office.labelsAr().isEmpty() ? null : office.labelsAr().get(0),
                    org, r.former, r.since, r.until, r.sentence));
        }
        return out;
    }

    /**
     * The body an office is of wherever it is named (lexv:ofBody, the likeliest first: المفوض الأوروبي is the European
     * Commission's, else the Union's): the first the article names; null when it names none or the office says none.
     */
    private static String ownBody(Term office, Map<String, Actor> actors) {
        String bodies = office.property("ofBody");
        if (bodies == null) {
            return null;
        }
        for (String body : bodies.split("\\|")) {
            if (actors.containsKey(body)) {
                return body;
            }
        }
        return null;
    }

    /**
     * Whether the office exists in the state of {@code org} (a country's key, or a body's under its country's code),
     * for an office only some states have (lexv:heldIn: المستشار is a chancellor in Germany and Austria, an adviser
     * anywhere else, whose name stays a person with no role).
     */
    private static boolean heldThere(Term office, String org) {
        String states = office.property("heldIn");
        if (states == null) {
            return true;
        }
        String[] parts = org.split("/");
        String code = parts.length > 1 && (parts[0].equals("country") || parts[0].equals("org")) ? parts[1] : "";
        return java.util.Arrays.asList(states.split("\\|")).contains(code);
    }

    /**
     * "رئيس مجلس النواب فلان"، "رئيس أركان الجيش فلان": an office that heads a body of its state (lexv:headsBody, the
     * last part of that body's key), or a seat in one (lexv:sitsIn: النائب فلان), is held in that body when the article
     * names it for that state; else in the state.
     */
    private static String bodyOfState(Term office, String org, Map<String, Actor> actors, ActorEntry focal) {
        // النائب فلان: a member of a chamber (lexv:sitsIn) holds the seat in it as a head holds the office
        String bodies = office.property("headsBody") != null ? office.property("headsBody") : office.property("sitsIn");
        if (bodies == null || !org.startsWith("country/")) {
            return org;
        }
        String state = "org/" + org.substring("country/".length()) + "/";
        for (String body : bodies.split("\\|")) {
            if (actors.containsKey(state + body)) {
                return state + body;
            }
        }
        // "رئيس أركان الجيش فلان ... وقال الجيش": an article on its own country names that country's force bare
        // (group/army, no nisba); the head of the army is that force's, not the state's as a whole. Only in the
        // article's country: another state's force is named with its nisba, read above.
        boolean own = focal != null && org.equals(focal.key());
        for (String body : bodies.split("\\|")) {
            if (own && actors.containsKey("group/" + body)) {
                return "group/" + body;
            }
        }
        return org;
    }
}

package org.newsgraph.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The dev-set scorer {@code shared/eval/score.py}, ported rule for rule so that CI, which has neither the shared
 * folder nor Python, gives the same figures: the same normalisation of Arabic names and their clitic and article
 * variants, the same loose English match, the same mapping of predicted actors to gold entities (Wikidata id,
 * else English label, else Arabic label), events matched one to one by source, target and CAMEO code prefix,
 * core gold items only for recall, and the same summary line. It scores the rows of the library queries
 * ({@code actors}, {@code events}, {@code roles}, {@code relations}) as SPARQL JSON results give them: each
 * variable's plain value (an IRI, a literal's lexical form), unbound variables absent.
 *
 * <p>Where score.py tests a value's truth ({@code row.get("x") or ""}), an empty string counts as absent here
 * too. A change to score.py's rules must be made here as well: {@code GoldScorerTest} pins the rules down.
 */
public final class GoldScorer {

    private static final Pattern AR_DIACRITICS = Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
    /** Python's {@code \s} on text is Unicode whitespace plus the separators U+001C..U+001F. */
    private static final Pattern AR_SEPARATORS = Pattern.compile("[\\s\\x1c-\\x1f\\-\u200c\u200f\"'«»()“”‘’]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EN_THE_OF = Pattern.compile("\\b(the|of)\\b");
    private static final Pattern LOCAL_NAME_SPLIT = Pattern.compile("[#/:]");
    private static final String KIN = "kin|relative|nephew|niece|family|sibling|child|parent";

    /** score.py's TYPE_WORDS: the first pattern found in the local name of a class gives the gold type. */
    private static final Map<String, Pattern> TYPE_WORDS = new LinkedHashMap<>();

    static {
        TYPE_WORDS.put("Person", Pattern.compile("person|human|individual"));
        TYPE_WORDS.put("Country", Pattern.compile("country|nation|state$"));
        TYPE_WORDS.put("Group", Pattern.compile("group|crowd|collective"));
        TYPE_WORDS.put("Organization", Pattern.compile(
                "organi[sz]ation|ministry|agency|committee|government|company|corporation|institution|party|media|outlet"));
        TYPE_WORDS.put("Place", Pattern.compile(
                "place|city|town|village|region|province|location|airport|administrativearea|settlement|capital|district|base"));
    }

    /** The rows of the four library queries the score reads, in the order the queries return them. */
    record Rows(List<Map<String, String>> actors, List<Map<String, String>> events, List<Map<String, String>> roles,
                List<Map<String, String>> relations) {
    }

    /** One of score.py's "found/core" counts. */
    record Count(int found, int core) {
        @Override
        public String toString() {
            return found + "/" + core;
        }
    }

    /**
     * What score.py reports for one article: the figures of its summary line, and the details its
     * {@code --verbose} report gives (gold entities and events not found, predicted actors matching no gold
     * entity, gold entities found as several actors, predicted source-target pairs no gold event has), and the core
     * quantities and dates no event carries ({@code value: what}), and the core memberships and kinship no relation
     * row gives ({@code member -> org}, {@code a kin b}).
     */
    record Score(double entityRecall, double entityPrecision, double typed, int duplicates, double eventRecall,
                 double eventPrecision, double eventF1, double roleRecall, Count members, Count kin, Count quantities,
                 Count dates, int boilerplate, List<String> missingEntities, List<String> unmatchedActors,
                 Map<String, Set<String>> duplicated, List<String> missingEvents, List<String> pairsNotInGold,
                 List<String> missingQuantities, List<String> missingDates, List<String> missingRelations,
                 List<String> missingRoles) {

        /** score.py's last line, to the character. */
        String summary() {
            return "entities R=" + f2(entityRecall) + " P=" + f2(entityPrecision) + " typed=" + f2(typed) + " dup=" + duplicates
                    + " | events R=" + f2(eventRecall) + " P=" + f2(eventPrecision) + " F1=" + f2(eventF1)
                    + " | roles R=" + f2(roleRecall) + " | members " + members + " | kin " + kin
                    + " | quantities " + quantities + " | dates " + dates + " | boilerplate " + boilerplate;
        }
    }

    private GoldScorer() {
    }

    // ------------------------------------------------------------------ the score

    static Score score(JsonObject gold, Rows rows) {
        Map<String, JsonObject> entities = new LinkedHashMap<>();
        for (JsonObject e : objects(gold, "entities")) {
            entities.put(str(e, "id"), e);
        }

        // actors -> gold ids; an actor is judged on its first row
        Map<String, Set<String>> byIri = new LinkedHashMap<>();
        Set<String> seenIris = new LinkedHashSet<>();
        Map<String, Set<String>> matchedIds = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        Set<String> typedOk = new HashSet<>();
        for (Map<String, String> r : rows.actors()) {
            String iri = r.get("actor");
            if (!seenIris.add(iri)) {
                continue;
            }
            List<String> ids = matchActor(entities, r);
            byIri.put(iri, new LinkedHashSet<>(ids));
            if (ids.isEmpty()) {
                unmatched.add(or(or(r.get("label_en"), r.get("label_ar")), iri));
            }
            for (String i : ids) {
                matchedIds.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(iri);
                String want = str(entities.get(i), "type");
                String got = typeOf(r.get("type"));
                if (want.equals(got) || Set.of("Group", "Organization").containsAll(setOf(got, want))) {
                    typedOk.add(i);
                }
            }
        }
        List<String> coreEntities = objects(gold, "entities").stream().filter(GoldScorer::core).map(e -> str(e, "id")).toList();
        List<String> missingEntities = coreEntities.stream().filter(i -> !matchedIds.containsKey(i)).toList();
        long entFound = coreEntities.size() - missingEntities.size();
        long entTyped = coreEntities.stream().filter(typedOk::contains).count();
        Map<String, Set<String>> duplicated = new TreeMap<>();
        matchedIds.forEach((i, iris) -> {
            if (iris.size() > 1) {
                duplicated.put(i, iris);
            }
        });
        double entRecall = ratio(entFound, coreEntities.size());
        double entPrecision = ratio(seenIris.size() - unmatched.size(), seenIris.size());

        // events: recall on core gold, one predicted event for at most one gold event (a maximum matching)
        List<Map<String, String>> events = rows.events();
        List<JsonObject> coreEvents = objects(gold, "events").stream().filter(GoldScorer::core).toList();
        Map<Integer, Integer> owner = new LinkedHashMap<>();
        for (int gi = 0; gi < coreEvents.size(); gi++) {
            assign(gi, new HashSet<>(), events, coreEvents, byIri, owner);
        }
        Set<Integer> hit = new java.util.TreeSet<>(owner.values());
        List<String> hitWhat = hit.stream().map(gi -> str(coreEvents.get(gi), "what")).toList();
        List<String> missingEvents = coreEvents.stream().map(g -> str(g, "what")).filter(w -> !hitWhat.contains(w)).toList();
        // precision: predicted events with a source and a target whose pair is some gold event's, core or not
        List<Map<String, String>> pairs = events.stream().filter(r -> truthy(r.get("source")) && truthy(r.get("target"))).toList();
        int pairOk = 0;
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> r : pairs) {
            boolean inGold = objects(gold, "events").stream().anyMatch(g -> meets(ids(byIri, r.get("source")), strings(g, "source"))
                    && meets(ids(byIri, r.get("target")), strings(g, "target")));
            if (inGold) {
                pairOk++;
            } else {
                wrong.add(localName(r.get("code")) + " " + r.get("source") + " -> " + r.get("target")
                        + (truthy(r.get("sentence")) ? " « " + r.get("sentence") + " »" : ""));
            }
        }
        double evRecall = ratio(hit.size(), coreEvents.size());
        double evPrecision = ratio(pairOk, pairs.size());

        // roles
        List<JsonObject> coreRoles = objects(gold, "roles").stream().filter(GoldScorer::core).toList();
        long roleHit = coreRoles.stream().filter(x -> rows.roles().stream().anyMatch(r ->
                ids(byIri, r.get("person")).contains(str(x, "person"))
                        && meets(ids(byIri, r.get("organization")), strings(x, "org")))).count();
        double roleRecall = ratio(roleHit, coreRoles.size());
        // a core role missed: whether its holder was found at all, and with which organisations he was given roles
        List<String> missingRoles = new ArrayList<>();
        for (JsonObject x : coreRoles) {
            List<String> held = rows.roles().stream().filter(r -> ids(byIri, r.get("person")).contains(str(x, "person")))
                    .map(r -> String.join("/", ids(byIri, r.get("organization")))).toList();
            if (held.stream().noneMatch(o -> meets(Set.of(o.split("/")), strings(x, "org")))) {
                missingRoles.add(str(x, "person") + " " + or(str(x, "role"), "?") + " of " + strings(x, "org") + ": "
                        + (!matchedIds.containsKey(str(x, "person")) ? "holder not found"
                        : held.isEmpty() ? "holder found, no role" : "holder's roles " + held));
            }
        }

        // memberships and kinship, from relations.rq
        List<JsonObject> members = objects(gold, "memberships").stream().filter(GoldScorer::core).toList();
        long memberHit = members.stream().filter(m -> relHas(rows.relations(), byIri, "member", str(m, "member"), str(m, "org"))).count();
        List<JsonObject> kin = objects(gold, "kinship").stream().filter(GoldScorer::core).toList();
        Predicate<JsonObject> kinFound = k -> relHas(rows.relations(), byIri, KIN, str(k, "a"), str(k, "b"))
                || relHas(rows.relations(), byIri, KIN + "|uncle", str(k, "b"), str(k, "a"));
        long kinHit = kin.stream().filter(kinFound).count();
        List<String> missingRelations = new ArrayList<>();
        members.stream().filter(m -> !relHas(rows.relations(), byIri, "member", str(m, "member"), str(m, "org")))
                .forEach(m -> missingRelations.add(str(m, "member") + " -> " + str(m, "org")));
        kin.stream().filter(kinFound.negate()).forEach(k -> missingRelations.add(k.get("a").getAsString() + " kin "
                + k.get("b").getAsString() + (k.has("relation") ? " (" + k.get("relation").getAsString() + ")" : "")));

        // quantities and dates, from events.rq
        Set<String> quantities = new HashSet<>();
        Set<String> dates = new HashSet<>();
        for (Map<String, String> r : events) {
            if (truthy(r.get("quantity"))) {
                quantities.add(r.get("quantity").replaceAll("\\.0+$", ""));
            }
            dates.add(prefix(or(r.get("date"), ""), 10));
        }
        List<JsonObject> coreQ = objects(gold, "quantities").stream().filter(GoldScorer::core).toList();
        long qHit = coreQ.stream().filter(q -> quantities.contains(q.get("value").getAsString())).count();
        List<String> missingQ = coreQ.stream().filter(q -> !quantities.contains(q.get("value").getAsString()))
                .map(q -> q.get("value").getAsString() + ": " + str(q, "what")).toList();
        List<JsonObject> coreD = objects(gold, "dates").stream().filter(GoldScorer::core).toList();
        long dHit = coreD.stream().filter(d -> dates.contains(str(d, "date"))).count();
        List<String> missingD = coreD.stream().filter(d -> !dates.contains(str(d, "date")))
                .map(d -> str(d, "date") + ": " + str(d, "what")).toList();

        // text that is not article content (related-article links) must yield no event
        int boiler = 0;
        for (JsonElement s : array(gold, "not_content")) {
            String head = prefix(normAr(s.getAsString()), 30);
            if (!head.isEmpty() && events.stream().anyMatch(r -> normAr(r.get("sentence")).contains(head))) {
                boiler++;
            }
        }

        double f1 = ratio(2 * evRecall * evPrecision, evRecall + evPrecision);
        return new Score(entRecall, entPrecision, ratio(entTyped, coreEntities.size()), duplicated.size(), evRecall,
                evPrecision, f1, roleRecall, new Count((int) memberHit, members.size()), new Count((int) kinHit, kin.size()),
                new Count((int) qHit, coreQ.size()), new Count((int) dHit, coreD.size()), boiler, missingEntities,
                new ArrayList<>(unmatched), duplicated, missingEvents, wrong, missingQ, missingD, missingRelations,
                missingRoles);
    }

    /** Kuhn's augmenting path from gold event {@code gi}, as score.py's {@code assign}. */
    private static boolean assign(int gi, Set<Integer> seen, List<Map<String, String>> events, List<JsonObject> gold,
                                  Map<String, Set<String>> byIri, Map<Integer, Integer> owner) {
        for (int ri = 0; ri < events.size(); ri++) {
            if (seen.contains(ri) || !satisfies(events.get(ri), gold.get(gi), byIri)) {
                continue;
            }
            seen.add(ri);
            if (!owner.containsKey(ri) || assign(owner.get(ri), seen, events, gold, byIri, owner)) {
                owner.put(ri, gi);
                return true;
            }
        }
        return false;
    }

    /** A predicted event stands for a gold one: a source among the gold's, a target among its (if it names one), the code. */
    static boolean satisfies(Map<String, String> r, JsonObject g, Map<String, Set<String>> byIri) {
        List<String> targets = strings(g, "target");
        return meets(ids(byIri, r.get("source")), strings(g, "source"))
                && (targets.isEmpty() || meets(ids(byIri, r.get("target")), targets))
                && codeOk(r.get("code"), strings(g, "codes"));
    }

    private static boolean relHas(List<Map<String, String>> relations, Map<String, Set<String>> byIri, String kind,
                                  String s, String o) {
        Pattern p = Pattern.compile(kind);
        return relations.stream().anyMatch(r -> p.matcher(localName(r.get("relation")).toLowerCase(Locale.ROOT)).find()
                && ids(byIri, r.get("subject")).contains(s) && ids(byIri, r.get("object")).contains(o));
    }

    /** The gold ids a predicted actor row stands for, in the gold's order (score.py's {@code match_actor}). */
    static List<String> matchActor(Map<String, JsonObject> entities, Map<String, String> row) {
        String qid = localName(or(row.get("wikidata"), ""));
        String en = or(row.get("label_en"), "");
        String ar = or(row.get("label_ar"), "");
        Set<String> pv = ar.isEmpty() ? Set.of() : arVariants(ar);
        List<String> found = new ArrayList<>();
        for (JsonObject e : entities.values()) {
            String id = str(e, "id");
            String wikidata = e.has("wikidata") && !e.get("wikidata").isJsonNull() ? e.get("wikidata").getAsString() : "";
            if (!qid.isEmpty() && !wikidata.isEmpty() && wikidata.equals(qid)) {
                found.add(id);
                continue;
            }
            List<String> ens = new ArrayList<>();
            ens.add(str(e, "en"));
            ens.addAll(strings(e, "en_alt"));
            if (!en.isEmpty() && ens.stream().anyMatch(x -> enMatch(en, x))) {
                found.add(id);
                continue;
            }
            if (!ar.isEmpty() && strings(e, "ar").stream().anyMatch(x -> arVariants(x).stream().anyMatch(pv::contains))) {
                found.add(id);
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ matching rules

    /** An Arabic name without diacritics or tatweel, hamza and ta marbuta forms folded, separators as one space. */
    static String normAr(String s) {
        String out = AR_DIACRITICS.matcher(s == null ? "" : s).replaceAll("");
        out = out.replaceAll("[أإآٱ]", "ا").replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي");
        return AR_SEPARATORS.matcher(out).replaceAll(" ").strip();
    }

    /** A normalised Arabic name, without a leading clitic (و ف ب ل ك) and without the article of its first word. */
    static Set<String> arVariants(String s) {
        String n = normAr(s);
        Set<String> out = new LinkedHashSet<>();
        out.add(n);
        for (String p : List.of("و", "ف", "ب", "ل", "ك")) {
            if (n.startsWith(p) && length(n) > 3) {
                out.add(n.substring(p.length()));
            }
        }
        for (String v : List.copyOf(out)) {
            String[] words = v.split(" ", -1);
            if (words[0].startsWith("ال") && length(words[0]) > 3) {
                words[0] = words[0].substring(2);
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    /**
     * An English name folded: accents dropped, lower case, only letters, digits and single spaces, without "the"
     * and "of". Python drops characters of a non-zero combining class after NFKD; Java has no such query, so
     * non-spacing marks are dropped, which is the same for names in Latin script.
     */
    static String normEn(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        String out = b.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]+", " ");
        out = EN_THE_OF.matcher(out).replaceAll(" ");
        return String.join(" ", out.strip().split(" +"));
    }

    /** Equal after {@link #normEn}, or both longer than four characters and at least 0.88 alike (difflib's ratio). */
    public static boolean enMatch(String predicted, String gold) {
        String a = normEn(predicted);
        String b = normEn(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        return length(a) > 4 && length(b) > 4 && SequenceRatio.ratio(a, b) >= 0.88;
    }

    /** The digits of the code's local name start with one of the gold codes (a gold "17" takes 173 and 1711). */
    static boolean codeOk(String code, List<String> codes) {
        String digits = localName(or(code, "")).replaceAll("\\D", "");
        return codes.stream().anyMatch(digits::startsWith);
    }

    /** The gold type a class IRI stands for, or null. */
    static String typeOf(String raw) {
        String name = localName(or(raw, "")).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> t : TYPE_WORDS.entrySet()) {
            if (t.getValue().matcher(name).find()) {
                return t.getKey();
            }
        }
        return null;
    }

    /** What follows the last {@code #}, {@code /} or {@code :} (empty when the IRI ends with one). */
    static String localName(String iri) {
        String[] parts = LOCAL_NAME_SPLIT.split(iri == null ? "" : iri, -1);
        return parts[parts.length - 1];
    }

    /** {@code a / b}, and 1.0 when there was nothing to find (recall) or nothing claimed (precision). */
    static double ratio(double a, double b) {
        return b != 0 ? a / b : 1.0;
    }

    /** Python's {@code "%.2f"}: the exact binary value rounded half to even (0.625 gives 0.62, as Python prints). */
    static String f2(double x) {
        return round2(x).toPlainString();
    }

    /** The figure as the summary line shows it, for comparison with a floor. */
    static BigDecimal round2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN);
    }

    // ------------------------------------------------------------------ JSON and Python's truth

    private static Set<String> ids(Map<String, Set<String>> byIri, String iri) {
        return byIri.getOrDefault(iri, Set.of());
    }

    private static boolean meets(Set<String> ids, List<String> gold) {
        return gold.stream().anyMatch(ids::contains);
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    private static String or(String s, String otherwise) {
        return truthy(s) ? s : otherwise;
    }

    private static Set<String> setOf(String a, String b) {
        Set<String> s = new HashSet<>();
        s.add(a);
        s.add(b);
        return s;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String prefix(String s, int codePoints) {
        return length(s) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    private static boolean core(JsonObject o) {
        return o.has("core") && o.get("core").getAsBoolean();
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString();
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        List<JsonObject> out = new ArrayList<>();
        array(o, key).forEach(e -> out.add(e.getAsJsonObject()));
        return out;
    }

    /** A gold field holding a list of strings (null or absent: none). */
    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        array(o, key).forEach(e -> out.add(e.getAsString()));
        return out;
    }
}

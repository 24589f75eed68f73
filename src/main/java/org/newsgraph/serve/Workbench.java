package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SEM;

/**
 * The data behind the workbench's pages, as JSON. Every query here is a fixed template; what a user typed
 * reaches it only as a bound parameter of a {@link ParameterizedSparqlString} (a checked IRI or a literal),
 * and sets of nodes found in the store travel as a VALUES data block built programmatically.
 *
 * <p>Offsets in evidence are Unicode code points into the sentence's {@code nif:anchorOf} (the mention's
 * article offset minus the sentence's {@code nif:beginIndex}).
 */
final class Workbench {

    /** Runs a SELECT on the store and returns all its rows. */
    interface Selector {
        List<Binding> select(Query query);
    }

    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX fn: <https://w3id.org/newsgraph/function/>
            """;

    /** The actor classes of the data model, most specific first. */
    static final List<Node> ACTOR_TYPES = List.of(NG.Person.asNode(), NG.Organization.asNode(),
            NG.Country.asNode(), NG.Place.asNode(), NG.Group.asNode(), NG.Actor.asNode());

    private static final String SCHEMA = "https://schema.org/";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private final RDFLink link;
    private final Labels labels;
    private final int pageLimit;

    Workbench(DatasetGraph dataset) {
        this(dataset, ACTOR_PAGE_LIMIT);
    }

    /** @param pageLimit how many events, roles, statements and articles the actor page lists at most */
    Workbench(DatasetGraph dataset, int pageLimit) {
        this.link = RDFLink.connect(dataset);
        this.labels = new Labels(this::select);
        this.pageLimit = pageLimit;
    }

    // ---------------------------------------------------------------- search

    private static final String SEARCH = PREFIXES + """
            SELECT ?actor (SAMPLE(?t) AS ?type) (MIN(?rank) AS ?best) (MIN(STRLEN(?label)) AS ?length)
                   (SAMPLE(?label) AS ?matched)
            WHERE {
              VALUES ?t { ng:Person ng:Organization ng:Country ng:Place ng:Group }
              VALUES ?lp { rdfs:label skos:prefLabel skos:altLabel }
              ?actor a ?t ; ?lp ?label .
              BIND(fn:fold(?label) AS ?folded)
              FILTER(CONTAINS(?folded, ?pQuery))
              BIND(IF(STRSTARTS(?folded, ?pQuery), 0, IF(CONTAINS(?folded, CONCAT(" ", ?pQuery)), 1, 2)) AS ?rank)
            }
            GROUP BY ?actor
            """;

    private static final String MENTION_COUNTS = PREFIXES + """
            SELECT ?actor (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?actor } GROUP BY ?actor
            """;

    /** Actors whose label contains {@code text} once both are folded ({@link TextFold}), best first. */
    JsonObject search(String text, int limit) {
        String folded = TextFold.fold(text == null ? "" : text);
        JsonObject result = new JsonObject();
        result.put("query", text == null ? "" : text);
        JsonArray found = new JsonArray();
        result.put("results", found);
        if (folded.isEmpty()) {
            return result;
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(SEARCH);
        pss.setLiteral("pQuery", folded);
        List<Binding> rows = select(pss.asQuery());
        Map<Node, Long> mentions = countsByActor(rows.stream().map(b -> b.get("actor")).toList());
        List<Binding> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.<Binding>comparingLong(b -> number(b, "best"))
                .thenComparing(b -> -mentions.getOrDefault(b.get("actor"), 0L))
                .thenComparingLong(b -> number(b, "length"))
                .thenComparing(b -> b.get("actor").getURI()));
        List<Binding> top = ranked.subList(0, Math.min(limit, ranked.size()));
        Map<Node, Labels.Label> names = labels.of(top.stream().map(b -> b.get("actor")).toList());
        for (Binding row : top) {
            JsonObject item = ref(row.get("actor"), names);
            item.put("type", localName(row.get("type")));
            item.put("matched", row.get("matched").getLiteralLexicalForm());
            item.put("mentions", mentions.getOrDefault(row.get("actor"), 0L));
            found.add(item);
        }
        return result;
    }

    private Map<Node, Long> countsByActor(Collection<Node> actors) {
        Map<Node, Long> counts = new HashMap<>();
        if (actors.isEmpty()) {
            return counts;
        }
        Query query = new ParameterizedSparqlString(MENTION_COUNTS).asQuery();
        withValues(query, "actor", actors);
        for (Binding row : select(query)) {
            counts.put(row.get("actor"), number(row, "n"));
        }
        return counts;
    }

    // ---------------------------------------------------------------- actor

    private static final String DESCRIBE = "SELECT ?p ?o WHERE { ?pIri ?p ?o }";

    /**
     * How many events, roles, statements and articles the actor page lists at most by default; it gives the totals
     * beside them, and the events table lists all of an actor's events. A busy actor of a large store has tens of thousands
     * of each (one role per article that names its office), and a page listing them all took seconds.
     */
    static final int ACTOR_PAGE_LIMIT = 100;

    /** What the actor page shows of the actor itself: not its roles or relations, of which it may have thousands. */
    private static final String ACTOR_DESCRIBE = PREFIXES + """
            SELECT ?p ?o WHERE { VALUES ?p { <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> rdfs:label skos:prefLabel skos:altLabel owl:sameAs ng:labelSource } ?pIri ?p ?o }
            """;

    private static final String ROLES = PREFIXES + """
            SELECT ?role ?p ?o WHERE {
              { SELECT DISTINCT ?role WHERE { { ?role ng:holder ?pIri } UNION { ?pIri ng:holdsRole ?role } } ORDER BY ?role LIMIT #LIMIT }
              ?role ?p ?o .
            }
            """;

    private static final String ROLE_COUNT = PREFIXES + """
            SELECT (COUNT(DISTINCT ?role) AS ?n) WHERE { { ?role ng:holder ?pIri } UNION { ?pIri ng:holdsRole ?role } }
            """;

    private static final String EVENT_COUNTS = PREFIXES + """
            SELECT ?p (COUNT(DISTINCT ?event) AS ?n) WHERE {
              VALUES ?p { ng:source ng:target }
              ?event ?p ?pIri .
              ?event a ng:Event .
            }
            GROUP BY ?p
            """;

    private static final String COOCCURRING = PREFIXES + """
            SELECT ?other (COUNT(DISTINCT ?sentence) AS ?n) WHERE {
              ?m1 itsrdf:taIdentRef ?pIri ; nif:sentence ?sentence .
              ?m2 nif:sentence ?sentence ; itsrdf:taIdentRef ?other .
              FILTER(?other != ?pIri)
            }
            GROUP BY ?other ORDER BY DESC(?n) ?other LIMIT 30
            """;

    /** The articles that mention the actor, latest first, at most the page's limit. */
    private static final String ARTICLES_MENTIONING = PREFIXES + """
            SELECT ?article (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?m) AS ?n) WHERE {
              ?m itsrdf:taIdentRef ?pIri ; nif:referenceContext ?article .
              OPTIONAL { ?article schema:datePublished ?d }
            }
            GROUP BY ?article ORDER BY DESC(?date) ?article LIMIT #LIMIT
            """;

    private static final String ARTICLE_COUNT = PREFIXES + """
            SELECT (COUNT(DISTINCT ?article) AS ?n) WHERE { ?m itsrdf:taIdentRef ?pIri ; nif:referenceContext ?article }
            """;

    private static final String STATEMENTS = PREFIXES + """
            SELECT ?statement ?p ?o WHERE {
              { SELECT DISTINCT ?statement WHERE { VALUES ?role { ng:speaker ng:about } ?statement ?role ?pIri ; a ng:Statement }
                ORDER BY ?statement LIMIT #LIMIT }
              ?statement ?p ?o .
            }
            """;

    /**
     * Everything the actor page shows; 404 when the store says nothing about {@code iri}. Events (by date), roles,
     * statements and articles (latest first) are listed up to the page's limit each, with their totals in
     * {@code eventCount} (and {@code eventsAsSource}, {@code eventsAsTarget}), {@code roleCount},
     * {@code statementCount} and {@code articleCount}.
     */
    JsonObject actor(Node iri) {
        Map<Node, List<Node>> props = describe(withParam(ACTOR_DESCRIBE, iri));
        if (props.isEmpty() && describe(iri).isEmpty()) {
            throw ApiException.notFound("nothing is known about " + iri.getURI());
        }
        JsonObject out = new JsonObject();
        out.put("iri", iri.getURI());
        out.put("types", localNames(props.getOrDefault(RDF.type.asNode(), List.of())));
        out.put("label", labels.of(List.of(iri)).getOrDefault(iri, Labels.Label.NONE).json());
        JsonArray all = new JsonArray();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            for (Node o : props.getOrDefault(p, List.of())) {
                if (o.isLiteral()) {
                    JsonObject l = new JsonObject();
                    l.put("value", o.getLiteralLexicalForm());
                    l.put("lang", o.getLiteralLanguage());
                    if (!containsLabel(all, l)) {
                        all.add(l);
                    }
                }
            }
        }
        out.put("labels", all);
        out.put("sameAs", iris(props.getOrDefault(OWL.sameAs.asNode(), List.of())));
        props.getOrDefault(NG.labelSource.asNode(), List.of()).stream().findFirst()
                .ifPresent(n -> out.put("labelSource", n.getLiteralLexicalForm()));
        out.put("roles", roles(iri));
        out.put("roleCount", count(ROLE_COUNT, iri));
        List<Node> events = chooseEvents(EventFilter.actor(iri));
        out.put("events", describeEvents(events.subList(0, Math.min(pageLimit, events.size()))));
        out.put("eventCount", events.size());
        Map<String, Long> byRole = new HashMap<>();
        select(withParam(EVENT_COUNTS, iri)).forEach(b -> byRole.put(b.get("p").getLocalName(), number(b, "n")));
        out.put("eventsAsSource", byRole.getOrDefault(NG.source.getLocalName(), 0L));
        out.put("eventsAsTarget", byRole.getOrDefault(NG.target.getLocalName(), 0L));
        JsonArray statements = statements(iri);
        out.put("statements", statements);
        out.put("statementCount", statements.size() < pageLimit ? statements.size() : count(STATEMENT_COUNT, iri));
        out.put("cooccurring", cooccurring(iri));
        out.put("articles", articlesMentioning(iri));
        out.put("articleCount", count(ARTICLE_COUNT, iri));
        return out;
    }

    private static final String STATEMENT_COUNT = PREFIXES + """
            SELECT (COUNT(DISTINCT ?statement) AS ?n) WHERE { VALUES ?role { ng:speaker ng:about } ?statement ?role ?pIri ; a ng:Statement }
            """;

    /** The number a one-row COUNT query gives for {@code iri}. */
    private long count(String template, Node iri) {
        List<Binding> rows = select(withParam(template, iri));
        return rows.isEmpty() ? 0 : number(rows.get(0), "n");
    }

    /** A template with {@code #LIMIT} for the actor page's bound and {@code ?pIri} bound to {@code iri}. */
    private Query limited(String template, Node iri) {
        return withParam(template.replace("#LIMIT", Integer.toString(pageLimit)), iri);
    }

    private static boolean containsLabel(JsonArray labels, JsonObject label) {
        for (JsonValue v : labels) {
            if (v.equals(label)) {
                return true;
            }
        }
        return false;
    }

    private JsonArray roles(Node actor) {
        Map<Node, Map<Node, List<Node>>> byRole = grouped(limited(ROLES, actor), "role");
        Set<Node> refs = new LinkedHashSet<>();
        Set<Node> sentences = new LinkedHashSet<>();
        byRole.values().forEach(p -> {
            refs.addAll(p.getOrDefault(NG.office.asNode(), List.of()));
            refs.addAll(p.getOrDefault(NG.organization.asNode(), List.of()));
            refs.addAll(p.getOrDefault(NG.article.asNode(), List.of()));
            sentences.addAll(p.getOrDefault(NG.evidence.asNode(), List.of()));
        });
        Map<Node, Labels.Label> names = labels.of(refs);
        Map<Node, JsonObject> evidence = evidence(sentences);
        Map<Node, String> headlines = headlines(byRole.values().stream()
                .flatMap(p -> p.getOrDefault(NG.article.asNode(), List.of()).stream()).toList());
        JsonArray out = new JsonArray();
        byRole.forEach((role, p) -> {
            JsonObject r = new JsonObject();
            r.put("iri", role.getURI());
            first(p, RDFS.label).ifPresent(n -> r.put("label", n.getLiteralLexicalForm()));
            first(p, NG.office).ifPresent(n -> r.put("office", ref(n, names)));
            first(p, NG.organization).ifPresent(n -> r.put("organization", ref(n, names)));
            first(p, NG.since).ifPresent(n -> r.put("since", n.getLiteralLexicalForm()));
            first(p, NG.until).ifPresent(n -> r.put("until", n.getLiteralLexicalForm()));
            first(p, NG.former).ifPresent(n -> r.put("former", Boolean.parseBoolean(n.getLiteralLexicalForm())));
            first(p, NG.evidence).map(evidence::get).ifPresent(e -> r.put("evidence", e));
            first(p, NG.article).ifPresent(n -> r.put("article", articleRef(n, headlines)));
            out.add(r);
        });
        return out;
    }

    private JsonArray statements(Node actor) {
        Map<Node, Map<Node, List<Node>>> byStatement = grouped(limited(STATEMENTS, actor), "statement");
        Set<Node> refs = new LinkedHashSet<>();
        Set<Node> sentences = new LinkedHashSet<>();
        byStatement.values().forEach(p -> {
            refs.addAll(p.getOrDefault(NG.speaker.asNode(), List.of()));
            refs.addAll(p.getOrDefault(NG.about.asNode(), List.of()));
            refs.addAll(p.getOrDefault(NG.medium.asNode(), List.of()));
            sentences.addAll(p.getOrDefault(NG.evidence.asNode(), List.of()));
        });
        Map<Node, Labels.Label> names = labels.of(refs);
        Map<Node, JsonObject> evidence = evidence(sentences);
        Map<Node, String> headlines = headlines(byStatement.values().stream()
                .flatMap(p -> p.getOrDefault(NG.article.asNode(), List.of()).stream()).toList());
        JsonArray out = new JsonArray();
        byStatement.forEach((statement, p) -> {
            JsonObject s = new JsonObject();
            s.put("iri", statement.getURI());
            s.put("speakers", refs(p.getOrDefault(NG.speaker.asNode(), List.of()), names));
            s.put("about", refs(p.getOrDefault(NG.about.asNode(), List.of()), names));
            first(p, NG.medium).ifPresent(n -> s.put("medium", ref(n, names)));
            first(p, NG.quote).ifPresent(n -> s.put("quote", n.getLiteralLexicalForm()));
            first(p, NG.date).ifPresent(n -> s.put("date", n.getLiteralLexicalForm()));
            first(p, NG.evidence).map(evidence::get).ifPresent(e -> s.put("evidence", e));
            first(p, NG.article).ifPresent(n -> s.put("article", articleRef(n, headlines)));
            out.add(s);
        });
        return out;
    }

    private JsonArray cooccurring(Node actor) {
        List<Binding> rows = select(withParam(COOCCURRING, actor));
        Map<Node, Labels.Label> names = labels.of(rows.stream().map(b -> b.get("other")).toList());
        Map<Node, String> types = types(rows.stream().map(b -> b.get("other")).toList());
        JsonArray out = new JsonArray();
        for (Binding row : rows) {
            JsonObject o = ref(row.get("other"), names);
            o.put("type", types.getOrDefault(row.get("other"), ""));
            o.put("sentences", number(row, "n"));
            out.add(o);
        }
        return out;
    }

    private JsonArray articlesMentioning(Node actor) {
        JsonArray out = new JsonArray();
        List<Binding> rows = select(limited(ARTICLES_MENTIONING, actor));
        Map<Node, String> headlines = headlines(rows.stream().map(b -> b.get("article")).toList());
        for (Binding row : rows) {
            JsonObject a = new JsonObject();
            a.put("iri", row.get("article").getURI());
            if (headlines.containsKey(row.get("article"))) {
                a.put("headline", headlines.get(row.get("article")));
            }
            if (row.contains("date")) {
                a.put("date", row.get("date").getLiteralLexicalForm());
            }
            a.put("mentions", number(row, "n"));
            out.add(a);
        }
        return out;
    }

    // ---------------------------------------------------------------- events

    /** Which events to list: all, or those of one actor, one article, one event; and a CAMEO code prefix. */
    record EventFilter(Node actor, Node article, Node event, String codePrefix, String from, String to, int limit) {

        static EventFilter actor(Node actor) {
            return new EventFilter(actor, null, null, null, null, null, Integer.MAX_VALUE);
        }

        static EventFilter article(Node article) {
            return new EventFilter(null, article, null, null, null, null, Integer.MAX_VALUE);
        }

        static EventFilter single(Node event) {
            return new EventFilter(null, null, event, null, null, null, 1);
        }

        /** Whether a (possibly partial) date, such as {@code 2022} or {@code 2022-01}, overlaps [from, to]. */
        boolean dateInRange(String date) {
            if (from == null && to == null) {
                return true;
            }
            if (date == null) {
                return false;
            }
            String upper = date + "-99-99".substring(0, Math.max(0, 10 - date.length()));
            return (from == null || upper.compareTo(from) >= 0) && (to == null || date.compareTo(to) <= 0);
        }
    }

    private static final String EVENTS = PREFIXES + """
            SELECT ?event (SAMPLE(?c) AS ?code) (SAMPLE(?d) AS ?date) (SAMPLE(?ty) AS ?type)
                   (SAMPLE(?ev) AS ?evidence) (SAMPLE(?a) AS ?article) (SAMPLE(?conf) AS ?confidence)
                   (SAMPLE(?tm) AS ?trigger) (GROUP_CONCAT(DISTINCT ?ch; separator="; ") AS ?charges)
            WHERE {
              #FILTERS
              ?event a ng:Event .
              OPTIONAL { ?event ng:cameoCode ?c }
              OPTIONAL { ?event ng:date ?d }
              OPTIONAL { ?event ng:eventType ?ty }
              OPTIONAL { ?event ng:evidence ?ev }
              OPTIONAL { ?event ng:article ?a }
              OPTIONAL { ?event ng:confidence ?conf }
              OPTIONAL { ?event ng:triggerMention ?tm }
              OPTIONAL { ?event ng:charge ?ch }
            }
            GROUP BY ?event
            """;

    /**
     * The filters come before {@code ?event a ng:Event}, as patterns rather than FILTER EXISTS, so that ARQ starts
     * from the actor's or the article's few events instead of testing every event of the store.
     */
    private static final String EVENT_BY_ACTOR = "{ ?event ng:source ?pActor } UNION { ?event ng:target ?pActor } UNION { ?event ng:place ?pActor }";
    private static final String EVENT_BY_ARTICLE = "?event ng:article ?pArticle .";
    private static final String EVENT_BY_IRI = "FILTER(?event = ?pEvent)";
    private static final String EVENT_BY_CODE = "?event ng:cameoCode ?codeFilter . FILTER(STRSTARTS(?codeFilter, ?pCode))";

    private static final String PARTICIPANTS = PREFIXES + """
            SELECT ?event ?p ?actor WHERE { ?event ?p ?actor . VALUES ?p { ng:source ng:target ng:place } }
            """;

    private static final String QUANTITIES = PREFIXES + """
            SELECT ?event ?value ?counts ?approximate WHERE {
              ?event ng:quantity ?q .
              OPTIONAL { ?q ng:value ?value }
              OPTIONAL { ?q ng:counts ?counts }
              OPTIONAL { ?q ng:approximate ?approximate }
            }
            """;

    private static final String EVENT_DATES = PREFIXES + """
            SELECT ?event (SAMPLE(?d) AS ?date) WHERE {
              #FILTERS
              ?event a ng:Event .
              OPTIONAL { ?event ng:date ?d }
            }
            GROUP BY ?event
            """;

    /** The events {@code filter} admits, by date then IRI, each with its participants and evidence. */
    JsonArray events(EventFilter filter) {
        List<Node> chosen = chooseEvents(filter);
        return describeEvents(chosen.subList(0, Math.min(filter.limit(), chosen.size())));
    }

    /**
     * Every event {@code filter} admits, by date then IRI (undated ones last), ignoring its limit: only the event
     * and its date are read here, so that a busy actor's thousands of events cost one index look-up each, and
     * everything a page shows is read for those it shows ({@link #describeEvents}).
     */
    private List<Node> chooseEvents(EventFilter filter) {
        StringBuilder filters = new StringBuilder();
        if (filter.actor() != null) {
            filters.append(EVENT_BY_ACTOR).append('\n');
        }
        if (filter.article() != null) {
            filters.append(EVENT_BY_ARTICLE).append('\n');
        }
        if (filter.event() != null) {
            filters.append(EVENT_BY_IRI).append('\n');
        }
        if (filter.codePrefix() != null) {
            filters.append(EVENT_BY_CODE).append('\n');
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(EVENT_DATES.replace("#FILTERS", filters));
        if (filter.actor() != null) {
            pss.setParam("pActor", filter.actor());
        }
        if (filter.article() != null) {
            pss.setParam("pArticle", filter.article());
        }
        if (filter.event() != null) {
            pss.setParam("pEvent", filter.event());
        }
        if (filter.codePrefix() != null) {
            pss.setLiteral("pCode", filter.codePrefix());
        }
        List<Binding> rows = new ArrayList<>(select(pss.asQuery()));
        rows.removeIf(b -> !filter.dateInRange(b.contains("date") ? b.get("date").getLiteralLexicalForm() : null));
        rows.sort(Comparator.<Binding, String>comparing(b -> b.contains("date") ? b.get("date").getLiteralLexicalForm() : "~")
                .thenComparing(b -> b.get("event").getURI()));
        return rows.stream().map(b -> b.get("event")).toList();
    }

    /** {@code events} as the pages show them, in that order, each with its participants and evidence. */
    private JsonArray describeEvents(List<Node> events) {
        if (events.isEmpty()) {
            return new JsonArray();
        }
        // the VALUES inside the WHERE clause: a trailing one would be joined after the GROUP BY, over every event
        StringBuilder values = new StringBuilder("VALUES ?event {");
        new LinkedHashSet<>(events).forEach(e -> values.append(' ').append(NodeFmtLib.strNT(e)));
        Query described = QueryFactory.create(EVENTS.replace("#FILTERS", values.append(" }")));
        Map<Node, Binding> byEvent = new HashMap<>();
        select(described).forEach(b -> byEvent.put(b.get("event"), b));
        List<Binding> rows = events.stream().map(byEvent::get).filter(Objects::nonNull).toList();
        Map<Node, Map<String, List<Node>>> participants = participants(events);
        Map<Node, JsonArray> quantities = quantities(events);
        Map<Node, JsonObject> merged = mergedEvents(events);
        Set<Node> refs = new LinkedHashSet<>();
        participants.values().forEach(m -> m.values().forEach(refs::addAll));
        rows.forEach(b -> {
            if (b.contains("type")) {
                refs.add(b.get("type"));
            }
        });
        Map<Node, Labels.Label> names = labels.of(refs);
        Map<Node, JsonObject> evidence = evidence(rows.stream().filter(b -> b.contains("evidence"))
                .map(b -> b.get("evidence")).toList());
        Map<Node, String> headlines = headlines(rows.stream().filter(b -> b.contains("article"))
                .map(b -> b.get("article")).toList());
        JsonArray out = new JsonArray();
        for (Binding row : rows) {
            Node event = row.get("event");
            JsonObject e = new JsonObject();
            e.put("iri", event.getURI());
            String code = row.contains("code") ? row.get("code").getLiteralLexicalForm() : null;
            if (code != null) {
                e.put("code", code);
            }
            if (row.contains("type")) {
                e.put("eventType", ref(row.get("type"), names));
            }
            CameoQuad quad = CameoQuad.of(code);
            e.put("quad", quad.key);
            e.put("quadLabel", quad.label);
            if (row.contains("date")) {
                e.put("date", row.get("date").getLiteralLexicalForm());
            }
            Map<String, List<Node>> roles = participants.getOrDefault(event, Map.of());
            e.put("sources", refs(roles.getOrDefault("source", List.of()), names));
            e.put("targets", refs(roles.getOrDefault("target", List.of()), names));
            e.put("places", refs(roles.getOrDefault("place", List.of()), names));
            e.put("quantities", quantities.getOrDefault(event, new JsonArray()));
            String charges = row.contains("charges") ? row.get("charges").getLiteralLexicalForm() : "";
            if (!charges.isEmpty()) {
                e.put("charge", charges);
            }
            if (row.contains("confidence")) {
                e.put("confidence", row.get("confidence").getLiteralLexicalForm());
            }
            if (row.contains("trigger")) {
                e.put("trigger", row.get("trigger").getURI());
            }
            if (row.contains("evidence") && evidence.containsKey(row.get("evidence"))) {
                e.put("evidence", evidence.get(row.get("evidence")));
            }
            if (row.contains("article")) {
                e.put("article", articleRef(row.get("article"), headlines));
            }
            if (merged.containsKey(event)) {
                e.put("mergedInto", merged.get(event));
            }
            out.add(e);
        }
        return out;
    }

    /**
     * One event with everything the events table shows about it and, when other articles report it too, its
     * merged event with every report ({@link #merged}); or, for the IRI of a merged event, that merged event.
     * 404 when it is neither.
     */
    JsonObject event(Node iri) {
        if (!select(withParam(IS_MERGED, iri)).isEmpty()) {
            return merged(iri);
        }
        JsonArray found = events(EventFilter.single(iri));
        if (found.isEmpty()) {
            throw ApiException.notFound("no event " + iri.getURI());
        }
        JsonObject event = found.get(0).getAsObject();
        List<Binding> merged = select(withParam(MERGED_OF, iri));
        if (!merged.isEmpty()) {
            event.put("merged", merged(merged.get(0).get("merged")));
        }
        return event;
    }

    // ---------------------------------------------------------------- merged events

    private static final String IS_MERGED = PREFIXES + "SELECT (1 AS ?yes) WHERE { ?pIri a ng:MergedEvent }";
    private static final String MERGED_OF = PREFIXES
            + "SELECT ?merged WHERE { ?merged a ng:MergedEvent ; ng:report ?pIri } ORDER BY ?merged";
    private static final String MERGED_EVENTS = PREFIXES
            + "SELECT ?event ?merged ?n WHERE { ?merged a ng:MergedEvent ; ng:report ?event ; ng:reportingArticles ?n }";
    private static final String ARTICLE_FACTS = PREFIXES + """
            SELECT ?s (SAMPLE(?l) AS ?language) (SAMPLE(?d) AS ?published) (SAMPLE(?u) AS ?url) (SAMPLE(?r) AS ?readFrom)
            WHERE {
              OPTIONAL { ?s schema:inLanguage ?l }
              OPTIONAL { ?s schema:datePublished ?d }
              OPTIONAL { ?s schema:url ?u }
              OPTIONAL { ?s ng:readFrom ?r }
            }
            GROUP BY ?s
            """;

    /**
     * A merged event (one real-world event several articles report, graph {@code ngid:graph/merged}): what
     * every report agrees on (code, source, target, first and last day), and its reports grouped by the language
     * of their article ({@code reports.ar}, {@code reports.en}, {@code reports.other}), each as {@link #events}
     * gives it, its article with language, publication date, URL and where it was read from, so the workbench
     * shows what the Arabic press and the English wires said side by side.
     */
    JsonObject merged(Node iri) {
        Map<Node, List<Node>> props = describe(iri);
        if (!props.getOrDefault(RDF.type.asNode(), List.of()).contains(NG.MergedEvent.asNode())) {
            throw ApiException.notFound("no merged event " + iri.getURI());
        }
        List<Node> sources = props.getOrDefault(NG.mergedSource.asNode(), List.of());
        List<Node> targets = props.getOrDefault(NG.mergedTarget.asNode(), List.of());
        Node type = first(props, SEM.eventType).orElse(null);
        Set<Node> refs = new LinkedHashSet<>(sources);
        refs.addAll(targets);
        if (type != null) {
            refs.add(type);
        }
        Map<Node, Labels.Label> names = labels.of(refs);
        JsonObject out = new JsonObject();
        out.put("iri", iri.getURI());
        out.put("kind", "merged");
        String code = literal(props, NG.cameoCode.getURI()).orElse(null);
        if (code != null) {
            out.put("code", code);
        }
        if (type != null) {
            out.put("eventType", ref(type, names));
        }
        CameoQuad quad = CameoQuad.of(code);
        out.put("quad", quad.key);
        out.put("quadLabel", quad.label);
        literal(props, SEM.hasEarliestBeginTimeStamp.getURI()).ifPresent(d -> out.put("first", d));
        literal(props, SEM.hasLatestEndTimeStamp.getURI()).ifPresent(d -> out.put("last", d));
        literal(props, NG.reportingArticles.getURI()).ifPresent(n -> out.put("articles", Long.parseLong(n)));
        out.put("sources", refs(sources, names));
        out.put("targets", refs(targets, names));

        List<JsonObject> reports = new ArrayList<>();
        for (Node report : props.getOrDefault(NG.report.asNode(), List.of())) {
            JsonArray found = events(EventFilter.single(report));
            if (!found.isEmpty()) {
                reports.add(found.get(0).getAsObject());
            }
        }
        Map<Node, Binding> facts = articleFacts(reports.stream().filter(r -> r.hasKey("article"))
                .map(r -> NodeFactory.createURI(r.get("article").getAsObject().get("iri").getAsString().value()))
                .toList());
        JsonObject byLanguage = new JsonObject();
        for (String language : List.of("ar", "en", "other")) {
            byLanguage.put(language, new JsonArray());
        }
        reports.sort(Comparator.comparing((JsonObject r) -> r.hasKey("article") ? r.get("article").getAsObject().get("iri").getAsString().value() : "")
                .thenComparing(r -> r.get("iri").getAsString().value()));
        for (JsonObject report : reports) {
            String language = "other";
            if (report.hasKey("article")) {
                JsonObject article = report.get("article").getAsObject();
                Binding f = facts.get(NodeFactory.createURI(article.get("iri").getAsString().value()));
                if (f != null) {
                    for (String v : List.of("language", "published", "url", "readFrom")) {
                        if (f.contains(v)) {
                            Node n = f.get(v);
                            article.put(v, n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                        }
                    }
                    if (f.contains("language") && List.of("ar", "en").contains(f.get("language").getLiteralLexicalForm())) {
                        language = f.get("language").getLiteralLexicalForm();
                    }
                }
            }
            byLanguage.get(language).getAsArray().add(report);
        }
        out.put("reports", byLanguage);
        return out;
    }

    private Map<Node, Binding> articleFacts(Collection<Node> articles) {
        Map<Node, Binding> out = new HashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(ARTICLE_FACTS).asQuery();
        withValues(query, "s", articles);
        for (Binding row : select(query)) {
            out.put(row.get("s"), row);
        }
        return out;
    }

    /** For each of {@code events} that is a report of a merged event: that merged event and its article count. */
    private Map<Node, JsonObject> mergedEvents(List<Node> events) {
        Map<Node, JsonObject> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(MERGED_EVENTS).asQuery();
        withValues(query, "event", events);
        for (Binding row : select(query)) {
            JsonObject m = new JsonObject();
            m.put("iri", row.get("merged").getURI());
            m.put("articles", number(row, "n"));
            out.putIfAbsent(row.get("event"), m);
        }
        return out;
    }

    private Map<Node, Map<String, List<Node>>> participants(List<Node> events) {
        Map<Node, Map<String, List<Node>>> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(PARTICIPANTS).asQuery();
        withValues(query, "event", events);
        for (Binding row : select(query)) {
            out.computeIfAbsent(row.get("event"), k -> new LinkedHashMap<>())
               .computeIfAbsent(row.get("p").getLocalName(), k -> new ArrayList<>())
               .add(row.get("actor"));
        }
        return out;
    }

    private Map<Node, JsonArray> quantities(List<Node> events) {
        Map<Node, JsonArray> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(QUANTITIES).asQuery();
        withValues(query, "event", events);
        for (Binding row : select(query)) {
            JsonObject q = new JsonObject();
            if (row.contains("value")) {
                q.put("value", row.get("value").getLiteralLexicalForm());
            }
            if (row.contains("counts")) {
                q.put("counts", row.get("counts").getLiteralLexicalForm());
            }
            if (row.contains("approximate")) {
                q.put("approximate", Boolean.parseBoolean(row.get("approximate").getLiteralLexicalForm()));
            }
            out.computeIfAbsent(row.get("event"), k -> new JsonArray()).add(q);
        }
        return out;
    }

    // ---------------------------------------------------------------- evidence

    private static final String SENTENCES = PREFIXES + """
            SELECT ?sentence ?text ?begin WHERE {
              ?sentence nif:anchorOf ?text .
              OPTIONAL { ?sentence nif:beginIndex ?begin }
            }
            """;

    private static final String SENTENCE_MENTIONS = PREFIXES + """
            SELECT ?sentence ?mention ?begin ?end ?actor WHERE {
              ?mention nif:sentence ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end .
              OPTIONAL { ?mention itsrdf:taIdentRef ?actor }
            }
            """;

    /**
     * The evidence sentences: text, and the mentions inside with offsets relative to the sentence (code points),
     * each naming its actor (or none, for a trigger word).
     */
    Map<Node, JsonObject> evidence(Collection<Node> sentences) {
        Map<Node, JsonObject> out = new LinkedHashMap<>();
        List<Node> distinct = List.copyOf(new LinkedHashSet<>(sentences));
        if (distinct.isEmpty()) {
            return out;
        }
        Map<Node, Long> begins = new HashMap<>();
        Query texts = new ParameterizedSparqlString(SENTENCES).asQuery();
        withValues(texts, "sentence", distinct);
        for (Binding row : select(texts)) {
            JsonObject e = new JsonObject();
            e.put("iri", row.get("sentence").getURI());
            e.put("text", row.get("text").getLiteralLexicalForm());
            e.put("mentions", new JsonArray());
            out.put(row.get("sentence"), e);
            if (row.contains("begin")) {
                begins.put(row.get("sentence"), number(row, "begin"));
            }
        }
        Query mentions = new ParameterizedSparqlString(SENTENCE_MENTIONS).asQuery();
        withValues(mentions, "sentence", List.copyOf(begins.keySet()));
        List<Binding> rows = begins.isEmpty() ? List.of() : select(mentions);
        Map<Node, Labels.Label> names = labels.of(rows.stream().filter(b -> b.contains("actor"))
                .map(b -> b.get("actor")).toList());
        List<Binding> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(b -> number(b, "begin")));
        for (Binding row : sorted) {
            long offset = begins.get(row.get("sentence"));
            JsonObject m = new JsonObject();
            m.put("iri", row.get("mention").getURI());
            m.put("begin", number(row, "begin") - offset);
            m.put("end", number(row, "end") - offset);
            if (row.contains("actor")) {
                m.put("actor", ref(row.get("actor"), names));
            }
            out.get(row.get("sentence")).get("mentions").getAsArray().add(m);
        }
        return out;
    }

    // ---------------------------------------------------------------- network

    private static final String NETWORK = PREFIXES + """
            SELECT ?source ?target ?code (COUNT(DISTINCT ?event) AS ?n) WHERE {
              ?event a ng:Event ; ng:source ?source ; ng:target ?target .
              OPTIONAL { ?event ng:cameoCode ?code }
              #FOCUS
            }
            GROUP BY ?source ?target ?code
            """;

    private static final String NETWORK_FOCUS = "FILTER(?source = ?pActor || ?target = ?pActor)";

    /**
     * Actors linked by events, one edge per source, target and CAMEO quad class (weighted by the number of
     * events), at most {@code maxNodes} actors, those in most events first. With {@code focus}, only that
     * actor's events.
     */
    JsonObject network(Node focus, int maxNodes) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                NETWORK.replace("#FOCUS", focus == null ? "" : NETWORK_FOCUS));
        if (focus != null) {
            pss.setParam("pActor", focus);
        }
        record Edge(Node source, Node target, CameoQuad quad) {
        }
        Map<Edge, long[]> weights = new LinkedHashMap<>();
        Map<Edge, Set<String>> codes = new HashMap<>();
        Map<Node, Long> degree = new HashMap<>();
        for (Binding row : select(pss.asQuery())) {
            String code = row.contains("code") ? row.get("code").getLiteralLexicalForm() : null;
            Edge edge = new Edge(row.get("source"), row.get("target"), CameoQuad.of(code));
            long n = number(row, "n");
            weights.computeIfAbsent(edge, k -> new long[1])[0] += n;
            if (code != null) {
                codes.computeIfAbsent(edge, k -> new java.util.TreeSet<>()).add(code);
            }
            degree.merge(edge.source(), n, Long::sum);
            degree.merge(edge.target(), n, Long::sum);
        }
        List<Node> kept = degree.entrySet().stream()
                .sorted(Map.Entry.<Node, Long>comparingByValue().reversed()
                        .thenComparing(en -> en.getKey().toString()))
                .limit(maxNodes).map(Map.Entry::getKey).toList();
        Set<Node> keep = new LinkedHashSet<>(kept);
        Map<Node, Labels.Label> names = labels.of(keep);
        Map<Node, String> types = types(keep);
        JsonArray nodes = new JsonArray();
        for (Node actor : keep) {
            JsonObject n = ref(actor, names);
            n.put("type", types.getOrDefault(actor, ""));
            n.put("events", degree.get(actor));
            nodes.add(n);
        }
        JsonArray edges = new JsonArray();
        weights.forEach((edge, w) -> {
            if (keep.contains(edge.source()) && keep.contains(edge.target())) {
                JsonObject e = new JsonObject();
                e.put("source", edge.source().getURI());
                e.put("target", edge.target().getURI());
                e.put("quad", edge.quad().key);
                e.put("quadLabel", edge.quad().label);
                e.put("events", w[0]);
                JsonArray c = new JsonArray();
                codes.getOrDefault(edge, Set.of()).forEach(c::add);
                e.put("codes", c);
                edges.add(e);
            }
        });
        JsonObject out = new JsonObject();
        out.put("nodes", nodes);
        out.put("edges", edges);
        out.put("truncated", degree.size() > keep.size());
        return out;
    }

    // ---------------------------------------------------------------- article

    private static final String ARTICLE_MENTIONS = PREFIXES + """
            SELECT ?mention ?begin ?end ?actor WHERE {
              ?mention nif:referenceContext ?pIri ; a nif:Phrase ; nif:beginIndex ?begin ; nif:endIndex ?end .
              OPTIONAL { ?mention itsrdf:taIdentRef ?actor }
            }
            """;

    private static final String ARTICLE_ROLES = PREFIXES + """
            SELECT ?role ?holder WHERE { ?role a ng:Role ; ng:article ?pIri ; ng:holder ?holder }
            """;

    /** The article page: its text with every mention (code-point offsets into the text), and its facts. */
    JsonObject article(Node iri) {
        Map<Node, List<Node>> props = describe(iri);
        if (!props.getOrDefault(RDF.type.asNode(), List.of()).contains(NG.Article.asNode())) {
            throw ApiException.notFound("no article " + iri.getURI());
        }
        JsonObject out = new JsonObject();
        out.put("iri", iri.getURI());
        literal(props, SCHEMA + "headline").ifPresent(v -> out.put("headline", v));
        literal(props, SCHEMA + "datePublished").ifPresent(v -> out.put("date", v));
        literal(props, SCHEMA + "inLanguage").ifPresent(v -> out.put("language", v));
        props.getOrDefault(org.apache.jena.graph.NodeFactory.createURI(SCHEMA + "url"), List.of()).stream()
             .findFirst().ifPresent(n -> out.put("url", n.isURI() ? n.getURI() : n.getLiteralLexicalForm()));
        literal(props, NIF + "isString").ifPresent(v -> out.put("text", v));
        List<Binding> rows = new ArrayList<>(select(withParam(ARTICLE_MENTIONS, iri)));
        rows.sort(Comparator.comparingLong(b -> number(b, "begin")));
        Map<Node, Labels.Label> names = labels.of(rows.stream().filter(b -> b.contains("actor"))
                .map(b -> b.get("actor")).toList());
        JsonArray mentions = new JsonArray();
        for (Binding row : rows) {
            JsonObject m = new JsonObject();
            m.put("iri", row.get("mention").getURI());
            m.put("begin", number(row, "begin"));
            m.put("end", number(row, "end"));
            if (row.contains("actor")) {
                m.put("actor", ref(row.get("actor"), names));
            }
            mentions.add(m);
        }
        out.put("mentions", mentions);
        out.put("events", events(EventFilter.article(iri)));
        JsonArray roles = new JsonArray();
        Map<Node, Node> holders = new LinkedHashMap<>();
        for (Binding row : select(withParam(ARTICLE_ROLES, iri))) {
            holders.put(row.get("role"), row.get("holder"));
        }
        Map<Node, Labels.Label> holderNames = labels.of(holders.values());
        Map<Node, Labels.Label> roleNames = labels.of(holders.keySet());
        holders.forEach((role, holder) -> {
            JsonObject r = new JsonObject();
            r.put("iri", role.getURI());
            r.put("label", roleNames.getOrDefault(role, Labels.Label.NONE).json());
            r.put("holder", ref(holder, holderNames));
            roles.add(r);
        });
        out.put("roles", roles);
        return out;
    }

    // ---------------------------------------------------------------- any resource

    private static final String INBOUND = "SELECT ?s ?p WHERE { ?s ?p ?pIri } LIMIT 500";

    /** What kind of page shows {@code iri}, and its plain triples both ways; 404 when unknown. */
    JsonObject resource(Node iri) {
        Map<Node, List<Node>> props = describe(iri);
        if (props.isEmpty()) {
            throw ApiException.notFound("nothing is known about " + iri.getURI());
        }
        List<Node> types = props.getOrDefault(RDF.type.asNode(), List.of());
        JsonObject out = new JsonObject();
        out.put("iri", iri.getURI());
        out.put("kind", kind(types));
        out.put("types", localNames(types));
        out.put("label", labels.of(List.of(iri)).getOrDefault(iri, Labels.Label.NONE).json());
        Set<Node> refs = new LinkedHashSet<>(props.keySet());
        props.values().forEach(refs::addAll);
        List<Binding> inbound = select(withParam(INBOUND, iri));
        inbound.forEach(b -> {
            refs.add(b.get("s"));
            refs.add(b.get("p"));
        });
        refs.removeIf(n -> !n.isURI());
        Map<Node, Labels.Label> names = labels.of(refs);
        JsonArray triples = new JsonArray();
        props.forEach((p, objects) -> objects.forEach(o -> {
            JsonObject t = new JsonObject();
            t.put("p", ref(p, names));
            t.put("o", term(o, names));
            triples.add(t);
        }));
        out.put("out", triples);
        JsonArray in = new JsonArray();
        for (Binding b : inbound) {
            JsonObject t = new JsonObject();
            t.put("s", term(b.get("s"), names));
            t.put("p", ref(b.get("p"), names));
            in.add(t);
        }
        out.put("in", in);
        return out;
    }

    static String kind(Collection<Node> types) {
        if (types.contains(NG.Article.asNode())) {
            return "article";
        }
        if (types.contains(NG.Event.asNode())) {
            return "event";
        }
        if (types.contains(NG.MergedEvent.asNode())) {
            return "merged";
        }
        for (Node t : ACTOR_TYPES) {
            if (types.contains(t)) {
                return "actor";
            }
        }
        return "resource";
    }

    // ---------------------------------------------------------------- overview

    private static final String STATS = PREFIXES + """
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?event) AS ?events)
              (COUNT(DISTINCT ?actor) AS ?actors)
            WHERE {
              { ?article a ng:Article } UNION { ?event a ng:Event }
              UNION { ?actor a ?t . VALUES ?t { ng:Person ng:Organization ng:Country ng:Place ng:Group } }
            }
            """;

    private static final String RECENT_ARTICLES = PREFIXES + """
            SELECT ?article (SAMPLE(?h) AS ?headline) (SAMPLE(?d) AS ?date) (SAMPLE(?l) AS ?language) WHERE {
              ?article a ng:Article .
              OPTIONAL { ?article schema:headline ?h }
              OPTIONAL { ?article schema:datePublished ?d }
              OPTIONAL { ?article schema:inLanguage ?l }
            }
            GROUP BY ?article ORDER BY DESC(?date) ?article LIMIT 50
            """;

    /** Counts for the home page, and the latest articles. */
    JsonObject overview() {
        JsonObject out = new JsonObject();
        Binding counts = select(new ParameterizedSparqlString(STATS).asQuery()).get(0);
        out.put("articles", number(counts, "articles"));
        out.put("events", number(counts, "events"));
        out.put("actors", number(counts, "actors"));
        JsonArray articles = new JsonArray();
        for (Binding row : select(new ParameterizedSparqlString(RECENT_ARTICLES).asQuery())) {
            JsonObject a = new JsonObject();
            a.put("iri", row.get("article").getURI());
            for (String v : List.of("headline", "date", "language")) {
                if (row.contains(v)) {
                    a.put(v, row.get(v).getLiteralLexicalForm());
                }
            }
            articles.add(a);
        }
        out.put("recentArticles", articles);
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static final String TYPES = "SELECT ?s ?t WHERE { ?s a ?t }";
    private static final String HEADLINES = PREFIXES + "SELECT ?s ?h WHERE { ?s schema:headline ?h }";

    private Map<Node, String> types(Collection<Node> nodes) {
        Map<Node, String> out = new HashMap<>();
        if (nodes.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(TYPES).asQuery();
        withValues(query, "s", nodes);
        Map<Node, List<Node>> all = new HashMap<>();
        for (Binding row : select(query)) {
            all.computeIfAbsent(row.get("s"), k -> new ArrayList<>()).add(row.get("t"));
        }
        all.forEach((node, ts) -> ACTOR_TYPES.stream().filter(ts::contains).findFirst()
                .ifPresent(t -> out.put(node, t.getLocalName())));
        return out;
    }

    private Map<Node, String> headlines(Collection<Node> articles) {
        Map<Node, String> out = new HashMap<>();
        if (articles.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(HEADLINES).asQuery();
        withValues(query, "s", articles);
        for (Binding row : select(query)) {
            out.putIfAbsent(row.get("s"), row.get("h").getLiteralLexicalForm());
        }
        return out;
    }

    private static JsonObject articleRef(Node article, Map<Node, String> headlines) {
        JsonObject a = new JsonObject();
        a.put("iri", article.getURI());
        if (headlines.containsKey(article)) {
            a.put("headline", headlines.get(article));
        }
        return a;
    }

    private Map<Node, List<Node>> describe(Node iri) {
        return describe(withParam(DESCRIBE, iri));
    }

    /** The rows (?p, ?o) of {@code query} as property → values, in first-seen order. */
    private Map<Node, List<Node>> describe(Query query) {
        Map<Node, List<Node>> props = new LinkedHashMap<>();
        for (Binding row : select(query)) {
            List<Node> values = props.computeIfAbsent(row.get("p"), k -> new ArrayList<>());
            if (!values.contains(row.get("o"))) {
                values.add(row.get("o"));
            }
        }
        return props;
    }

    /** Rows of ({@code key}, ?p, ?o) as key → property → values, in first-seen order. */
    private Map<Node, Map<Node, List<Node>>> grouped(Query query, String key) {
        Map<Node, Map<Node, List<Node>>> out = new LinkedHashMap<>();
        for (Binding row : select(query)) {
            List<Node> values = out.computeIfAbsent(row.get(key), k -> new LinkedHashMap<>())
                                   .computeIfAbsent(row.get("p"), k -> new ArrayList<>());
            if (!values.contains(row.get("o"))) {
                values.add(row.get("o"));
            }
        }
        return out;
    }

    private static java.util.Optional<Node> first(Map<Node, List<Node>> props,
                                                  org.apache.jena.rdf.model.Resource property) {
        return props.getOrDefault(property.asNode(), List.of()).stream().findFirst();
    }

    private static java.util.Optional<String> literal(Map<Node, List<Node>> props, String property) {
        return props.getOrDefault(org.apache.jena.graph.NodeFactory.createURI(property), List.of()).stream()
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    /** A template whose only parameter, {@code ?pIri}, is bound to {@code iri}. */
    private static Query withParam(String template, Node iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setParam("pIri", iri);
        return pss.asQuery();
    }

    /** Sets the query's trailing VALUES block to {@code var} ∈ {@code nodes}. */
    static void withValues(Query query, String var, Collection<Node> nodes) {
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (Node n : new LinkedHashSet<>(nodes)) {
            rows.add(BindingFactory.binding(v, n));
        }
        query.setValuesDataBlock(List.of(v), rows);
    }

    /**
     * All rows of a SELECT, copied while its read transaction is open: TDB2's rows resolve their nodes lazily and
     * could not be read after it.
     */
    List<Binding> select(Query query) {
        return select(link, query);
    }

    static List<Binding> select(RDFLink link, Query query) {
        List<Binding> rows = new ArrayList<>();
        link.queryRowSet(query, rowSet -> rowSet.forEachRemaining(row -> rows.add(BindingFactory.copy(row))));
        return rows;
    }

    private static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    static JsonObject ref(Node node, Map<Node, Labels.Label> names) {
        JsonObject r = new JsonObject();
        r.put("iri", node.getURI());
        r.put("label", names.getOrDefault(node, Labels.Label.NONE).json());
        return r;
    }

    private static JsonArray refs(Collection<Node> nodes, Map<Node, Labels.Label> names) {
        JsonArray out = new JsonArray();
        nodes.forEach(n -> out.add(ref(n, names)));
        return out;
    }

    private static JsonObject term(Node node, Map<Node, Labels.Label> names) {
        if (node.isURI()) {
            return ref(node, names);
        }
        JsonObject t = new JsonObject();
        if (node.isBlank()) {
            t.put("blank", node.getBlankNodeLabel());
            return t;
        }
        t.put("value", node.getLiteralLexicalForm());
        if (!node.getLiteralLanguage().isEmpty()) {
            t.put("lang", node.getLiteralLanguage());
        } else {
            t.put("datatype", node.getLiteralDatatypeURI());
        }
        return t;
    }

    private static JsonArray iris(List<Node> nodes) {
        JsonArray out = new JsonArray();
        nodes.stream().filter(Node::isURI).forEach(n -> out.add(n.getURI()));
        return out;
    }

    private static JsonArray localNames(List<Node> nodes) {
        JsonArray out = new JsonArray();
        nodes.stream().filter(Node::isURI).map(Workbench::localName).distinct().forEach(out::add);
        return out;
    }

    private static String localName(Node node) {
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}

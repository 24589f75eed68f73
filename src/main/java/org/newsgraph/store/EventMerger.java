package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SCHEMA;
import org.newsgraph.rdf.SEM;

/**
 * Cross-article event merging, in the manner of NewsReader's cross-document event coreference: reports
 * ({@code ng:Event} in article graphs) of the same CAMEO code, with the same source and the same target (both
 * stated), dated within a day of each other, are linked to one {@code ng:MergedEvent} in {@link #GRAPH}, which
 * lists them with {@code ng:report}. Each report keeps its own article, sentence, date and quantities: the
 * merged event adds links, it never copies or reconciles what the outlets say.
 *
 * <p>Rules, and why:
 * <ul>
 *   <li>A report's day is its {@code ng:date} when that is a full {@code xsd:date}; a report without a date takes
 *       its article's {@code schema:datePublished}. A report dated only to a month or year is never merged:
 *       "within a day" cannot be decided for it.</li>
 *   <li>Within one signature (code, source, target), reports are sorted by day and grouped greedily: a group
 *       starts at its earliest report and takes every report at most one day later. Every two reports of a
 *       group are thus within a day of each other, and chains (1st, 2nd, 3rd of the month) do not grow without
 *       bound.</li>
 *   <li>A merged event exists only for a group whose reports come from at least two articles: it stands for
 *       "several outlets reported this". So when {@code remove} leaves a group with the reports of one article,
 *       its merged event is dropped, not kept with one report; ingesting another matching article brings it
 *       back under the same IRI.</li>
 *   <li>The IRI is {@code ngid:merged/{h}}, h the first 16 hex digits of SHA-256 of code, source, target and
 *       the group's earliest day: stable across re-ingests and independent of ingest order.</li>
 * </ul>
 *
 * <p>Only signatures the changed article had before or has after are recomputed, so the merged events of
 * other signatures are not touched. The merger reads and writes a {@link DatasetGraph} and nothing else: for the
 * embedded {@link Store} that is the TDB2 dataset, inside a write transaction the store opened (this class opens
 * none). A {@link RemoteStore} has no dataset at hand: {@link #noteSignatures} and {@link #recomputeNoted} state
 * the same rules as SPARQL Update operations, which the server runs on its own current state.
 */
final class EventMerger {

    /** The named graph of merged events. */
    static final Node GRAPH = NodeFactory.createURI(NG.ID + "graph/merged");

    private static final Node TYPE = RDF.type.asNode();
    private static final Node EVENT = NG.Event.asNode();
    private static final Node SOURCE = NG.source.asNode();
    private static final Node TARGET = NG.target.asNode();
    private static final Node CODE = NG.cameoCode.asNode();
    private static final Node DATE = NG.date.asNode();
    private static final Node ARTICLE = NG.article.asNode();
    private static final Node REPORT = NG.report.asNode();

    private EventMerger() {
    }

    /** What an article graph is linked to before it changes: its signatures and the merged events of its reports. */
    static final class Before {
        private final Set<Signature> signatures;
        private final Set<Node> merged;

        private Before(Set<Signature> signatures, Set<Node> merged) {
            this.signatures = signatures;
            this.merged = merged;
        }

        /** The signatures of the article's reports before it changed. */
        Set<Signature> oldSignatures() {
            return signatures;
        }

        /**
         * Recomputes the merged events of every signature the article had before or has now; call after the
         * article's graph was rewritten or dropped, in the same transaction.
         */
        void update(DatasetGraph dsg, Node articleGraph) {
            update(dsg, List.of(articleGraph));
        }

        /**
         * As {@link #update(DatasetGraph, Node)} for every article graph of a batch noted with
         * {@link EventMerger#before(DatasetGraph, Collection)}: a signature shared by many articles of the batch
         * is recomputed once.
         */
        void update(DatasetGraph dsg, Collection<Node> articleGraphs) {
            Set<Signature> all = new LinkedHashSet<>(signatures);
            for (Node g : articleGraphs) {
                all.addAll(signatures(dsg, g));
            }
            recompute(dsg, all, merged);
        }
    }

    /**
     * As {@link #before(DatasetGraph, Node)} for several article graphs, noted together before any of them
     * changes, so that one {@link Before#update(DatasetGraph, Collection)} serves the whole batch.
     */
    static Before before(DatasetGraph dsg, Collection<Node> articleGraphs) {
        Set<Signature> signatures = new LinkedHashSet<>();
        Set<Node> merged = new HashSet<>();
        for (Node g : articleGraphs) {
            Before b = before(dsg, g);
            signatures.addAll(b.signatures);
            merged.addAll(b.merged);
        }
        return new Before(signatures, merged);
    }

    /** Notes what {@code articleGraph} is merged into; call before it changes, inside the write transaction. */
    static Before before(DatasetGraph dsg, Node articleGraph) {
        Set<Node> merged = new HashSet<>();
        Iterator<Quad> events = dsg.find(articleGraph, Node.ANY, TYPE, EVENT);
        while (events.hasNext()) {
            dsg.find(GRAPH, Node.ANY, REPORT, events.next().getSubject()).forEachRemaining(q -> merged.add(q.getSubject()));
        }
        return new Before(signatures(dsg, articleGraph), merged);
    }

    /** The (code, source, target) of every report in one graph that has both a source and a target. */
    static Set<Signature> signatures(DatasetGraph dsg, Node g) {
        Set<Signature> out = new LinkedHashSet<>();
        Iterator<Quad> events = dsg.find(g, Node.ANY, TYPE, EVENT);
        while (events.hasNext()) {
            Node e = events.next().getSubject();
            Node source = one(dsg, g, e, SOURCE);
            Node target = one(dsg, g, e, TARGET);
            Node code = one(dsg, g, e, CODE);
            if (source != null && target != null && code != null) {
                out.add(new Signature(code.getLiteralLexicalForm(), source, target));
            }
        }
        return out;
    }

    private static void recompute(DatasetGraph dsg, Set<Signature> signatures, Set<Node> staleBefore) {
        Set<Node> stale = new HashSet<>(staleBefore);
        Map<Signature, List<Report>> bySignature = reports(dsg, signatures);
        List<List<Report>> perSignature = new ArrayList<>();
        for (Signature s : signatures) {
            List<Report> reports = bySignature.get(s);
            for (Report r : reports) {
                dsg.find(GRAPH, Node.ANY, REPORT, r.event()).forEachRemaining(q -> stale.add(q.getSubject()));
            }
            perSignature.add(reports);
        }
        for (Node m : stale) {
            dsg.deleteAny(GRAPH, m, Node.ANY, Node.ANY);
        }
        Iterator<Signature> sigs = signatures.iterator();
        for (List<Report> reports : perSignature) {
            Signature s = sigs.next();
            for (List<Report> group : groups(reports)) {
                write(dsg, s, group);
            }
        }
    }

    /**
     * Every report of each signature in every article graph, with its day; undatable ones left out. The events of
     * one source are read once for all its signatures: a busy actor's events are many, and a batch of articles
     * touches many of its signatures.
     */
    private static Map<Signature, List<Report>> reports(DatasetGraph dsg, Set<Signature> signatures) {
        Map<Signature, List<Report>> out = new HashMap<>();
        Map<Node, List<Signature>> bySource = new LinkedHashMap<>();
        for (Signature s : signatures) {
            out.put(s, new ArrayList<>());
            bySource.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
        }
        bySource.forEach((source, ofSource) -> {
            Iterator<Quad> withSource = dsg.find(Node.ANY, Node.ANY, SOURCE, source);
            while (withSource.hasNext()) {
                Quad q = withSource.next();
                Node g = q.getGraph();
                Node e = q.getSubject();
                Node code = g.equals(GRAPH) ? null : one(dsg, g, e, CODE);
                if (code == null) {
                    continue;
                }
                Report report = null;
                for (Signature s : ofSource) {
                    if (!code.getLiteralLexicalForm().equals(s.code()) || !dsg.contains(g, e, TARGET, s.target())) {
                        continue;
                    }
                    if (report == null) {
                        Node article = one(dsg, g, e, ARTICLE);
                        LocalDate day = day(dsg, g, e, article);
                        if (day == null) {
                            break;
                        }
                        report = new Report(e, article == null ? g : article, day);
                    }
                    out.get(s).add(report);
                }
            }
        });
        return out;
    }

    private static LocalDate day(DatasetGraph dsg, Node g, Node event, Node article) {
        Node date = one(dsg, g, event, DATE);
        if (date == null && article != null) {
            date = one(dsg, g, article, SCHEMA.datePublished.asNode());
        }
        if (date == null || !date.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(date.getLiteralDatatypeURI())) {
            return null;
        }
        try {
            return LocalDate.parse(date.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The graph where one SPARQL Update request notes the signatures it must recompute ({@link #noteSignatures}),
     * read by {@link #recomputeNoted} and dropped at the end of the same request, so that a server that runs a
     * request as one transaction never shows it.
     */
    static final Node NOTED = NodeFactory.createURI(NG.ID + "graph/merging");

    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\nPREFIX sem: <" + SEM.NS + ">\nPREFIX schema: <"
            + SCHEMA.NS + ">\nPREFIX xsd: <" + XSDDatatype.XSD + "#>\n";

    /**
     * Appends to {@code request} an operation noting, in {@link #NOTED}, the signature of every report now in
     * {@code graphs}, as {@link #signatures} finds them: sent once before the graphs change and once after, it
     * gives {@link #recomputeNoted} the signatures they had and have.
     */
    static void noteSignatures(UpdateRequest request, Collection<Node> graphs) {
        StringBuilder values = new StringBuilder();
        graphs.forEach(g -> values.append('<').append(g.getURI()).append("> "));
        request.add(PREFIXES + """
                INSERT { GRAPH <%s> { ?x ng:cameoCode ?c ; ng:mergedSource ?src ; ng:mergedTarget ?tgt } }
                WHERE {
                  VALUES ?g { %s}
                  GRAPH ?g { ?e a ng:Event ; ng:cameoCode ?code ; ng:source ?src ; ng:target ?tgt }
                  FILTER (isIRI(?src) && isIRI(?tgt))
                  BIND (STR(?code) AS ?c)
                  BIND (IRI(CONCAT("%ssignature/", SHA256(CONCAT(?c, "\\n", STR(?src), "\\n", STR(?tgt))))) AS ?x)
                }
                """.formatted(NOTED.getURI(), values, NG.ID));
    }

    /**
     * Appends to {@code request} the operations that recompute the merged events of every signature noted in
     * {@link #NOTED} from the reports the store holds when they run, and then drop {@link #NOTED}: the same rules
     * as {@link #recompute}, in SPARQL 1.1 alone (a day is numbered by its Julian day, so that "within a day" is
     * integer arithmetic; a group starts every second day of a run of consecutive report days, which is what the
     * greedy windows of {@link #groups} give), so that a server running the request as one transaction recomputes
     * them from its current state, whatever other writers did before.
     */
    static void recomputeNoted(UpdateRequest request) {
        String noted = "<" + NOTED.getURI() + ">";
        String merged = "<" + GRAPH.getURI() + ">";
        String grouped = grouped();
        request.add(PREFIXES + """
                DELETE { GRAPH %2$s { ?m ?p ?o } }
                WHERE {
                  GRAPH %1$s { ?x ng:cameoCode ?c ; ng:mergedSource ?src ; ng:mergedTarget ?tgt }
                  GRAPH %2$s { ?m ng:mergedSource ?src ; ng:mergedTarget ?tgt ; ng:cameoCode ?code ; ?p ?o }
                  FILTER (STR(?code) = ?c)
                }
                """.formatted(noted, merged));
        // the merged events, then their reports: two operations, as each evaluates its groups once (and Jena 5.6
        // fails to close a join of two grouped sub-selects when one side is empty)
        request.add(PREFIXES + """
                INSERT { GRAPH %1$s {
                  ?m a ng:MergedEvent ; ng:cameoCode ?c ; sem:eventType ?type ; ng:mergedSource ?src ;
                     ng:mergedTarget ?tgt ; sem:hasEarliestBeginTimeStamp ?first ; sem:hasLatestEndTimeStamp ?last ;
                     ng:reportingArticles ?articles } }
                WHERE {
                  { SELECT ?c ?src ?tgt (MIN(STR(?date)) AS ?firstDay) (MAX(STR(?date)) AS ?lastDay)
                           (COUNT(DISTINCT ?article) AS ?articles)
                    WHERE { { %2$s } }
                    GROUP BY ?c ?src ?tgt ?gs HAVING (COUNT(DISTINCT ?article) >= 2) }
                  BIND (IRI(CONCAT("%3$smerged/", SUBSTR(SHA256(CONCAT(?c, "\\n", STR(?src), "\\n", STR(?tgt), "\\n", ?firstDay)), 1, 16))) AS ?m)
                  BIND (STRDT(?firstDay, xsd:date) AS ?first)
                  BIND (STRDT(?lastDay, xsd:date) AS ?last)
                  BIND (IRI(CONCAT("%4$s", ?c)) AS ?type)
                }
                """.formatted(merged, grouped, NG.ID, NG.CAMEO));
        request.add(PREFIXES + """
                INSERT { GRAPH %1$s { ?m ng:report ?e } }
                WHERE {
                  { %2$s }
                  GRAPH %1$s { ?m ng:cameoCode ?c ; ng:mergedSource ?src ; ng:mergedTarget ?tgt ;
                                  sem:hasEarliestBeginTimeStamp ?first }
                  %3$s
                  FILTER (?firstNumber = ?gs)
                }
                """.formatted(merged, grouped, julianDay("first", "firstNumber")));
        request.add("DROP SILENT GRAPH " + noted);
    }

    /**
     * A SPARQL sub-select of every report of a signature noted in {@link #NOTED}, with its signature
     * ({@code ?c ?src ?tgt}), {@code ?article}, {@code ?date} and the Julian day number {@code ?gs} of its group's
     * first day, by the rules of {@link #reports}, {@link #day} and {@link #groups}.
     */
    private static String grouped() {
        String noted = "<" + NOTED.getURI() + ">";
        String merged = "<" + GRAPH.getURI() + ">";
        // every report of a noted signature with its article, its day and the day's number
        String reports = """
                GRAPH %1$s { ?x ng:cameoCode ?c ; ng:mergedSource ?src ; ng:mergedTarget ?tgt }
                GRAPH ?g { ?e ng:source ?src ; ng:target ?tgt ; ng:cameoCode ?code }
                FILTER (?g != %2$s && ?g != %1$s && STR(?code) = ?c)
                OPTIONAL { GRAPH ?g { ?e ng:date ?d0 } }
                OPTIONAL { GRAPH ?g { ?e ng:article ?a0 } OPTIONAL { GRAPH ?g { ?a0 schema:datePublished ?p0 } } }
                BIND (COALESCE(?a0, ?g) AS ?article)
                BIND (IF(BOUND(?d0), ?d0, ?p0) AS ?date)
                FILTER (DATATYPE(?date) = xsd:date && REGEX(STR(?date), "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                        && DATATYPE(xsd:date(STR(?date))) = xsd:date)
                %3$s
                """.formatted(noted, merged, julianDay("date", "n"));
        // each report with the number of its group's first day: the last run start before it, plus an even number
        return """
                SELECT ?c ?src ?tgt ?e ?article ?date (?rs + 2 * xsd:integer(FLOOR((?n - ?rs) / 2)) AS ?gs) WHERE {
                  { SELECT ?c ?src ?tgt ?e ?article ?date ?n (MAX(?start) AS ?rs) WHERE {
                      { SELECT ?c ?src ?tgt ?e ?article ?date ?n WHERE { %1$s } }
                      { SELECT DISTINCT ?c ?src ?tgt ?start WHERE {
                          { SELECT DISTINCT ?c ?src ?tgt (?n AS ?start) WHERE { %1$s } }
                          MINUS { SELECT DISTINCT ?c ?src ?tgt ?start WHERE { %1$s BIND (?n + 1 AS ?start) } }
                      } }
                      FILTER (?start <= ?n)
                    } GROUP BY ?c ?src ?tgt ?e ?article ?date ?n }
                }
                """.formatted(reports);
    }

    /**
     * SPARQL {@code BIND}s giving {@code ?out} the Julian day number of the {@code YYYY-MM-DD} date in {@code ?date}
     * (Fliegel and Van Flandern's formula, in integers), with helper variables named after {@code out}.
     */
    private static String julianDay(String date, String out) {
        return """
                BIND (xsd:integer(SUBSTR(STR(?%1$s), 1, 4)) AS ?%2$sY)
                BIND (xsd:integer(SUBSTR(STR(?%1$s), 6, 2)) AS ?%2$sM)
                BIND (xsd:integer(SUBSTR(STR(?%1$s), 9, 2)) AS ?%2$sD)
                BIND (xsd:integer(FLOOR((14 - ?%2$sM) / 12)) AS ?%2$sA)
                BIND (?%2$sY + 4800 - ?%2$sA AS ?%2$sYY)
                BIND (?%2$sM + 12 * ?%2$sA - 3 AS ?%2$sMM)
                BIND (?%2$sD + xsd:integer(FLOOR((153 * ?%2$sMM + 2) / 5)) + 365 * ?%2$sYY + xsd:integer(FLOOR(?%2$sYY / 4))
                      - xsd:integer(FLOOR(?%2$sYY / 100)) + xsd:integer(FLOOR(?%2$sYY / 400)) - 32045 AS ?%2$s)
                """.formatted(date, out);
    }

    /** Greedy day windows over the reports sorted by day; only groups spanning two articles or more. */
    static List<List<Report>> groups(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::day).thenComparing(r -> r.event().getURI()));
        List<List<Report>> out = new ArrayList<>();
        List<Report> current = new ArrayList<>();
        for (Report r : sorted) {
            if (!current.isEmpty() && r.day().isAfter(current.get(0).day().plusDays(1))) {
                keep(current, out);
                current = new ArrayList<>();
            }
            current.add(r);
        }
        keep(current, out);
        return out;
    }

    private static void keep(List<Report> group, List<List<Report>> out) {
        if (group.stream().map(Report::article).distinct().count() >= 2) {
            out.add(group);
        }
    }

    private static void write(DatasetGraph dsg, Signature s, List<Report> group) {
        LocalDate first = group.get(0).day();
        LocalDate last = group.get(group.size() - 1).day();
        Node m = NodeFactory.createURI(iri(s, first));
        dsg.add(GRAPH, m, TYPE, NG.MergedEvent.asNode());
        dsg.add(GRAPH, m, CODE, NodeFactory.createLiteralString(s.code()));
        dsg.add(GRAPH, m, SEM.eventType.asNode(), NodeFactory.createURI(NG.CAMEO + s.code()));
        dsg.add(GRAPH, m, NG.mergedSource.asNode(), s.source());
        dsg.add(GRAPH, m, NG.mergedTarget.asNode(), s.target());
        dsg.add(GRAPH, m, SEM.hasEarliestBeginTimeStamp.asNode(), day(first));
        dsg.add(GRAPH, m, SEM.hasLatestEndTimeStamp.asNode(), day(last));
        Set<Node> articles = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Report r : group) {
            dsg.add(GRAPH, m, REPORT, r.event());
            articles.add(r.article());
        }
        dsg.add(GRAPH, m, NG.reportingArticles.asNode(),
                NodeFactory.createLiteralDT(Integer.toString(articles.size()), XSDDatatype.XSDinteger));
    }

    /** {@code ngid:merged/{h}}: h from code, source, target and earliest day, so the same group keeps its IRI. */
    static String iri(Signature s, LocalDate first) {
        String basis = s.code() + "\n" + s.source().getURI() + "\n" + s.target().getURI() + "\n" + first;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return NG.ID + "merged/" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** What must agree for two reports to be the same event, besides the day. */
    record Signature(String code, Node source, Node target) {
    }

    /** One report: the event in its article graph, the article, and the day it is placed on. */
    record Report(Node event, Node article, LocalDate day) {
    }
}

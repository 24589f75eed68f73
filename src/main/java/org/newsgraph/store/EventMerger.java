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
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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
 * none); for a {@link RemoteStore} it is a small in-memory copy of the quads {@link #beforeInputs} and
 * {@link #inputs} select, from which the same rules give the same merged events, and whose change to
 * {@link #GRAPH} is sent to the endpoint.
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
     * A SPARQL query for every quad {@link #before} reads about {@code graphs}: their reports' type, code, source
     * and target, and the {@code ng:report} links of the merged events listing those reports. Its solutions bind
     * {@code ?g ?s ?p ?o}.
     */
    static Query beforeInputs(Collection<Node> graphs) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?g ?s ?p ?o WHERE {
                  VALUES (?g0) { ?graphs }
                  {
                    GRAPH ?g0 { ?s a ?event ; ?p ?o FILTER (?p IN (?type, ?code, ?source, ?target)) }
                    BIND (?g0 AS ?g)
                  } UNION {
                    GRAPH ?g0 { ?e a ?event }
                    GRAPH ?merged { ?s ?report ?e }
                    BIND (?merged AS ?g) BIND (?report AS ?p) BIND (?e AS ?o)
                  }
                }
                """);
        q.setRowValues("graphs", graphs.stream().<List<? extends RDFNode>>map(g -> List.of(ResourceFactory.createResource(g.getURI()))).toList());
        bindTerms(q);
        return q.asQuery();
    }

    /**
     * A SPARQL query for every quad that recomputing {@code signatures} reads or may delete: in each article
     * graph, the type, code, source, target, date and article of each report of a signature and its article's
     * {@code schema:datePublished}; in {@link #GRAPH}, everything about the merged events of those signatures.
     * Its solutions bind {@code ?g ?s ?p ?o}. Codes are matched as the plain string literals that the rdf stage
     * and {@link #write} state.
     */
    static Query inputs(Collection<Signature> signatures) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?g ?s ?p ?o WHERE {
                  VALUES (?src ?tgt ?c) { ?signatures }
                  {
                    GRAPH ?g { ?s ?source ?src ; ?target ?tgt ; ?code ?c ; ?p ?o
                               FILTER (?p IN (?type, ?code, ?source, ?target, ?date, ?articleOf)) }
                  } UNION {
                    GRAPH ?g { ?e ?source ?src ; ?target ?tgt ; ?code ?c ; ?articleOf ?s . ?s ?published ?o }
                    BIND (?published AS ?p)
                  } UNION {
                    GRAPH ?merged { ?s ?code ?c ; ?mergedSource ?src ; ?mergedTarget ?tgt ; ?p ?o }
                    BIND (?merged AS ?g)
                  }
                }
                """);
        q.setRowValues("signatures", signatures.stream().<List<? extends RDFNode>>map(s -> List.of(
                ResourceFactory.createResource(s.source().getURI()), ResourceFactory.createResource(s.target().getURI()),
                ResourceFactory.createStringLiteral(s.code()))).toList());
        bindTerms(q);
        q.setIri("published", SCHEMA.datePublished.getURI());
        q.setIri("mergedSource", NG.mergedSource.getURI());
        q.setIri("mergedTarget", NG.mergedTarget.getURI());
        return q.asQuery();
    }

    private static void bindTerms(ParameterizedSparqlString q) {
        q.setIri("merged", GRAPH.getURI());
        q.setIri("type", TYPE.getURI());
        q.setIri("event", EVENT.getURI());
        q.setIri("code", CODE.getURI());
        q.setIri("source", SOURCE.getURI());
        q.setIri("target", TARGET.getURI());
        q.setIri("date", DATE.getURI());
        q.setIri("articleOf", ARTICLE.getURI());
        q.setIri("report", REPORT.getURI());
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

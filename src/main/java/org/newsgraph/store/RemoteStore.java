package org.newsgraph.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.rdf.NG;

/**
 * A newsgraph store kept in a SPARQL 1.1 server (a standalone Fuseki, our own {@code newsgraph serve
 * --allow-writes}, or any store with the same endpoints), reached through Jena's HTTP clients:
 * <ul>
 *   <li>{@code URL/data}: Graph Store Protocol; each article graph is written with one PUT, which replaces it;</li>
 *   <li>{@code URL/sparql}: SPARQL query, for {@link #holds} and to read what event merging needs;</li>
 *   <li>{@code URL/update}: SPARQL Update, for the merged-events graph ({@code DELETE DATA}/{@code INSERT DATA}).</li>
 * </ul>
 * These are Fuseki's names for a dataset at {@code URL} (and {@code newsgraph serve}'s, for {@code /newsgraph}).
 *
 * <p>Merged events follow {@link EventMerger}'s rules exactly: the quads its computation needs are copied from
 * the endpoint into a small in-memory dataset, the merger runs there, and the change it made to the merged graph
 * is sent as one SPARQL Update. So the endpoint ends with the same quads the embedded {@link Store} would hold.
 *
 * <p>HTTP gives no transaction across requests. Within a batch the merged-events update is sent first and the
 * article graphs after it, so that a batch cut short is repaired by running the same ingest again: the graphs not
 * yet written are not {@linkplain #holds held}, are written then, and the merged events recomputed from what the
 * endpoint holds. Two workers ingesting reports of the same event at the same moment may each compute the merged
 * event without the other's report; ingest the articles of one period from one worker, or re-run with
 * {@code --force}, when that matters.
 *
 * <p>The endpoint's default graph should be the union of its named graphs (as in {@code newsgraph serve},
 * Virtuoso, GraphDB and QLever; in Fuseki with {@code --set tdb:unionDefaultGraph=true}) for library queries to
 * give the embedded store's answers; writing does not depend on it.
 */
public final class RemoteStore implements GraphTarget {

    private final String url;
    private final Map<String, String> headers;

    private RemoteStore(String url, Map<String, String> headers) {
        this.url = url;
        this.headers = headers;
    }

    /**
     * Connects to the dataset at {@code url} (such as {@code http://localhost:3030/newsgraph}) and checks that it
     * answers a query and takes an update.
     *
     * @param token a bearer token sent with every request, or {@code null}
     * @throws StoreException with a one-line reason when the URL is not http(s), or the endpoint does not answer a
     *                        query or refuses an (empty) update
     */
    public static RemoteStore connect(String url, String token) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException("target " + url + " is not a URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new StoreException("target " + url + " is not an http(s) URL");
        }
        Map<String, String> headers = new HashMap<>();
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Bearer " + token.strip());
        }
        RemoteStore store = new RemoteStore(url.replaceAll("/+$", ""), Map.copyOf(headers));
        store.call("sparql", () -> store.query(QueryFactory.create("ASK {}")).ask());
        // an update that changes nothing, so that a read-only server or a missing token fails here, in one line,
        // rather than at every batch
        store.call("update", () -> {
            UpdateExecHTTP.service(store.url + "/update").httpHeaders(headers).update("INSERT DATA {}").execute();
            return null;
        });
        return store;
    }

    @Override
    public String describe() {
        return "target " + url;
    }

    @Override
    public boolean holds(Node graph, String contentHash) {
        return contentHash.equals(storedHashes(List.of(graph)).get(graph));
    }

    /** The stored content hash of each of {@code graphs} that has one. */
    private Map<Node, String> storedHashes(List<Node> graphs) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?g ?hash WHERE { VALUES (?g) { ?graphs } GRAPH ?g { ?article ?contentHash ?hash } }
                """);
        q.setRowValues("graphs", graphs.stream().<List<? extends RDFNode>>map(g -> List.of(ResourceFactory.createResource(g.getURI()))).toList());
        q.setIri("contentHash", NG.contentHash.getURI());
        Map<Node, String> out = new HashMap<>();
        call("sparql", () -> {
            RowSet rows = query(q.asQuery()).select();
            rows.forEachRemaining(b -> out.put(b.get("g"), b.get("hash").getLiteralLexicalForm()));
            return null;
        });
        return out;
    }

    /**
     * Writes the changed graphs of {@code batch}: first the merged events they change (one SPARQL Update), then
     * each graph with a Graph Store PUT. See the class comment for what a failure half-way leaves.
     */
    @Override
    public List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Node, String> stored = force ? Map.of() : storedHashes(batch.stream().map(ArticleGraph::graph).distinct().toList());
        List<ArticleGraph> changed = new ArrayList<>();
        List<IngestResult> results = new ArrayList<>(batch.size());
        for (ArticleGraph a : batch) {
            if (!force && a.contentHash().equals(stored.get(a.graph()))) {
                results.add(new IngestResult(IngestResult.Status.UNCHANGED, 0));
            } else {
                changed.add(a);
                results.add(new IngestResult(IngestResult.Status.INGESTED, a.size()));
            }
        }
        if (changed.isEmpty()) {
            return results;
        }
        UpdateRequest mergedChange = mergedChange(changed);
        if (!mergedChange.getOperations().isEmpty()) {
            call("update", () -> {
                UpdateExecHTTP.service(url + "/update").httpHeaders(headers).update(mergedChange).execute();
                return null;
            });
        }
        for (ArticleGraph a : changed) {
            call("data", () -> {
                gsp().graphName(a.graph()).PUT(a.content());
                return null;
            });
        }
        return results;
    }

    /**
     * What {@code changed} does to the merged-events graph, computed by {@link EventMerger} on an in-memory copy
     * of the quads it reads: the old reports of the changed graphs, then, with the new content in their place,
     * every report and merged event of every signature they had or have.
     */
    private UpdateRequest mergedChange(List<ArticleGraph> changed) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Map<Node, ArticleGraph> byGraph = new LinkedHashMap<>();
        changed.forEach(a -> byGraph.put(a.graph(), a));
        load(copy, EventMerger.beforeInputs(byGraph.keySet()));
        Map<Node, EventMerger.Before> before = new LinkedHashMap<>();
        Set<EventMerger.Signature> signatures = new LinkedHashSet<>();
        for (Node g : byGraph.keySet()) {
            EventMerger.Before b = EventMerger.before(copy, g);
            before.put(g, b);
            signatures.addAll(b.oldSignatures());
        }
        for (ArticleGraph a : byGraph.values()) {
            copy.removeGraph(a.graph());
            a.triples().forEach(t -> copy.add(a.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
            signatures.addAll(EventMerger.signatures(copy, a.graph()));
        }
        if (!signatures.isEmpty()) {
            // the endpoint still holds the old content of the changed graphs (they are written last): the copy
            // keeps their new content
            loadExcept(copy, EventMerger.inputs(signatures), byGraph.keySet());
        }
        Set<Triple> was = triples(copy.getGraph(EventMerger.GRAPH));
        before.forEach((g, b) -> b.update(copy, g));
        Set<Triple> is = triples(copy.getGraph(EventMerger.GRAPH));

        QuadDataAcc deleted = new QuadDataAcc();
        QuadDataAcc inserted = new QuadDataAcc();
        was.stream().filter(t -> !is.contains(t)).forEach(t -> deleted.addQuad(Quad.create(EventMerger.GRAPH, t)));
        is.stream().filter(t -> !was.contains(t)).forEach(t -> inserted.addQuad(Quad.create(EventMerger.GRAPH, t)));
        UpdateRequest request = new UpdateRequest();
        if (!deleted.getQuads().isEmpty()) {
            request.add(new UpdateDataDelete(deleted));
        }
        if (!inserted.getQuads().isEmpty()) {
            request.add(new UpdateDataInsert(inserted));
        }
        return request;
    }

    private void load(DatasetGraph into, Query select) {
        loadExcept(into, select, Set.of());
    }

    /** Adds the {@code ?g ?s ?p ?o} solutions of {@code select} to {@code into}, but none in {@code skip}. */
    private void loadExcept(DatasetGraph into, Query select, Set<Node> skip) {
        call("sparql", () -> {
            query(select).select().forEachRemaining(b -> {
                if (!skip.contains(b.get("g"))) {
                    into.add(b.get("g"), b.get("s"), b.get("p"), b.get("o"));
                }
            });
            return null;
        });
    }

    private static Set<Triple> triples(Graph g) {
        Set<Triple> out = new HashSet<>();
        g.find().forEach(out::add);
        return out;
    }

    /**
     * Makes the endpoint's vocabulary graph equal to {@code vocabulary}, as {@link Store#refreshVocabulary} does
     * for the embedded store, so that library queries find the labels of CAMEO codes; writes only when it differs.
     *
     * @return true when the endpoint was written
     */
    public boolean refreshVocabulary(Graph vocabulary) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.setIri("g", Store.VOCABULARY_GRAPH.getURI());
        Graph stored = call("sparql", () -> query(q.asQuery()).construct(GraphFactory.createDefaultGraph()));
        if (stored.size() == vocabulary.size() && stored.isIsomorphicWith(vocabulary)) {
            return false;
        }
        call("data", () -> {
            gsp().graphName(Store.VOCABULARY_GRAPH).PUT(vocabulary);
            return null;
        });
        return true;
    }

    private GSP gsp() {
        GSP gsp = GSP.service(url + "/data");
        headers.forEach(gsp::httpHeader);
        return gsp;
    }

    private QueryExecHTTP query(Query q) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(url + "/sparql").query(q).httpHeaders(headers);
        return b.build();
    }

    /**
     * Runs a query at any SPARQL endpoint (such as {@code http://localhost:3030/newsgraph/sparql}) and hands the
     * execution to {@code handler}, which must consume the results before it returns: the remote counterpart of
     * {@link Store#query}. Library queries give the embedded store's answers when the endpoint's default graph
     * is the union of its named graphs (see the class comment).
     *
     * @param substitutions values for variables of the query, bound before it is sent (SPARQL-injection safe)
     * @throws StoreException with a one-line reason naming the endpoint when it cannot be asked or fails
     */
    public static <T> T query(String endpoint, Query query, Map<String, RDFNode> substitutions,
            Function<QueryExecution, T> handler) {
        return exchange("endpoint " + endpoint, () -> {
            QueryExecutionBuilder builder = QueryExecutionHTTP.service(endpoint).query(query);
            substitutions.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                return handler.apply(qe);
            }
        });
    }

    private <T> T call(String endpoint, Supplier<T> exchange) {
        return exchange("target " + url + "/" + endpoint, exchange);
    }

    /**
     * Runs one exchange with an endpoint, turning what can go wrong into a {@link StoreException} whose one-line
     * message names the URL ({@code where}: "target URL" or "endpoint URL") and the reason.
     */
    private static <T> T exchange(String where, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw new StoreException(reason(where, e.getStatusCode(), e.getResponseMessage(), e), e);
        } catch (HttpException e) {
            throw new StoreException(reason(where, e.getStatusCode(), e.getStatusLine(), e), e);
        } catch (QueryException e) {
            throw new StoreException(where + " gave an answer that is not SPARQL results: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String reason(String where, int status, String statusLine, RuntimeException e) {
        boolean reading = where.startsWith("endpoint ");
        return switch (status) {
            case 401 -> reading ? where + " refused the request (401 Unauthorized)"
                    : where + " refused the request (401 Unauthorized): give its write token with"
                            + " --target-token-file or NEWSGRAPH_TARGET_TOKEN";
            case 403 -> reading ? where + " refused the request (403 Forbidden)"
                    : where + " refused the request (403 Forbidden): the token does not allow writing,"
                            + " or the server is read-only (newsgraph serve needs --allow-writes; Fuseki needs --update)";
            case 404 -> reading ? where + " does not exist (404 Not Found): give the SPARQL endpoint's URL, such as"
                            + " http://localhost:3030/newsgraph/sparql"
                    : where.endsWith("/sparql") ? where + " does not exist (404 Not Found): give the dataset's URL, such as"
                            + " http://localhost:3030/newsgraph"
                    : where + " does not exist (404 Not Found): the server does not take writes"
                            + " (newsgraph serve needs --allow-writes; Fuseki needs --update)";
            case 405 -> where + " does not allow this (405 Method Not Allowed): is the server read-only?";
            default -> status > 0
                    ? where + " answered " + status + (statusLine == null || statusLine.isBlank() ? "" : " " + firstLine(statusLine))
                    : where + " cannot be reached: " + transportReason(e);
        };
    }

    /** Why no HTTP answer came: the network cause, which Jena wraps. */
    private static String transportReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is the server running?)";
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    /** Nothing to release: every exchange uses Jena's shared HTTP client. */
    @Override
    public void close() {
    }
}

package org.newsgraph.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.rdf.NG;

/**
 * A newsgraph store kept in a SPARQL 1.1 server (a standalone Fuseki, our own {@code newsgraph serve
 * --allow-writes}, GraphDB, Virtuoso, QLever...), reached through two endpoints with Jena's HTTP clients:
 * <ul>
 *   <li>the query endpoint ({@code URL/sparql} for a Fuseki dataset at {@code URL}), for {@link #holds} and to
 *       check what is there;</li>
 *   <li>the update endpoint ({@code URL/update}), for every write: article graphs, merged events, vocabulary.</li>
 * </ul>
 *
 * <p>Each write is <em>one SPARQL Update request</em> that replaces a set of article graphs ({@code DROP SILENT
 * GRAPH} and {@code INSERT DATA}) and then recomputes the merged events of every signature those graphs had or
 * have, with operations whose {@code WHERE} reads the store as it is when they run ({@link EventMerger#noteSignatures},
 * {@link EventMerger#recomputeNoted}). SPARQL 1.1 Update asks a server to run each request atomically, and Fuseki
 * (like the embedded store, on which it is built) runs it in one write transaction. Hence:
 * <ul>
 *   <li>a request is written whole or not at all: an ingest cut short leaves whole articles with their merged
 *       events, and running it again finishes it;</li>
 *   <li>writers do not race: several workers may feed one server at once, even with reports of the same event,
 *       since whichever request comes last recomputes the merged events from every report then stored;</li>
 *   <li>the endpoint ends with exactly the quads the embedded {@link Store} would hold.</li>
 * </ul>
 * A batch larger than {@link #MAX_REQUEST_TRIPLES} triples goes in several requests, each atomic and consistent by
 * itself. A store whose requests are not atomic still ends right when one writer feeds it.
 *
 * <p>The endpoint's default graph should be the union of its named graphs (as in {@code newsgraph serve},
 * Virtuoso, GraphDB and QLever; in Fuseki with {@code --set tdb:unionDefaultGraph=true}) for library queries to
 * give the embedded store's answers; writing does not depend on it.
 */
public final class RemoteStore implements GraphTarget {

    /**
     * The most article triples one update request carries (a few MB of text): large enough that a request per
     * batch is the rule, small enough for servers' request-size limits ({@code newsgraph serve} takes 64 MiB).
     */
    static final int MAX_REQUEST_TRIPLES = 50_000;

    /**
     * How long one request may wait for the server's answer by default: a batch of a thousand articles is written
     * in seconds by a store that works, and a server that accepts connections but never answers must not hang an
     * ingest for ever.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The longest wait for a connection (Jena's own default); shorter when the request timeout is. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final String queryUrl;
    private final String updateUrl;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final HttpClient http;
    /**
     * The first exchange that got no answer in time: every later one fails at once with its message, so that an
     * ingest of many articles into a server that stopped answering ends after one timeout, not one per article,
     * and sends nothing more that could land after the failure is reported.
     */
    private final AtomicReference<StoreException> unresponsive = new AtomicReference<>();

    private RemoteStore(String name, String queryUrl, String updateUrl, Map<String, String> headers, Duration timeout) {
        this.name = name;
        this.queryUrl = queryUrl;
        this.updateUrl = updateUrl;
        this.headers = headers;
        this.timeout = timeout;
        this.http = client(timeout);
    }

    /**
     * Connects to the Fuseki-style dataset at {@code dataset} (such as {@code http://localhost:3030/newsgraph}),
     * whose query endpoint is {@code dataset/sparql} and update endpoint {@code dataset/update}.
     *
     * @see #connect(String, String, String)
     */
    public static RemoteStore connect(String dataset, String token) {
        return connect(dataset, token, DEFAULT_TIMEOUT);
    }

    /**
     * As {@link #connect(String, String)}, each request waiting at most {@code timeout} for the server's answer.
     */
    public static RemoteStore connect(String dataset, String token, Duration timeout) {
        String base = checkedUrl(dataset).replaceAll("/+$", "");
        return connect(base, base + "/sparql", base + "/update", token, timeout);
    }

    /**
     * Connects to a store through its query and update endpoints, named by the store's own layout (GraphDB:
     * {@code /repositories/ID} and {@code /repositories/ID/statements}; Virtuoso and QLever: one URL for both),
     * and checks that the first answers a query and the second takes an (empty) update.
     *
     * @param token a bearer token sent with every request, or {@code null}
     * @throws StoreException with a one-line reason naming the URL when one is not http(s), cannot be reached,
     *                        refuses the token (401, 403), does not exist (404) or gives no answer within
     *                        {@link #DEFAULT_TIMEOUT}
     */
    public static RemoteStore connect(String queryUrl, String updateUrl, String token) {
        return connect(queryUrl, updateUrl, token, DEFAULT_TIMEOUT);
    }

    /**
     * As {@link #connect(String, String, String)}, each request waiting at most {@code timeout} for the server's
     * answer (and at most {@link #CONNECT_TIMEOUT}, or {@code timeout} when shorter, for a connection).
     */
    public static RemoteStore connect(String queryUrl, String updateUrl, String token, Duration timeout) {
        return connect(checkedUrl(updateUrl), checkedUrl(queryUrl), checkedUrl(updateUrl), token, timeout);
    }

    private static RemoteStore connect(String name, String queryUrl, String updateUrl, String token, Duration timeout) {
        Map<String, String> headers = new HashMap<>();
        if (token != null && !token.isBlank()) {
            headers.put("Authorization", "Bearer " + token.strip());
        }
        RemoteStore store = new RemoteStore(name, queryUrl, updateUrl, Map.copyOf(headers), checkedTimeout(timeout));
        store.call(Role.QUERY, () -> store.query(QueryFactory.create("ASK {}")).ask());
        // an update that changes nothing, so that a read-only server or a missing token fails here, in one line,
        // rather than at every batch
        store.update(UpdateFactory.create("INSERT DATA {}"));
        return store;
    }

    private static Duration checkedTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        return timeout;
    }

    /** Jena's HTTP client as it builds its shared one, with our connect timeout. */
    private static HttpClient client(Duration timeout) {
        return HttpEnv.httpClientBuilder().connectTimeout(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT)
                .build();
    }

    private static String checkedUrl(String url) {
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
        return url;
    }

    @Override
    public String describe() {
        return "target " + name;
    }

    @Override
    public boolean holds(Node graph, String contentHash) {
        return contentHash.equals(storedHashes(List.of(graph)).get(graph));
    }

    /** The stored content hash of each of {@code graphs} that has one. */
    private Map<Node, String> storedHashes(Collection<Node> graphs) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?g ?hash WHERE { VALUES (?g) { ?graphs } GRAPH ?g { ?article ?contentHash ?hash } }
                """);
        q.setRowValues("graphs", rows(graphs));
        q.setIri("contentHash", NG.contentHash.getURI());
        Map<Node, String> out = new HashMap<>();
        call(Role.QUERY, () -> {
            RowSet rows = query(q.asQuery()).select();
            rows.forEachRemaining(b -> out.put(b.get("g"), b.get("hash").getLiteralLexicalForm()));
            return null;
        });
        return out;
    }

    /** The article graphs among {@code graphs}: those stating {@code <g> a ng:Article}. */
    private Set<Node> articles(Collection<Node> graphs) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?g WHERE { VALUES (?g) { ?graphs } GRAPH ?g { ?g a ?article } }
                """);
        q.setRowValues("graphs", rows(graphs));
        q.setIri("article", NG.Article.getURI());
        Set<Node> out = new HashSet<>();
        call(Role.QUERY, () -> {
            query(q.asQuery()).select().forEachRemaining(b -> out.add(b.get("g")));
            return null;
        });
        return out;
    }

    private static List<List<? extends RDFNode>> rows(Collection<Node> graphs) {
        return graphs.stream().<List<? extends RDFNode>>map(g -> List.of(ResourceFactory.createResource(g.getURI()))).toList();
    }

    /**
     * Writes the changed graphs of {@code batch} with their merged events, one update request per
     * {@link #MAX_REQUEST_TRIPLES} triples or fewer; see the class comment for what is atomic. When a request
     * fails, the ones before it are written and none after it is sent.
     */
    @Override
    public List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<Node, String> stored = force ? Map.of() : storedHashes(new LinkedHashSet<>(batch.stream().map(ArticleGraph::graph).toList()));
        // which articles change, deciding as the embedded store does: the second copy of an article in the batch
        // is unchanged after the first, and the last content given for a graph is the one written
        Map<Node, String> hashes = new HashMap<>(stored);
        Map<Node, ArticleGraph> changed = new LinkedHashMap<>();
        List<IngestResult> results = new ArrayList<>(batch.size());
        for (ArticleGraph a : batch) {
            if (!force && a.contentHash().equals(hashes.get(a.graph()))) {
                results.add(new IngestResult(IngestResult.Status.UNCHANGED, 0));
                continue;
            }
            hashes.put(a.graph(), a.contentHash());
            changed.put(a.graph(), a);
            results.add(new IngestResult(IngestResult.Status.INGESTED, a.size()));
        }
        List<ArticleGraph> request = new ArrayList<>();
        long triples = 0;
        for (ArticleGraph a : changed.values()) {
            if (!request.isEmpty() && triples + a.size() > MAX_REQUEST_TRIPLES) {
                update(replacement(request));
                request = new ArrayList<>();
                triples = 0;
            }
            request.add(a);
            triples += a.size();
        }
        if (!request.isEmpty()) {
            update(replacement(request));
        }
        return results;
    }

    /** One request: the signatures the graphs have, the graphs replaced, the signatures they have now, merging. */
    static UpdateRequest replacement(List<ArticleGraph> graphs) {
        List<Node> names = graphs.stream().map(ArticleGraph::graph).toList();
        UpdateRequest request = new UpdateRequest();
        EventMerger.noteSignatures(request, names);
        names.forEach(g -> request.add(new UpdateDrop(g, true)));
        QuadDataAcc content = new QuadDataAcc();
        for (ArticleGraph a : graphs) {
            a.triples().forEach(t -> content.addQuad(Quad.create(a.graph(), t)));
        }
        request.add(new UpdateDataInsert(content));
        EventMerger.noteSignatures(request, names);
        EventMerger.recomputeNoted(request);
        return request;
    }

    /**
     * Drops article graphs and recomputes the merged events their reports were part of, in one update request,
     * as {@link Store#removeGraphs} does in one transaction: either all are removed or, when one is not an article
     * of the target, none.
     *
     * @throws StoreException naming the first graph that is not an article graph of the target
     */
    public void removeGraphs(List<Node> graphs) {
        Set<Node> held = articles(graphs);
        for (Node g : graphs) {
            if (!held.contains(g) || g.equals(Store.VOCABULARY_GRAPH) || g.equals(Store.MERGED_GRAPH)) {
                throw new StoreException("no article " + g.getURI() + " at " + describe());
            }
        }
        update(removal(graphs));
    }

    /** One request: the signatures the graphs have, the graphs dropped, merging. */
    static UpdateRequest removal(List<Node> graphs) {
        UpdateRequest request = new UpdateRequest();
        EventMerger.noteSignatures(request, graphs);
        graphs.forEach(g -> request.add(new UpdateDrop(g, true)));
        EventMerger.recomputeNoted(request);
        return request;
    }

    /**
     * Makes the target's vocabulary graph equal to {@code vocabulary}, as {@link Store#refreshVocabulary} does
     * for the embedded store, so that library queries find the labels of CAMEO codes; writes only when it differs.
     *
     * @return true when the target was written
     */
    public boolean refreshVocabulary(Graph vocabulary) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.setIri("g", Store.VOCABULARY_GRAPH.getURI());
        Graph stored = call(Role.QUERY, () -> query(q.asQuery()).construct(GraphFactory.createDefaultGraph()));
        if (stored.size() == vocabulary.size() && stored.isIsomorphicWith(vocabulary)) {
            return false;
        }
        QuadDataAcc content = new QuadDataAcc();
        vocabulary.find().forEach(t -> content.addQuad(Quad.create(Store.VOCABULARY_GRAPH, t)));
        UpdateRequest request = new UpdateRequest();
        request.add(new UpdateDrop(Store.VOCABULARY_GRAPH, true));
        request.add(new UpdateDataInsert(content));
        update(request);
        return true;
    }

    private void update(UpdateRequest request) {
        call(Role.UPDATE, () -> {
            UpdateExecHTTP.service(updateUrl).httpClient(http).httpHeaders(headers).update(request)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
            return null;
        });
    }

    private QueryExecHTTP query(Query q) {
        QueryExecHTTPBuilder b = QueryExecHTTP.service(queryUrl).httpClient(http).query(q).httpHeaders(headers)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return b.build();
    }

    /**
     * Runs a query at any SPARQL endpoint (such as {@code http://localhost:3030/newsgraph/sparql}) and hands the
     * execution to {@code handler}, which must consume the results before it returns: the remote counterpart of
     * {@link Store#query}. Library queries give the embedded store's answers when the endpoint's default graph
     * is the union of its named graphs (see the class comment).
     *
     * @param substitutions values for variables of the query, bound before it is sent (SPARQL-injection safe)
     * @param timeout       how long to wait for the endpoint's answer
     * @throws StoreException with a one-line reason naming the endpoint when it cannot be asked, fails or gives no
     *                        answer within {@code timeout}
     */
    public static <T> T query(String endpoint, Query query, Map<String, RDFNode> substitutions, Duration timeout,
            Function<QueryExecution, T> handler) {
        checkedTimeout(timeout);
        return exchange("endpoint " + endpoint, Role.ENDPOINT, timeout, () -> {
            QueryExecutionBuilder builder = QueryExecutionHTTP.service(endpoint).httpClient(client(timeout)).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            substitutions.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                return handler.apply(qe);
            }
        });
    }

    /** Which endpoint an exchange is with, for what its failure means to the user. */
    private enum Role {
        /** The endpoint of {@code query --endpoint}. */
        ENDPOINT,
        /** The target's query endpoint. */
        QUERY,
        /** The target's update endpoint. */
        UPDATE
    }

    private <T> T call(Role role, Supplier<T> exchange) {
        StoreException earlier = unresponsive.get();
        if (earlier != null) {
            throw new StoreException(earlier.getMessage(), earlier);
        }
        try {
            return exchange("target " + (role == Role.UPDATE ? updateUrl : queryUrl), role, timeout, exchange);
        } catch (StoreException e) {
            if (timedOut(e)) {
                unresponsive.compareAndSet(null, e);
            }
            throw e;
        }
    }

    /**
     * Runs one exchange with an endpoint, turning what can go wrong into a {@link StoreException} whose one-line
     * message names the URL ({@code where}: "target URL" or "endpoint URL") and the reason.
     */
    private static <T> T exchange(String where, Role role, Duration timeout, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw new StoreException(reason(where, role, timeout, e.getStatusCode(), e.getResponseMessage(), e), e);
        } catch (HttpException e) {
            throw new StoreException(reason(where, role, timeout, e.getStatusCode(), e.getStatusLine(), e), e);
        } catch (QueryException e) {
            throw new StoreException(where + " gave an answer that is not SPARQL results: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Whether the exchange failed because the server did not connect or answer in time. */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(String where, Role role, Duration timeout, int status, String statusLine, RuntimeException e) {
        if (status <= 0 && timedOut(e)) {
            return timeoutReason(where, role, timeout, e);
        }
        return switch (status) {
            case 401 -> where + " refused the request (401 Unauthorized)" + switch (role) {
                case ENDPOINT -> "";
                case QUERY -> ": give its token with --target-token-file or NEWSGRAPH_TARGET_TOKEN";
                case UPDATE -> ": give its write token with --target-token-file or NEWSGRAPH_TARGET_TOKEN";
            };
            case 403 -> where + " refused the request (403 Forbidden)" + switch (role) {
                case ENDPOINT -> "";
                case QUERY -> ": the token does not allow reading";
                case UPDATE -> ": the token does not allow writing, or the server is read-only"
                        + " (newsgraph serve needs --allow-writes; Fuseki needs --update)";
            };
            case 404 -> where + " does not exist (404 Not Found)" + switch (role) {
                case ENDPOINT -> ": give the SPARQL endpoint's URL, such as http://localhost:3030/newsgraph/sparql";
                case QUERY -> ": give the dataset's URL, such as http://localhost:3030/newsgraph, or the store's"
                        + " query endpoint with --target-query";
                case UPDATE -> ": the server does not take writes there (newsgraph serve needs --allow-writes;"
                        + " Fuseki needs --update), or give the store's update endpoint with --target-update";
            };
            case 405 -> where + " does not allow this (405 Method Not Allowed): is the server read-only?";
            default -> status > 0
                    ? where + " answered " + status + (statusLine == null || statusLine.isBlank() ? "" : " " + firstLine(statusLine))
                    : where + " cannot be reached: " + transportReason(e);
        };
    }

    /**
     * "no answer from target URL within 60 s", or that no connection was made in time, with the option that
     * changes the limit.
     */
    private static String timeoutReason(String where, Role role, Duration timeout, Throwable e) {
        boolean connecting = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            connecting |= t instanceof HttpConnectTimeoutException;
        }
        String option = role == Role.ENDPOINT ? "--endpoint-timeout" : "--target-timeout";
        return connecting
                ? "no connection to " + where + " within " + seconds(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT)
                + " (is the address right?)"
                : "no answer from " + where + " within " + seconds(timeout) + " (" + option + " changes the limit)";
    }

    /** {@code 60 s}, {@code 1.5 s}, {@code 250 ms}. */
    private static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString()) + " s";
    }

    /** Why no HTTP answer came, other than a timeout ({@link #timeoutReason}): the network cause, which Jena wraps. */
    private static String transportReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is the server running?)";
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

    /** Nothing to release: Java 17's HTTP client has no close, its connections end with it. */
    @Override
    public void close() {
    }
}

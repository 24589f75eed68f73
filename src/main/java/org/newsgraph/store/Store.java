package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * A newsgraph store: an Apache Jena TDB2 database in one folder, holding one named graph per article (the
 * graph's IRI is the article's IRI) and a vocabulary graph with the ontology and the CAMEO scheme, so that
 * queries can show labels of codes. Queries see the union of all graphs as their default graph.
 *
 * <p>Every read and write runs in its own transaction, opened here and nowhere else: a write that fails leaves
 * the store exactly as it was. TDB2 lets one process at a time use a folder; a second one gets a
 * {@link StoreException} saying so.
 */
public final class Store implements GraphTarget {

    /** The named graph that holds the ontology and the CAMEO scheme. */
    public static final Node VOCABULARY_GRAPH = NodeFactory.createURI(NG.ID + "graph/vocabulary");

    /** The named graph of merged events, kept up to date with the article graphs (see {@link EventMerger}). */
    public static final Node MERGED_GRAPH = EventMerger.GRAPH;

    private final Path dir;
    private final DatasetGraph dsg;
    private final Dataset dataset;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        this.dataset = DatasetFactory.wrap(dsg);
    }

    /** Opens the store in {@code dir}, creating the folder and an empty store when there is none. */
    public static Store open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("store " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeStore(dir)) {
            throw new StoreException("store " + dir + " is a folder with other files in it, not a newsgraph store:"
                    + " give an empty or new folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("store " + dir + " cannot be created: " + e.getMessage(), e);
        }
        return connect(dir);
    }

    /** Opens an existing store; for commands that only read, so that a mistyped path creates nothing. */
    public static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !looksLikeStore(dir)) {
            throw new StoreException("no store at " + dir + ": ingest articles first (newsgraph ingest --store "
                    + dir + " PATH...)");
        }
        return connect(dir);
    }

    private static Store connect(Path dir) {
        try {
            return new Store(dir, DatabaseConnection.connectCreate(Location.create(dir), params(Runtime.getRuntime().maxMemory()))
                    .getDatasetGraph());
        } catch (RuntimeException e) {
            if (isLockProblem(e)) {
                throw new StoreException("store " + dir + " is in use by another process (a running `newsgraph serve`?):"
                        + " stop it, or ingest through it with --target http://HOST:PORT/newsgraph"
                        + " (serve --allow-writes --token-file FILE)", e);
            }
            throw new StoreException("store " + dir + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * TDB2's settings for a JVM whose heap may grow to {@code maxHeap} bytes: its two node caches (decoded RDF terms by
     * id and ids by term) hold 750,000 and 200,000 terms by default, on the heap. A store of generated news has
     * millions of distinct terms, many of them sentences, and the full caches took about 400 MB: a 100,000-article
     * bulk load under {@code -Xmx512m} ran out of heap after 10,000 articles. They get at most a quarter of the heap
     * here (about 1 KB a term, which a sentence in Arabic with its cache entry approaches), and TDB2's defaults on a
     * large heap. Both are dynamic settings: they apply to stores created earlier too. (Public for the benchmark's
     * reference load, which must run with the same caches.)
     */
    public static StoreParams params(long maxHeap) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        long terms = maxHeap / 4 / 1024;
        int byId = (int) Math.max(10_000, Math.min(defaults.getNodeId2NodeCacheSize(), terms * 4 / 5));
        int byTerm = (int) Math.max(10_000, Math.min(defaults.getNode2NodeIdCacheSize(), terms / 5));
        return StoreParamsBuilder.create(defaults).nodeId2NodeCacheSize(byId).node2NodeIdCacheSize(byTerm).build();
    }

    private static boolean isLockProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t.getClass().getSimpleName().equals("AlreadyLocked") || m.contains("lock")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("store " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** TDB2 keeps its data in {@code Data-0001}... beside a {@code tdb.lock} file. */
    private static boolean looksLikeStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * The TDB2 dataset itself, for the serve stage's embedded Fuseki, which opens a transaction per request on
     * its own. Everything else reads and writes through this class's methods.
     */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public boolean holds(Node graph, String contentHash) {
        return Txn.calculateRead(dsg, () -> contentHash.equals(storedHash(graph)));
    }

    /**
     * Replaces a batch of article graphs in one write transaction: TDB2 grows with every write transaction, so
     * committing thousands of articles at once keeps the store small and the ingest fast. Any exception aborts
     * the transaction and leaves the store as it was.
     */
    @Override
    public List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return Txn.calculateWrite(dsg, () -> {
            // which articles change, deciding as a one-by-one ingest would: the second copy of an article in the
            // batch is unchanged after the first
            Map<Node, String> hashes = new HashMap<>();
            List<ArticleGraph> changed = new ArrayList<>();
            List<IngestResult> results = new ArrayList<>(batch.size());
            for (ArticleGraph a : batch) {
                Node graph = a.graph();
                String stored = hashes.containsKey(graph) ? hashes.get(graph) : storedHash(graph);
                if (!force && a.contentHash().equals(stored)) {
                    results.add(new IngestResult(IngestResult.Status.UNCHANGED, 0));
                    continue;
                }
                hashes.put(graph, a.contentHash());
                changed.add(a);
                results.add(new IngestResult(IngestResult.Status.INGESTED, a.size()));
            }
            Set<Node> graphs = new LinkedHashSet<>();
            changed.forEach(a -> graphs.add(a.graph()));
            // merged events are recomputed once for the batch, not once per article
            EventMerger.Before merged = EventMerger.before(dsg, graphs);
            for (ArticleGraph a : changed) {
                Node graph = a.graph();
                // removeGraph, not deleteAny: TDB2's deleteAny leaves quads whose object is an inlined decimal such
                // as "1"^^xsd:decimal (it looks them up again as "1.0")
                dsg.removeGraph(graph);
                // the content is a set and the graph is now empty: every triple is new, no lookup needed
                a.content().find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            merged.update(dsg, graphs);
            return results;
        });
    }

    @Override
    public String describe() {
        return "store " + dir;
    }

    /**
     * A first load into this store while it holds no article, through Jena's TDB2 phased bulk loader: it builds
     * the indexes in sorted passes instead of one write transaction per batch, so it is several times faster and
     * the store comes out as small as a compacted one. The loader is not transactional: a load that is
     * interrupted leaves a store to delete and load again, where an ordinary ingest leaves only whole articles.
     * The merged events are computed in one write transaction when the returned target is closed; until then
     * the store must not be read.
     *
     * @throws StoreException when the store already holds articles
     */
    public GraphTarget firstLoad() {
        int held = articleGraphs().size();
        if (held > 0) {
            throw new StoreException("store " + dir + " holds " + held + " articles already: a bulk load goes into"
                    + " a store with no articles (drop --bulk, or give a new --store)");
        }
        return new BulkLoad();
    }

    /** The target of {@link #firstLoad()}: quads go straight to the loader; merged events are made at the end. */
    private final class BulkLoad implements GraphTarget {
        private final MonitorOutput quiet = (fmt, args) -> { };
        private final DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
        /** The content hash of every article loaded so far, by graph. */
        private final Map<Node, String> loaded = new LinkedHashMap<>();
        private boolean open = true;

        BulkLoad() {
            loader.startBulk();
        }

        /** Nothing is stored before this load, and the store is not read while the loader owns it. */
        @Override
        public boolean holds(Node graph, String contentHash) {
            return false;
        }

        /** An article given twice with the same content is unchanged the second time; with other content, refused. */
        @Override
        public List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force) {
            for (ArticleGraph a : batch) {
                String before = loaded.get(a.graph());
                if (before != null && !before.equals(a.contentHash())) {
                    throw new StoreException(a.graph().getURI() + " is given twice with different content in one bulk"
                            + " load: load one of them, then ingest the other without --bulk");
                }
            }
            StreamRDF stream = loader.stream();
            List<IngestResult> results = new ArrayList<>(batch.size());
            for (ArticleGraph a : batch) {
                if (loaded.putIfAbsent(a.graph(), a.contentHash()) != null) {
                    results.add(new IngestResult(IngestResult.Status.UNCHANGED, 0));
                    continue;
                }
                for (Triple t : a.triples()) {
                    stream.quad(Quad.create(a.graph(), t));
                }
                results.add(new IngestResult(IngestResult.Status.INGESTED, a.size()));
            }
            return results;
        }

        @Override
        public String describe() {
            return Store.this.describe() + " (bulk load)";
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            try {
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw new StoreException("the bulk load into store " + dir + " failed: " + e.getMessage()
                        + " (delete the store and load again)", e);
            }
            List<Node> graphs = List.copyOf(loaded.keySet());
            Txn.executeWrite(dsg, () -> EventMerger.before(dsg, graphs).update(dsg, graphs));
        }
    }

    /**
     * Drops article graphs and recomputes the merged events their reports were part of, in one write
     * transaction: either all are removed or, when one is not in the store, none.
     *
     * @throws StoreException naming the first graph that is not an article graph of the store
     */
    public void removeGraphs(List<Node> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (Node g : graphs) {
                if (g.equals(VOCABULARY_GRAPH) || g.equals(MERGED_GRAPH)
                        || !dsg.find(g, g, RDF.type.asNode(), NG.Article.asNode()).hasNext()) {
                    throw new StoreException("no article " + g.getURI() + " in store " + dir);
                }
            }
            for (Node g : graphs) {
                EventMerger.Before merged = EventMerger.before(dsg, g);
                dsg.removeGraph(g);
                merged.update(dsg, g);
            }
        });
    }

    /** The stored content hash of an article graph, or {@code null}; call inside a transaction. */
    private String storedHash(Node graph) {
        Iterator<Quad> it = dsg.find(graph, Node.ANY, NG.contentHash.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** As {@link #refreshVocabulary(Graph, PrefixMapping)}, with the vocabulary graph's own prefixes. */
    public boolean refreshVocabulary(Graph vocabulary) {
        return refreshVocabulary(vocabulary, vocabulary.getPrefixMapping());
    }

    /**
     * Makes the vocabulary graph equal to {@code vocabulary} and records {@code prefixes} for exports and query
     * output; writes only when something differs, since every TDB2 write leaves a new version on disk.
     *
     * @return true when the store was written
     */
    public boolean refreshVocabulary(Graph vocabulary, PrefixMapping prefixes) {
        boolean same = Txn.calculateRead(dsg, () -> {
            Graph stored = dsg.getGraph(VOCABULARY_GRAPH);
            return stored.size() == vocabulary.size() && stored.isIsomorphicWith(vocabulary) && prefixesStored(prefixes);
        });
        if (same) {
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(VOCABULARY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            vocabulary.find().forEach(t -> dsg.add(VOCABULARY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            prefixes.getNsPrefixMap().forEach(dsg.prefixes()::add);
        });
        return true;
    }

    private boolean prefixesStored(PrefixMapping wanted) {
        PrefixMap stored = dsg.prefixes();
        return wanted.getNsPrefixMap().entrySet().stream()
                .allMatch(e -> e.getValue().equals(stored.get(e.getKey())));
    }

    // ---------------------------------------------------------------- reading

    /**
     * Runs a query in a read transaction, the union of all graphs as its default graph, and hands the execution
     * to {@code handler}, which must consume the results before it returns (they are gone after the transaction).
     *
     * @param substitutions values for variables of the query, bound before execution (SPARQL-injection safe)
     */
    public <T> T query(Query query, Map<String, RDFNode> substitutions, Function<QueryExecution, T> handler) {
        return Txn.calculateRead(dsg, () -> {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            substitutions.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                return handler.apply(qe);
            }
        });
    }

    /** The prefixes recorded with the vocabulary ({@code ng:}, {@code ngid:}, {@code cameo:}...). */
    public PrefixMap prefixes() {
        return Txn.calculateRead(dsg, () -> PrefixMapFactory.create(dsg.prefixes()));
    }

    /** The IRIs of the article graphs, sorted. */
    public List<String> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(VOCABULARY_GRAPH) && !g.equals(MERGED_GRAPH)) {
                    out.add(g.getURI());
                }
            });
            out.sort(null);
            return out;
        });
    }

    /** True when the store has a graph of that IRI. */
    public boolean hasGraph(Node graph) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty());
    }

    /**
     * Streams content out in a read transaction, prefixes first: the whole store as quads, or one graph, or all
     * graphs merged into one default graph.
     *
     * @param graph one graph to export, or {@code null} for all
     * @param keepGraphs when exporting everything, whether to send quads (true) or merged triples (false)
     */
    public void export(Node graph, boolean keepGraphs, StreamRDF out) {
        Txn.executeRead(dsg, () -> {
            out.start();
            dsg.prefixes().forEach(out::prefix);
            if (graph != null) {
                Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
                it.forEachRemaining(q -> {
                    if (keepGraphs) {
                        out.quad(q);
                    } else {
                        out.triple(q.asTriple());
                    }
                });
            } else if (keepGraphs) {
                dsg.find().forEachRemaining(out::quad);
            } else {
                // distinct triples: the same triple (an actor's label) stands in many article graphs
                dsg.getUnionGraph().find().forEach(out::triple);
            }
            out.finish();
        });
    }

    /**
     * Validates every article graph with {@code validator} (SHACL) in one read transaction.
     *
     * @return one report per article graph, in IRI order; the vocabulary graph is not validated
     */
    public List<GraphReport> validate(Function<Graph, ValidationReport> validator) {
        return Txn.calculateRead(dsg, () -> {
            List<GraphReport> reports = new ArrayList<>();
            for (String iri : articleGraphs()) {
                Graph g = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(iri)).find().forEach(g::add);
                ValidationReport report = validator.apply(g);
                List<String> lines = new ArrayList<>();
                for (ReportEntry e : report.getEntries()) {
                    lines.add(describe(e));
                }
                reports.add(new GraphReport(iri, lines));
            }
            return reports;
        });
    }

    /**
     * Validates the merged events ({@link #MERGED_GRAPH}) in one read transaction: each node of that graph is
     * checked by {@code validator} against the shapes that target it, seen over all graphs, since a merged event's
     * reports and actors are described in the article graphs.
     *
     * @return the merged graph's report; it conforms when the graph is empty
     */
    public GraphReport validateMerged(java.util.function.BiFunction<Graph, Node, ValidationReport> validator) {
        return Txn.calculateRead(dsg, () -> {
            java.util.Set<Node> nodes = new java.util.LinkedHashSet<>();
            dsg.getGraph(MERGED_GRAPH).find().forEachRemaining(t -> nodes.add(t.getSubject()));
            Graph all = dsg.getUnionGraph();
            List<String> lines = new ArrayList<>();
            for (Node node : nodes) {
                validator.apply(all, node).getEntries().forEach(e -> lines.add(describe(e)));
            }
            return new GraphReport(MERGED_GRAPH.getURI(), lines);
        });
    }

    private static String describe(ReportEntry e) {
        StringBuilder s = new StringBuilder();
        s.append(e.severity().level().getLocalName()).append(": ").append(term(e.focusNode()));
        if (e.resultPath() != null) {
            s.append(' ').append(e.resultPath());
        }
        if (e.value() != null) {
            s.append(" = ").append(term(e.value()));
        }
        s.append(": ").append(e.message());
        return s.toString();
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        return n.toString();
    }

    /** Counts what is in the store. */
    public StoreStats stats() {
        return Txn.calculateRead(dsg, () -> {
            long articles = 0;
            for (String iri : articleGraphs()) {
                Node g = NodeFactory.createURI(iri);
                if (dsg.find(g, Node.ANY, RDF.type.asNode(), NG.Article.asNode()).hasNext()) {
                    articles++;
                }
            }
            Map<String, Long> actors = new LinkedHashMap<>();
            select("""
                    SELECT ?type (COUNT(DISTINCT ?actor) AS ?n) WHERE {
                      GRAPH ?g { ?actor a ?type }
                      FILTER (?g != ?vocabulary && ?type IN (?person, ?organization, ?country, ?place, ?group))
                    } GROUP BY ?type ORDER BY DESC(?n) ?type
                    """, Map.of("vocabulary", VOCABULARY_GRAPH, "person", NG.Person.asNode(),
                            "organization", NG.Organization.asNode(), "country", NG.Country.asNode(),
                            "place", NG.Place.asNode(), "group", NG.Group.asNode()),
                    row -> actors.put(row.getResource("type").getLocalName(), row.getLiteral("n").getLong()));
            List<StoreStats.RootCount> roots = new ArrayList<>();
            select("""
                    SELECT ?root (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?event) AS ?n) WHERE {
                      GRAPH ?g { ?event a ?eventClass ; ?cameoCode ?code }
                      FILTER (?g != ?vocabulary)
                      BIND (SUBSTR(STR(?code), 1, 2) AS ?root)
                      OPTIONAL {
                        GRAPH ?vocabulary { ?concept ?prefLabel ?l }
                        FILTER (?concept = IRI(CONCAT(?cameoNs, ?root)) && LANGMATCHES(LANG(?l), "en"))
                      }
                    } GROUP BY ?root ORDER BY ?root
                    """, Map.of("vocabulary", VOCABULARY_GRAPH, "eventClass", NG.Event.asNode(),
                            "cameoCode", NG.cameoCode.asNode(), "prefLabel", SKOS.prefLabel.asNode(),
                            "cameoNs", NodeFactory.createLiteralString(NG.CAMEO)),
                    row -> roots.add(new StoreStats.RootCount(row.getLiteral("root").getString(),
                            row.contains("label") ? row.getLiteral("label").getString() : null,
                            row.getLiteral("n").getLong())));
            long quads = dsg.stream().count();
            long vocabulary = dsg.getGraph(VOCABULARY_GRAPH).size();
            return new StoreStats(articles, actors, roots, quads, vocabulary, bytesOnDisk());
        });
    }

    private void select(String text, Map<String, Node> params, Consumer<QuerySolution> row) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        params.forEach(pss::setParam);
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }

    /**
     * The apparent size of the store's files in bytes, or -1 when they cannot be listed. TDB2 preallocates
     * sparse files, so the space really used ({@code du}) is smaller; old versions count until {@link #compact}.
     */
    public long bytesOnDisk() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /**
     * Compacts the store: TDB2 never overwrites data, each write transaction leaves a new version beside the old
     * ones, so a store that is often re-ingested grows without bound. This copies the current version into a new
     * generation folder ({@code Data-0002} after {@code Data-0001}), switches to it and deletes the old ones.
     * Writers wait until it is done; a crash half-way leaves the old generation, which is still whole.
     *
     * <p>TDB2 deletes only the generation it compacted from; one left by an earlier compaction that was killed
     * after switching is deleted here too, so the folder ends with the current generation alone.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        Path current = DatabaseOps.findStorageLocation(dir).toAbsolutePath().normalize();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path old : s.filter(p -> p.getFileName().toString().matches("Data-[0-9]+")
                    && !p.toAbsolutePath().normalize().equals(current)).toList()) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new StoreException("store " + dir + " was compacted, but an old generation could not be deleted: "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Releases the folder (and its lock), so another process or a later {@link #open} can use it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}

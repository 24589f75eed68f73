package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.RunInfo;
import org.newsgraph.read.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleSource;
import org.newsgraph.read.ArticleSources;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.GraphTarget;
import org.newsgraph.store.IngestResult;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: read an article, extract with the extractor of its language, map to RDF, write it as the
 * article's graph to a {@link GraphTarget} (the embedded TDB2 {@link Store}, or a remote SPARQL store). One bad
 * input never stops a batch: each gets an {@link IngestOutcome}.
 *
 * <p>The lexicons are read and the extractors built once, at the first article that needs them.
 */
public final class NewsGraph implements AutoCloseable {

    /** The most triples one batch holds in memory before it is written, whatever its number of articles. */
    public static final int MAX_BATCH_TRIPLES = 300_000;

    /**
     * The most articles of a batch handed to the bulk loader at once: the loader commits nothing per batch, so a
     * large batch would only hold article graphs in memory beside the loader's own buffers.
     */
    static final int BULK_BATCH_SIZE = 64;

    private static final Logger LOG = LoggerFactory.getLogger(NewsGraph.class);

    private final GraphTarget target;
    private final String toolVersion;
    private final Map<String, ExtractorFactory> factories;
    private final Map<String, Extractor> extractors = new HashMap<>();
    private final Supplier<Lexicon> lexiconSource;
    private Lexicon lexicon;

    private NewsGraph(GraphTarget target, String toolVersion, Supplier<Lexicon> lexiconSource) {
        this.target = Objects.requireNonNull(target, "target");
        this.toolVersion = toolVersion;
        this.lexiconSource = lexiconSource;
        this.factories = factories();
    }

    /**
     * Opens (or creates) the store and brings its vocabulary graph up to date.
     *
     * @param toolVersion recorded with every extraction run
     */
    public static NewsGraph open(Path storeDir, String toolVersion) {
        return open(storeDir, toolVersion, LexiconReader::read);
    }

    /** As {@link #open(Path, String)}, with the lexicons from {@code lexicon} (read when first needed). */
    public static NewsGraph open(Path storeDir, String toolVersion, Supplier<Lexicon> lexicon) {
        Store store = Store.open(storeDir);
        try {
            store.refreshVocabulary(Ontology.vocabulary(), Ontology.prefixes());
            return new NewsGraph(store, toolVersion, lexicon);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Ingests into {@code target}, which the returned instance owns (closing it closes the target). Unlike
     * {@link #open}, it leaves the target's vocabulary as it is: a remote store is loaded with the vocabulary
     * by whoever runs it, and an embedded one is brought up to date by {@link #open}.
     *
     * @param toolVersion recorded with every extraction run
     */
    public static NewsGraph connect(GraphTarget target, String toolVersion) {
        return connect(target, toolVersion, LexiconReader::read);
    }

    /** As {@link #connect(GraphTarget, String)}, with the lexicons from {@code lexicon} (read when first needed). */
    public static NewsGraph connect(GraphTarget target, String toolVersion, Supplier<Lexicon> lexicon) {
        return new NewsGraph(target, toolVersion, lexicon);
    }

    /** The language tags that have an extractor, sorted. */
    public static List<String> languages() {
        return List.copyOf(factories().keySet());
    }

    /** The extractor factory of each language that has one, by language tag (for tools that need no store). */
    public static Map<String, ExtractorFactory> factories() {
        Map<String, ExtractorFactory> out = new TreeMap<>();
        ServiceLoader.load(ExtractorFactory.class).forEach(f -> out.putIfAbsent(f.language(), f));
        return out;
    }

    /**
     * The embedded store, for callers that query or compact it after an ingest.
     *
     * @throws IllegalStateException when this instance writes to another target (a remote SPARQL store), which
     *                               is read through its own endpoint, not through a {@link Store}
     */
    public Store store() {
        if (target instanceof Store s) {
            return s;
        }
        throw new IllegalStateException("not an embedded store: this ingest writes to " + target.describe());
    }

    /** Where this instance writes: the store folder or the endpoint URL. */
    public GraphTarget target() {
        return target;
    }

    /**
     * Ingests every article the inputs name (files, folders, {@code -}, http(s) URLs).
     *
     * <p>Articles are read, checked against the target ({@link GraphTarget#holds}: an unchanged article is
     * neither extracted nor written), extracted and mapped on {@link IngestOptions#threads()} threads, a bounded
     * number at a time, so memory does not grow with the corpus. One writer thread hands them to the target in
     * batches: the first batch holds one article and each next one twice as many, up to
     * {@link IngestOptions#batchSize()} articles (or {@link #MAX_BATCH_TRIPLES} triples), so that a short ingest
     * shows its first articles at once and a long one commits rarely. Each batch is one write transaction in the
     * embedded store, so an article is never half-written; when a batch fails, its articles are written one by
     * one, so that one the target refuses fails alone.
     *
     * <p>After an ingest that wrote more than one full batch into the embedded store, the store is compacted
     * (unless {@link IngestOptions#compact()} is off): every write transaction leaves a version behind.
     *
     * @param progress told of each outcome in input order, once it is known (for an ingested article: once its
     *                 batch is committed)
     * @throws IllegalArgumentException when {@code options} give a URL but the inputs hold more than one article
     */
    public IngestSummary ingest(List<String> inputs, IngestOptions options, Consumer<IngestOutcome> progress) {
        Instant start = Instant.now();
        // a missing file or a bad URL comes back as a source whose read fails, in order with the others
        List<ArticleSource> sources = ArticleSources.expand(inputs);
        if (options.url() != null && sources.size() > 1) {
            throw new IllegalArgumentException("--url names one article, but the inputs hold " + sources.size());
        }
        List<IngestOutcome> outcomes = new ArrayList<>(sources.size());
        GraphTarget into = options.bulk() ? embedded("a bulk load").firstLoad() : target;
        IngestOptions run = options.bulk() ? options.withBatchSize(Math.min(options.batchSize(), BULK_BATCH_SIZE)) : options;
        ExecutorService extractors = Executors.newFixedThreadPool(options.threads(), daemon("newsgraph-extract"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("newsgraph-write"));
        try {
            new Run(into, run, new ArticleReader(options.reader()), extractors, writer, o -> {
                outcomes.add(o);
                progress.accept(o);
            }).all(sources);
        } finally {
            extractors.shutdownNow();
            writer.shutdownNow();
            if (into != target) {
                into.close();
            }
        }
        long ingested = outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.INGESTED).count();
        if (!(target instanceof Store store)) {
            return new IngestSummary(outcomes, Duration.between(start, Instant.now()));
        }
        // a bulk load leaves no versions behind: there is nothing to compact
        boolean compact = options.compact() && !options.bulk() && ingested > options.batchSize();
        if (compact) {
            LOG.debug("compacting {} after {} articles", store.dir(), ingested);
            store.compact();
        }
        return new IngestSummary(outcomes, Duration.between(start, Instant.now()), store.bytesOnDisk(), compact);
    }

    private Store embedded(String what) {
        if (target instanceof Store store) {
            return store;
        }
        throw new IllegalArgumentException(what + " goes into the embedded store only, not " + target.describe());
    }

    /** An input after reading and extraction: its outcome if it is already decided, else its graph to write. */
    private record Prepared(String input, String iri, IngestOutcome outcome, ArticleGraph graph) {
    }

    /** One ingest: the reading thread collects prepared articles in input order and hands batches to the writer. */
    private final class Run {
        private final GraphTarget into;
        private final IngestOptions options;
        private final ArticleReader reader;
        private final ExecutorService extractors;
        private final ExecutorService writer;
        private final Consumer<IngestOutcome> report;
        /** Articles submitted for extraction and not yet collected: bounds memory, keeps every thread busy. */
        private final int window;
        private List<Prepared> batch = new ArrayList<>();
        private int batchGraphs;
        private long batchTriples;
        private int batchLimit = 1;
        private Future<List<IngestOutcome>> writing;

        Run(GraphTarget into, IngestOptions options, ArticleReader reader, ExecutorService extractors,
            ExecutorService writer, Consumer<IngestOutcome> report) {
            this.into = into;
            this.options = options;
            this.reader = reader;
            this.extractors = extractors;
            this.writer = writer;
            this.report = report;
            this.window = options.threads() * 8;
        }

        void all(List<ArticleSource> sources) {
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            for (ArticleSource source : sources) {
                inFlight.add(extractors.submit(() -> prepare(into, reader, source, options)));
                if (inFlight.size() >= window) {
                    collect(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                collect(await(inFlight.poll()));
            }
            flush();
            reportWritten();
        }

        private void collect(Prepared p) {
            batch.add(p);
            if (p.graph() != null) {
                batchGraphs++;
                batchTriples += p.graph().size();
            }
            // a batch of only unchanged or failed inputs is flushed too, so that their outcomes are told
            if (batchGraphs >= batchLimit || batchTriples >= MAX_BATCH_TRIPLES || batch.size() >= options.batchSize()) {
                flush();
            }
        }

        /** Hands the batch to the writer, after telling the outcomes of the one before (so they stay in order). */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Prepared> b = batch;
            batch = new ArrayList<>();
            if (batchGraphs > 0) {
                batchLimit = Math.min(options.batchSize(), batchLimit * 2);
            }
            batchGraphs = 0;
            batchTriples = 0;
            reportWritten();
            writing = writer.submit(() -> write(into, b, options.force()));
        }

        private void reportWritten() {
            if (writing != null) {
                await(writing).forEach(report);
                writing = null;
            }
        }
    }

    /** Writes the graphs of a batch; returns the outcomes of all its inputs in order. Runs on the writer thread. */
    private static List<IngestOutcome> write(GraphTarget target, List<Prepared> batch, boolean force) {
        List<ArticleGraph> graphs = batch.stream().map(Prepared::graph).filter(Objects::nonNull).toList();
        List<IngestOutcome> written = new ArrayList<>(graphs.size());
        if (!graphs.isEmpty()) {
            try {
                List<IngestResult> results = target.replaceGraphs(graphs, force);
                for (Prepared p : batch) {
                    if (p.graph() != null) {
                        written.add(outcome(p, results.get(written.size())));
                    }
                }
            } catch (RuntimeException e) {
                LOG.debug("a batch of {} articles failed; writing them one by one", graphs.size(), e);
                written.clear();
                for (Prepared p : batch) {
                    if (p.graph() != null) {
                        written.add(writeAlone(target, p, force));
                    }
                }
            }
        }
        List<IngestOutcome> out = new ArrayList<>(batch.size());
        int i = 0;
        for (Prepared p : batch) {
            out.add(p.graph() == null ? p.outcome() : written.get(i++));
        }
        return out;
    }

    private static IngestOutcome writeAlone(GraphTarget target, Prepared p, boolean force) {
        try {
            return outcome(p, target.replaceGraphs(List.of(p.graph()), force).get(0));
        } catch (RuntimeException e) {
            LOG.debug("{} failed", p.input(), e);
            return IngestOutcome.failed(p.input(), message(p.input(), e));
        }
    }

    private static IngestOutcome outcome(Prepared p, IngestResult r) {
        LOG.debug("{}: {} {} triples into {}", p.input(), r.status(), r.triples(), p.iri());
        return new IngestOutcome(p.input(), r.status() == IngestResult.Status.INGESTED
                ? IngestOutcome.Status.INGESTED : IngestOutcome.Status.UNCHANGED, p.iri(), r.triples(), null);
    }

    /** Reads, checks and extracts one input; never throws for a bad input. Runs on an extraction thread. */
    private Prepared prepare(GraphTarget target, ArticleReader reader, ArticleSource source, IngestOptions options) {
        String input = source.name();
        Instant started = Instant.now();
        try {
            Article article = reader.read(source);
            if (options.published() != null) {
                article = article.withPublished(options.published());
            }
            if (options.language() != null) {
                article = article.withLanguage(options.language());
            }
            if (options.url() != null) {
                article = article.withCanonicalUrl(options.url());
            }
            Extractor extractor = extractor(article.language());
            if (extractor == null) {
                return new Prepared(input, null, IngestOutcome.failed(input, input + ": no extractor for language '"
                        + article.language() + "' (there are: " + String.join(", ", factories.keySet())
                        + "; --lang sets the language)"), null);
            }
            String iri = Iris.article(article);
            Node graph = NodeFactory.createURI(iri);
            String hash = Iris.contentHash(article, extractor.name());
            // an unchanged article costs a read, not an extraction and a write
            if (!options.force() && target.holds(graph, hash)) {
                return new Prepared(input, iri, new IngestOutcome(input, IngestOutcome.Status.UNCHANGED, iri, 0, null), null);
            }
            return new Prepared(input, iri, null, articleGraph(article, graph, hash, extractor.extract(article), started));
        } catch (RuntimeException e) {
            LOG.debug("{} failed", input, e);
            return new Prepared(input, null, IngestOutcome.failed(input, message(input, e)), null);
        }
    }

    /** The result of a task; an Error in it (out of memory) is rethrown as it is. */
    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("ingest interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The article's triples in memory, checked to stay inside its own graph. */
    private ArticleGraph articleGraph(Article article, Node graph, String hash, Extraction extraction, Instant started) {
        Graph content = GraphFactory.createDefaultGraph();
        ExtractionMapper.emit(article, extraction, new RunInfo(started, toolVersion), new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                content.add(t);
            }

            @Override
            public void quad(Quad q) {
                if (!q.isDefaultGraph() && !graph.equals(q.getGraph())) {
                    throw new IllegalStateException("a quad outside the article graph " + graph.getURI() + ": " + q);
                }
                content.add(q.asTriple());
            }
        });
        return new ArticleGraph(graph, hash, content);
    }

    /** Errors from the reader name their input already; others get it in front. */
    private static String message(String input, RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("").strip();
        return m.contains(input) ? m : input + ": " + m;
    }

    private synchronized Extractor extractor(String language) {
        ExtractorFactory f = factories.get(language);
        if (f == null) {
            return null;
        }
        if (lexicon == null) {
            lexicon = lexiconSource.get();
        }
        return extractors.computeIfAbsent(language, l -> f.create(lexicon));
    }

    @Override
    public void close() {
        target.close();
    }
}

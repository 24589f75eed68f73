package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
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
import org.newsgraph.read.ReaderOptions;
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
     * Ingests every article the inputs name (files, folders, {@code -}, http(s) URLs), in order.
     *
     * @param progress told of each outcome as soon as it is known
     * @throws IllegalArgumentException when {@code options} give a URL but the inputs hold more than one article
     */
    public IngestSummary ingest(List<String> inputs, IngestOptions options, Consumer<IngestOutcome> progress) {
        Instant start = Instant.now();
        List<IngestOutcome> outcomes = new ArrayList<>();
        // a missing file or a bad URL comes back as a source whose read fails, in order with the others
        List<ArticleSource> sources = ArticleSources.expand(inputs);
        if (options.url() != null && sources.size() > 1) {
            throw new IllegalArgumentException("--url names one article, but the inputs hold " + sources.size());
        }
        ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
        for (ArticleSource source : sources) {
            IngestOutcome o = ingestOne(reader, source, options);
            outcomes.add(o);
            progress.accept(o);
        }
        return new IngestSummary(outcomes, Duration.between(start, Instant.now()));
    }

    private IngestOutcome ingestOne(ArticleReader reader, ArticleSource source, IngestOptions options) {
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
                return IngestOutcome.failed(input, input + ": no extractor for language '" + article.language()
                        + "' (there are: " + String.join(", ", factories.keySet()) + "; --lang sets the language)");
            }
            String iri = Iris.article(article);
            Node graph = NodeFactory.createURI(iri);
            String hash = Iris.contentHash(article, extractor.name());
            // an unchanged article costs a read, not an extraction and a write
            if (!options.force() && target.holds(graph, hash)) {
                return new IngestOutcome(input, IngestOutcome.Status.UNCHANGED, iri, 0, null);
            }
            ArticleGraph ag = articleGraph(article, graph, hash, extractor.extract(article), started);
            IngestResult r = target.replaceGraphs(List.of(ag), options.force()).get(0);
            LOG.debug("{}: {} {} triples into {}", input, r.status(), r.triples(), iri);
            return new IngestOutcome(input, r.status() == IngestResult.Status.INGESTED
                    ? IngestOutcome.Status.INGESTED : IngestOutcome.Status.UNCHANGED, iri, r.triples(), null);
        } catch (RuntimeException e) {
            LOG.debug("{} failed", input, e);
            return IngestOutcome.failed(input, message(input, e));
        }
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

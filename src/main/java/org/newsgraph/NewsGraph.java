package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
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
import org.newsgraph.store.IngestResult;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline: read an article, extract with the extractor of its language, map to RDF, store it in the
 * article's graph. One bad input never stops a batch: each gets an {@link IngestOutcome}.
 *
 * <p>The lexicons are read and the extractors built once, at the first article that needs them.
 */
public final class NewsGraph implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsGraph.class);

    private final Store store;
    private final String toolVersion;
    private final Map<String, ExtractorFactory> factories;
    private final Map<String, Extractor> extractors = new HashMap<>();
    private final Supplier<Lexicon> lexiconSource;
    private Lexicon lexicon;

    private NewsGraph(Store store, String toolVersion, Supplier<Lexicon> lexiconSource) {
        this.store = store;
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

    public Store store() {
        return store;
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
            Article a = article;
            String iri = Iris.article(a);
            Extraction extraction = extractor.extract(a);
            IngestResult r = store.replaceGraph(NodeFactory.createURI(iri), Iris.contentHash(a, extractor.name()),
                    options.force(), out -> ExtractionMapper.emit(a, extraction, new RunInfo(started, toolVersion), out));
            LOG.debug("{}: {} {} triples into {}", input, r.status(), r.triples(), iri);
            return new IngestOutcome(input, r.status() == IngestResult.Status.INGESTED
                    ? IngestOutcome.Status.INGESTED : IngestOutcome.Status.UNCHANGED, iri, r.triples(), null);
        } catch (RuntimeException e) {
            LOG.debug("{} failed", input, e);
            return IngestOutcome.failed(input, message(input, e));
        }
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
        store.close();
    }
}

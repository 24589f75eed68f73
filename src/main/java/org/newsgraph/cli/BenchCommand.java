package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.newsgraph.NewsGraph;
import org.newsgraph.bench.CorpusBench;
import org.newsgraph.bench.PairedTiming;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleSource;
import org.newsgraph.read.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures extraction speed per language on real articles, single-threaded and warm, as CPU time of this thread
 * (so other work on the machine does not count). The reference, measured in the same rounds on the same texts, is
 * Lucene's analyzer for the language (tokenising, normalising, stemming): the ratio says what extraction costs
 * beyond one ordinary analysis pass, whatever the machine. Extraction and reference alternate round by round
 * ({@link PairedTiming}), so a change of load during the run moves both sides of each round's ratio alike.
 *
 * <p>Then the corpus benchmarks ({@link CorpusBench}) on generated articles: ingest against Jena's TDB2 bulk
 * loader, query latencies, peak heap, size on disk. The last line is {@code ingest/loader ratio R}.
 */
@Command(name = "bench", description = {
        "Measures extraction speed per language (articles/s and MB/s per core) against Lucene's analyzer on the same texts,",
        "then, on generated Arabic articles: ingest against Jena's TDB2 bulk loader on the same quads, analyst query",
        "latencies (p50/p95), peak heap and size on disk. The last line is `ingest/loader ratio R`.",
        "Give the JVM the heap to hold to: NEWSGRAPH_JAVA_OPTS=-Xmx512m ./newsgraph bench"})
final class BenchCommand extends BaseCommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles to measure on (files or folders; default: examples/ as listed in its manifest).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
            description = "Timed rounds over the articles of each language, each one pass of extraction and one of the reference (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Generated articles ingested, and loaded by the bulk loader (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--query-articles", paramLabel = "N", defaultValue = "100000",
            description = "Generated articles in the second store that queries run on (default: ${DEFAULT-VALUE}).")
    int queryArticles;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "50",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "The generator's seed: the same seed, the same articles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bulk", description = "The corpus ingests are first loads through the bulk loader, as `ingest --bulk` (default: batched write transactions).")
    boolean bulk;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the generated articles and stores go, in a new folder deleted at the end (default: the system's temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the ingests' stores in the work folder (their paths are printed), to measure queries on them again with --query-store.")
    boolean keep;

    @Option(names = "--no-loader",
            description = "Skip the comparison with Jena's bulk loader (a second copy of the store through N-Quads, twice its size again on disk); the last line then says the ratio was not measured.")
    boolean noLoader;

    @Option(names = "--extraction-only",
            description = "Measure extraction only: the table of extraction speed, without the corpus benchmarks that follow it.")
    boolean extractionOnly;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "3",
            description = "Untimed warm-up per language, in seconds of CPU, besides at least half as many passes as --rounds and until the JIT has compiled nothing for a second (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--query-store", paramLabel = "DIR",
            description = "Only measure the analyst queries on this existing store (one kept by --keep, or any newsgraph store): no extraction, generation or ingest.")
    Path queryStore;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw usage("--rounds must be at least 1");
        }
        if (!(warmupSeconds >= 0)) {
            throw usage("--warmup-seconds must not be negative");
        }
        if (articles < 1 || queryArticles < 1 || queryRuns < 1 || (threads != null && threads < 1)) {
            throw usage("--articles, --query-articles, --query-runs and --threads must be at least 1");
        }
        if (queryStore != null) {
            CorpusBench.queriesOn(queryStore, queryRuns, main.out());
            return 0;
        }
        Map<String, List<Article>> byLanguage = articles();
        Lexicon lexicon = LexiconReader.read();
        PrintStream out = main.out();
        out.printf(Locale.ROOT, "%-4s %8s %8s %12s %10s %12s %14s %8s %13s%n", "lang", "articles", "KB", "ms/article",
                "MB/s", "articles/s", "reference MB/s", "ratio", "ratio p25-p75");
        // and until the JIT has compiled nothing for a second of this thread's CPU (PairedTiming): on a busy machine
        // its threads fall behind, and the timed rounds ran partly interpreted code
        PairedTiming timing = new PairedTiming(rounds, Math.max(20, rounds / 2), (long) (warmupSeconds * 1e9),
                1_000_000_000L);
        for (Map.Entry<String, List<Article>> e : byLanguage.entrySet()) {
            ExtractorFactory factory = NewsGraph.factories().get(e.getKey());
            if (factory == null) {
                main.err().println("warning: no extractor for language '" + e.getKey() + "': " + e.getValue().size()
                        + " article(s) left out");
                continue;
            }
            Extractor extractor = factory.create(lexicon);
            List<Article> articles = e.getValue();
            long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
            try (Analyzer analyzer = e.getKey().equals("ar") ? new ArabicAnalyzer() : new EnglishAnalyzer()) {
                PairedTiming.Result t = timing.measure(() -> articles.forEach(extractor::extract),
                        () -> articles.forEach(a -> analyse(analyzer, a.text())));
                double seconds = t.workNanos() / 1e9;
                out.printf(Locale.ROOT, "%-4s %8d %8.1f %12.3f %10.2f %12.0f %14.2f %8.1f %13s%n", e.getKey(),
                        articles.size(), bytes / 1024.0, t.workNanos() / 1e6 / articles.size(), bytes / 1e6 / seconds,
                        articles.size() / seconds, bytes / 1e6 / (t.referenceNanos() / 1e9), t.ratio(),
                        String.format(Locale.ROOT, "%.1f-%.1f", t.ratioLow(), t.ratioHigh()));
            }
        }
        out.println("(one core, warm, CPU time; ratio = median over the rounds of extraction time / Lucene analyzer time"
                + " on the same texts in the same round)");
        if (!heapPreTouched()) {
            main.err().println("note: this JVM runs without -XX:+AlwaysPreTouch (./newsgraph bench adds it): the first"
                    + " touch of each heap page is charged to extraction, which can then measure several times slower");
        }
        if (extractionOnly) {
            return 0;
        }
        Path parent = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(parent);
        new CorpusBench(new CorpusBench.Options(articles, queryArticles,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), queryRuns, seed,
                Files.createTempDirectory(parent, "newsgraph-bench-"), bulk, keep, !noLoader), lexicon, Main.toolVersion(), out).run();
        return 0;
    }

    /**
     * Whether the heap's pages were touched when committed rather than on first use. Extraction allocates a few MB per
     * article; until the young generation has been through all of its pages, the kernel zeroes each new page in the
     * allocating thread's CPU time, and whether that lasts through the timed rounds depends on how the heap grew.
     */
    private static boolean heapPreTouched() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
    }

    private Map<String, List<Article>> articles() throws IOException {
        Map<String, List<Article>> byLanguage = new LinkedHashMap<>();
        ArticleReader reader = new ArticleReader();
        if (paths.isEmpty()) {
            Path dir = Path.of(System.getProperty(DemoCommand.HOME_PROPERTY, ".")).resolve("examples");
            for (DemoCommand.Manifest.Entry entry : DemoCommand.Manifest.read(dir.resolve("manifest.tsv"))) {
                Article a = reader.read(ArticleSource.file(dir.resolve(entry.file())))
                        .withPublished(entry.published()).withLanguage(entry.language());
                byLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a);
            }
        } else {
            for (ArticleSource source : ArticleSources.expand(paths)) {
                Article a = reader.read(source);
                byLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(a);
            }
        }
        return byLanguage;
    }

    private static void analyse(Analyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("text", new StringReader(text))) {
            ts.reset();
            while (ts.incrementToken()) {
                // consuming the tokens is the work being measured
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

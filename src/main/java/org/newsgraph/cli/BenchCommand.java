package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.newsgraph.NewsGraph;
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
 * (so other work on the machine does not count). The reference, measured in the same run on the same texts, is
 * Lucene's analyzer for the language (tokenising, normalising, stemming): the ratio says what extraction costs
 * beyond one ordinary analysis pass, whatever the machine.
 */
@Command(name = "bench", description = "Measures extraction speed per language (articles/s and MB/s per core) against Lucene's analyzer on the same texts.")
final class BenchCommand extends BaseCommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles to measure on (files or folders; default: examples/ as listed in its manifest).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "200",
            description = "Timed passes over the articles of each language (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw usage("--rounds must be at least 1");
        }
        Map<String, List<Article>> byLanguage = articles();
        Lexicon lexicon = LexiconReader.read();
        PrintStream out = main.out();
        out.printf(Locale.ROOT, "%-4s %8s %8s %12s %10s %12s %14s %8s%n", "lang", "articles", "KB", "ms/article",
                "MB/s", "articles/s", "reference MB/s", "ratio");
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
            double extractNanos = medianPass(() -> articles.forEach(extractor::extract));
            try (Analyzer analyzer = e.getKey().equals("ar") ? new ArabicAnalyzer() : new EnglishAnalyzer()) {
                double referenceNanos = medianPass(() -> articles.forEach(a -> analyse(analyzer, a.text())));
                double seconds = extractNanos / 1e9;
                out.printf(Locale.ROOT, "%-4s %8d %8.1f %12.3f %10.2f %12.0f %14.2f %8.1f%n", e.getKey(),
                        articles.size(), bytes / 1024.0, extractNanos / 1e6 / articles.size(), bytes / 1e6 / seconds,
                        articles.size() / seconds, bytes / 1e6 / (referenceNanos / 1e9), extractNanos / referenceNanos);
            }
        }
        out.println("(one core, warm, CPU time; ratio = extraction time / Lucene analyzer time on the same texts)");
        return 0;
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

    /** Warms up, then times {@link #rounds} passes and returns the median pass in CPU nanoseconds. */
    private double medianPass(Runnable pass) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.max(20, rounds / 2); i++) {
            pass.run();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            pass.run();
            times[i] = bean.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(times);
        return times[rounds / 2];
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

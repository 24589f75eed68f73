package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.read.ArticleSources;
import org.newsgraph.read.ReaderOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Reads articles, extracts actors, events, roles and statements, and stores each article as one graph.",
        "An article whose text and extractor are unchanged since its last ingest is left as it is.",
        "A bad input is reported on one line and skipped; the exit code is 1 when any failed.",
        "Extraction runs on all cores; articles are committed in batches, and a large ingest ends with compaction."})
final class IngestCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Mixin
    TargetOption target;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = Dates.Converter.class,
            description = "The publication date of the articles (wins over the one read from a page).")
    LocalDate published;

    @Option(names = "--lang", paramLabel = "LANG", description = "The articles' language (ar, en), instead of detecting it.")
    String lang;

    @Option(names = "--url", paramLabel = "URL", description = "The canonical URL of the article (one article only).")
    URI url;

    @Option(names = "--force", description = "Re-extract and rewrite articles even when unchanged.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles read and extracted at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
            description = "Articles committed per write transaction (default: ${DEFAULT-VALUE}); TDB2 grows with every commit.")
    int batch;

    @Option(names = "--bulk", description = {"A first load into a store with no articles yet, through Jena's TDB2 bulk loader:"
            + " several times faster, but an interrupted load leaves a store to delete and load again."})
    boolean bulk;

    @Option(names = "--no-compact", description = "Do not compact the store after a large ingest (see `newsgraph compact`).")
    boolean noCompact;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = Sizes.class,
            description = "The largest input read, in bytes or with K, M, G (default: 10M); a larger one fails.")
    Long maxBytes;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.class,
            description = "How long fetching one URL may take: seconds, or with ms, s, m (default: 20s).")
    Duration timeout;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files (.txt, .html), folders (read recursively), - for standard input, or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() {
        List<String> languages = NewsGraph.languages();
        if (lang != null && !languages.contains(lang)) {
            throw usage("--lang " + lang + ": no extractor for that language (there are: " + String.join(", ", languages) + ")");
        }
        if (url != null && (!url.isAbsolute() || !url.getScheme().matches("(?i)https?"))) {
            throw usage("--url " + url + ": not an http(s) URL");
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1: " + threads);
        }
        if (batch < 1) {
            throw usage("--batch must be at least 1: " + batch);
        }
        int total = ArticleSources.expand(inputs).size();
        if (url != null && total != 1) {
            throw usage("--url names one article, but the inputs hold " + total);
        }
        ReaderOptions reader = new ReaderOptions(timeout != null ? timeout : ReaderOptions.DEFAULT_TIMEOUT,
                maxBytes != null ? maxBytes : ReaderOptions.DEFAULT_MAX_BYTES, ReaderOptions.DEFAULT_USER_AGENT);
        IngestOptions options = new IngestOptions(published, lang, url, force).withReader(reader).withBatchSize(batch)
                .withCompact(!noCompact).withBulk(bulk);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        PrintStream err = main.err();
        ProgressBar bar = System.console() != null && total > 1 ? new ProgressBar(err, total) : null;
        IngestSummary summary;
        boolean remote = target.given(spec.commandLine());
        if (remote && bulk) {
            throw usage("--bulk loads the embedded store; with --target, leave it out");
        }
        try (NewsGraph ng = remote ? target.connect(Main.toolVersion()) : NewsGraph.open(store.dir, Main.toolVersion())) {
            summary = ng.ingest(inputs, options, o -> {
                if (bar != null) {
                    bar.clear();
                }
                if (o.status() == IngestOutcome.Status.FAILED) {
                    err.println("error: " + o.error());
                }
                if (bar != null) {
                    bar.done(o);
                }
            });
        }
        if (bar != null) {
            bar.clear();
        }
        main.out().println(summary);
        return summary.anyFailed() ? 1 : 0;
    }

    /** One line redrawn in place on a terminal: done/total, rate, ETA. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final int total;
        private final long start = System.nanoTime();
        private int done;

        ProgressBar(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void clear() {
            err.print("\r\033[K");
        }

        void done(IngestOutcome o) {
            done++;
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            int filled = (int) ((long) WIDTH * done / total);
            String eta = done == total ? "done" : "ETA " + duration((total - done) / rate);
            err.print(String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f articles/s  %s", "=".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total, rate, eta));
            err.flush();
        }

        private static String duration(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                    : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
        }
    }

    /** A size in bytes: {@code 5000000}, {@code 512K}, {@code 10M}, {@code 1G} (binary multiples). */
    static final class Sizes implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,12})([KkMmGg]?)").matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("not a size (bytes, or a number with K, M or G): " + value);
            }
            long n = Long.parseLong(m.group(1)) << switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            if (n <= 0) {
                throw new CommandLine.TypeConversionException("the size must be positive: " + value);
            }
            return n;
        }
    }

    /** A positive duration: {@code 20} (seconds), {@code 500ms}, {@code 20s}, {@code 2m}. */
    static final class Durations implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m)?").matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("not a duration (seconds, or a number with ms, s or m): " + value);
            }
            long n = Long.parseLong(m.group(1));
            Duration d = m.group(2) == null || m.group(2).equals("s") ? Duration.ofSeconds(n)
                    : m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofMinutes(n);
            if (d.isZero()) {
                throw new CommandLine.TypeConversionException("the duration must be positive: " + value);
            }
            return d;
        }
    }
}

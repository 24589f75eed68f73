package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.read.ArticleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Reads articles, extracts actors, events, roles and statements, and stores each article as one graph.",
        "An article whose text and extractor are unchanged since its last ingest is left as it is.",
        "A bad input is reported on one line and skipped; the exit code is 1 when any failed."})
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
        if (url != null && ArticleSources.expand(inputs).size() != 1) {
            throw usage("--url names one article, but the inputs hold " + ArticleSources.expand(inputs).size());
        }
        PrintStream err = main.err();
        boolean progress = System.console() != null && inputs.size() > 1;
        AtomicInteger done = new AtomicInteger();
        IngestSummary summary;
        boolean remote = target.given(spec.commandLine());
        try (NewsGraph ng = remote ? target.connect(Main.toolVersion()) : NewsGraph.open(store.dir, Main.toolVersion())) {
            summary = ng.ingest(inputs, new IngestOptions(published, lang, url, force), o -> {
                if (progress) {
                    err.print("\r\033[K");
                }
                if (o.status() == IngestOutcome.Status.FAILED) {
                    err.println("error: " + o.error());
                }
                if (progress) {
                    err.print("[" + done.incrementAndGet() + "] " + o.input());
                    err.flush();
                }
            });
        }
        if (progress) {
            err.print("\r\033[K");
            err.flush();
        }
        main.out().println(summary);
        return summary.anyFailed() ? 1 : 0;
    }
}

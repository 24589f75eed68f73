package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.store.Store;

/**
 * The corpus benchmarks of {@code newsgraph bench}, on articles from {@link SyntheticCorpus}, each figure printed
 * with a reference measured in the same run:
 * <ul>
 *   <li>end-to-end ingest of {@code articles} pages (read, extract, map, write, compact) into an empty store,
 *       against Jena's TDB2 bulk loader (the phased loader, {@code tdb2.tdbloader}'s default) loading the same
 *       quads from an N-Quads file; and the sizes on disk of the two stores;</li>
 *   <li>analyst queries on that store and on one of {@code queryArticles} articles: {@code events.rq} bound to one
 *       actor as source, the workbench's actor page and its network of one actor (both through the HTTP API
 *       the browser calls), p50 and p95 over repeated warm runs;</li>
 *   <li>the peak heap of each ingest: the most heap in use, sampled every 10 ms (garbage not yet collected
 *       included, so it can only overstate what the ingest needs; it stays below the JVM's maximum).</li>
 * </ul>
 * The last line printed is {@code ingest/loader ratio R}: the ingest's articles per second over the loader's.
 */
public final class CorpusBench {

    /**
     * What to run: article counts, threads, query repetitions, the seed, where to work, and whether the ingests are
     * first loads through the bulk loader ({@code ingest --bulk}) or batched write transactions, and whether the
     * stores stay in the work folder afterwards (so that later query changes can be measured on them with
     * {@link #queriesOn}) or are deleted with it, and whether the bulk loader's comparison runs (a copy of the
     * first store through N-Quads: for a store of 100,000 articles it would need twice its size again on disk).
     */
    public record Options(int articles, int queryArticles, int threads, int queryRuns, long seed, Path workDir,
                          boolean bulk, boolean keep, boolean loader) {
        public Options {
            if (articles < 1 || queryArticles < 1 || threads < 1 || queryRuns < 1) {
                throw new IllegalArgumentException("articles, query articles, threads and query runs must be at least 1");
            }
            Objects.requireNonNull(workDir, "workDir");
        }
    }

    /** Longer than any query measured here should take; a query stopped by it is reported as such. */
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(10);

    /** The generated corpus spans a year of news. */
    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 365;

    private final Options options;
    private final Lexicon lexicon;
    private final String toolVersion;
    private final PrintStream out;
    private final SyntheticCorpus corpus;

    public CorpusBench(Options options, Lexicon lexicon, String toolVersion, PrintStream out) {
        this.options = options;
        this.lexicon = lexicon;
        this.toolVersion = toolVersion;
        this.out = out;
        this.corpus = lexicon == null ? null : new SyntheticCorpus(lexicon, options.seed(), START, DAYS);
    }

    /** What one ingest measured. */
    private record Ingest(Path store, int articles, long triples, double seconds, long peakHeap, long bytesOnDisk) {
    }

    /**
     * Runs every benchmark and prints its lines; the work folder is emptied on the way out, except for the
     * ingests' stores when {@link Options#keep()} is set.
     */
    public void run() throws IOException {
        Files.createDirectories(options.workDir());
        List<Path> stores = new ArrayList<>();
        try {
            Ingest ingest = ingest(options.articles());
            stores.add(ingest.store());
            // queries before the loader: on a large store they are what the run is for, the loader takes long
            queries(ingest.store(), ingest.articles());
            Loaded loaded = options.loader() ? loader(ingest) : null;
            if (loaded != null) {
                out.printf(Locale.ROOT, "store size on disk: ingest %.1f MB, loader %.1f MB; ingest/loader size %.2f%n",
                        ingest.bytesOnDisk() / 1e6, loaded.bytesOnDisk() / 1e6, (double) ingest.bytesOnDisk() / loaded.bytesOnDisk());
            }
            if (options.queryArticles() != options.articles()) {
                Ingest second = ingest(options.queryArticles());
                stores.add(second.store());
                queries(second.store(), second.articles());
            }
            if (options.keep()) {
                stores.forEach(s -> out.println("store kept: " + s.toAbsolutePath()
                        + " (measure it again with: newsgraph bench --query-store " + s.toAbsolutePath() + ")"));
            }
            if (loaded != null) {
                out.printf(Locale.ROOT, "ingest/loader ratio %.2f%n", loaded.seconds() / ingest.seconds());
            } else {
                out.println("ingest/loader ratio not measured (--no-loader)");
            }
        } finally {
            if (options.keep()) {
                deleteAllBut(options.workDir(), stores);
            } else {
                deleteTree(options.workDir());
            }
        }
    }

    /**
     * The analyst queries alone, on a store built earlier (by {@code bench --keep} or by {@code ingest}): p50/p95 of
     * {@code queryRuns} warm runs for its busiest actor and a typical one, as {@link #run} prints them, so that a
     * query change can be measured on a large store without generating and ingesting it again.
     */
    public static void queriesOn(Path store, int queryRuns, PrintStream out) throws IOException {
        CorpusBench bench = new CorpusBench(new Options(1, 1, 1, queryRuns, 1, store, false, true, false), null, null, out);
        int articles;
        try (Store s = Store.openExisting(store)) {
            articles = s.articleGraphs().size();
        }
        bench.queries(store, articles);
    }

    private Ingest ingest(int articles) throws IOException {
        Path pages = options.workDir().resolve("corpus-" + articles);
        long t0 = System.nanoTime();
        long bytes = corpus.write(pages, articles);
        out.printf(Locale.ROOT, "corpus %d: %d generated articles, %.1f MB of HTML (%.1f s to write)%n", articles,
                articles, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
        Path storeDir = options.workDir().resolve("store-" + articles);
        resetPeakHeap();
        long start = System.nanoTime();
        IngestSummary summary;
        // a line every twentieth of a large ingest, so that a long run shows its rate and heap while it goes
        int every = Math.max(1000, articles / 20);
        int[] done = {0};
        try (NewsGraph ng = NewsGraph.open(storeDir, toolVersion, () -> lexicon)) {
            long ingestStart = System.nanoTime();
            summary = ng.ingest(List.of(pages.toString()), IngestOptions.DEFAULT.withThreads(options.threads()).withBulk(options.bulk()), o -> {
                if (++done[0] % every == 0 && done[0] < articles) {
                    double s = (System.nanoTime() - ingestStart) / 1e9;
                    out.printf(Locale.ROOT, "  ingest %d: %d done in %.0f s, %.1f articles/s, peak heap so far %.0f MB%n",
                            articles, done[0], s, done[0] / s, peakHeap() / 1e6);
                    out.flush();
                }
            });
        }
        double seconds = summary.took().toNanos() / 1e9;
        long peak = peakHeap();
        deleteTree(pages);
        if (summary.anyFailed()) {
            throw new IllegalStateException("the ingest of generated articles failed for " + summary.count(
                    org.newsgraph.IngestOutcome.Status.FAILED) + " of them: " + summary.outcomes().stream()
                    .filter(o -> o.error() != null).findFirst().orElseThrow().error());
        }
        out.printf(Locale.ROOT, "ingest %d: %.1f s (%.1f s with opening), %.1f articles/s, %.0f triples/s, %d triples, "
                        + "%d threads%s%n", articles, seconds, (System.nanoTime() - start) / 1e9, articles / seconds,
                summary.triples() / seconds, summary.triples(), options.threads(),
                options.bulk() ? ", first load through the bulk loader (--bulk)" : ", batched write transactions");
        out.printf(Locale.ROOT, "ingest %d: peak heap %.0f MB of %.0f MB max; store %.1f MB on disk%s%n", articles,
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, summary.bytesOnDisk() / 1e6,
                summary.compacted() ? " (compacted)" : "");
        return new Ingest(storeDir, articles, summary.triples(), seconds, peak, summary.bytesOnDisk());
    }

    private record Loaded(double seconds, long bytesOnDisk) {
    }

    /** Writes the ingest store's quads to N-Quads, then times Jena's bulk loader on them into an empty store. */
    private Loaded loader(Ingest ingest) throws IOException {
        Path nq = options.workDir().resolve("store-" + ingest.articles() + ".nq");
        try (Store s = Store.openExisting(ingest.store()); OutputStream os = Files.newOutputStream(nq)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            s.export(null, true, w);
        }
        Path dir = options.workDir().resolve("loader-" + ingest.articles());
        DatasetGraph dsg = DatabaseConnection.connectCreate(Location.create(dir), Store.params(Runtime.getRuntime().maxMemory()))
                .getDatasetGraph();
        long quads;
        long start = System.nanoTime();
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(nq);
        long bytes = sizeOf(dir);
        out.printf(Locale.ROOT, "loader %d: %.1f s, %.1f articles/s, %.0f quads/s, %d quads (TDB2 phased bulk loader, same quads as N-Quads)%n",
                ingest.articles(), seconds, ingest.articles() / seconds, quads / seconds, quads);
        out.printf(Locale.ROOT, "ingest/loader %d: articles/s %.2f, size on disk %.2f%n", ingest.articles(),
                seconds / ingest.seconds(), (double) ingest.bytesOnDisk() / bytes);
        return new Loaded(seconds, bytes);
    }

    /** The three analyst queries on one store of {@code articles} articles, for its busiest actor and a typical one. */
    private void queries(Path storeDir, int articles) throws IOException {
        String eventsText = QueryLibrary.text("events").orElseThrow();
        try (Store store = Store.openExisting(storeDir)) {
            List<String> actors = actorsBySourceEvents(store);
            if (actors.isEmpty()) {
                throw new IllegalStateException("no event has a source in the generated store");
            }
            // the server's query timeout (which it sets on the dataset, for events.rq here too) is lifted: the
            // benchmark measures how long a query takes, where a server stops it
            NewsgraphServer server = NewsgraphServer.start(store.datasetGraph(), ServeOptions.defaults(
                    NG.ID, 0).withTimeout(QUERY_TIMEOUT));
            try {
                HttpClient http = HttpClient.newHttpClient();
                record Pick(String which, String actor) {
                }
                for (Pick p : List.of(new Pick("typical", actors.get(actors.size() / 2)), new Pick("busiest", actors.get(0)))) {
                    Query events = ofSource(eventsText, p.actor());
                    Map<String, RDFNode> bound = Map.of();
                    long rows = store.query(events, bound, qe -> ResultSetFormatter.consume(qe.execSelect()));
                    String label = String.format(Locale.ROOT, "%d articles, %s actor <%s>", articles, p.which(), p.actor());
                    latency("events.rq (" + rows + " rows)", label, true,
                            () -> store.query(events, bound, qe -> (long) ResultSetFormatter.consume(qe.execSelect())));
                    String iri = URLEncoder.encode(p.actor(), StandardCharsets.UTF_8);
                    latency("actor page", label, false, () -> get(http, server.url().resolve("api/actor?iri=" + iri)));
                    latency("network", label, false, () -> get(http, server.url().resolve("api/network?actor=" + iri)));
                }
            } finally {
                server.close();
            }
        }
    }

    /**
     * {@code events.rq} for the events of one source actor: its rows whose {@code ?source} is the actor, the same
     * columns in the same order. Binding {@code ?source} by substitution would not do, since it is OPTIONAL there
     * (every event would still come back); a required {@code ?event ng:source <actor>} put first also lets TDB2
     * start from the actor's index entries instead of from every event.
     */
    static Query ofSource(String eventsText, String actor) {
        Query q = QueryFactory.create(eventsText);
        ElementGroup where = new ElementGroup();
        ElementPathBlock first = new ElementPathBlock();
        first.addTriple(Triple.create(Var.alloc("event"), NG.source.asNode(), NodeFactory.createURI(actor)));
        where.addElement(first);
        ((ElementGroup) q.getQueryPattern()).getElements().forEach(where::addElement);
        q.setQueryPattern(where);
        return q;
    }

    /** Actors that are the source of some event, most events first (the median one is a typical actor). */
    private static List<String> actorsBySourceEvents(Store store) {
        Query q = QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?actor (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ng:Event ; ng:source ?actor }
                GROUP BY ?actor ORDER BY DESC(?n) ?actor
                """);
        return store.query(q, Map.of(), qe -> {
            List<String> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row -> out.add(row.getResource("actor").getURI()));
            return out;
        });
    }

    private static long get(HttpClient http, URI uri) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + ": HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Warms up, then prints p50 and p95 of {@link Options#queryRuns()} timed runs: wall-clock time, and CPU time. On a
     * machine shared with other work the wall-clock figures mostly measure the wait for a core; the CPU figures are
     * what a run costs, whatever else the machine does. A query run in this thread is charged this thread's CPU time
     * (to the microsecond); a request to the HTTP API, the CPU time of the whole process, since the server answers
     * on its own threads (in steps of the system's clock tick, 10 ms here, and with the JIT compiler's and the
     * collector's work included: an upper bound).
     */
    private void latency(String what, String label, boolean inThisThread, Supplier<Long> run) {
        for (int i = 0; i < Math.max(3, options.queryRuns() / 5); i++) {
            run.get();
        }
        double[] ms = new double[options.queryRuns()];
        double[] cpu = new double[options.queryRuns()];
        for (int i = 0; i < ms.length; i++) {
            long c0 = cpuNanos(inThisThread);
            long t0 = System.nanoTime();
            run.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (cpuNanos(inThisThread) - c0) / 1e6;
        }
        out.printf(Locale.ROOT, "query %s, %s: p50 %.1f ms, p95 %.1f ms; %s CPU p50 %.1f ms, p95 %.1f ms%n", what, label,
                percentile(ms, 50), percentile(ms, 95), inThisThread ? "thread" : "process", percentile(cpu, 50),
                percentile(cpu, 95));
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * p / 100.0) - 1];
    }

    private static long cpuNanos(boolean thisThread) {
        return thisThread ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Samples the heap in use on a daemon thread from {@link #resetPeakHeap} on. */
    private static final class HeapSampler {
        private static final AtomicLong PEAK = new AtomicLong();

        static {
            Thread t = new Thread(() -> {
                MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
                while (true) {
                    PEAK.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "newsgraph-heap-sampler");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        HeapSampler.PEAK.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private static long peakHeap() {
        return HeapSampler.PEAK.get();
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    /** Deletes everything in {@code root} but the {@code kept} folders, which are its children. */
    private static void deleteAllBut(Path root, List<Path> kept) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.toList()) {
                if (!kept.contains(p)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

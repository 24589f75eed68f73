package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.StoreView;

/**
 * TDB2 keeps every version a write leaves, so a store re-ingested many times grows without bound until it is
 * compacted. After {@code newsgraph compact} the store must be about the size of a fresh load, answer the
 * analysts' queries exactly as before, and keep no old generation behind.
 */
class StoreOverTimeTest {

    private static final int ARTICLES = 8;
    private static final int ROUNDS = 10;
    private static final List<String> QUERIES = List.of("articles", "actors", "events", "roles", "statements");

    @TempDir
    Path tmp;

    @Test
    void manyReplacementsThenCompactReturnsNearAFreshLoadWithTheSameAnswers() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> files = Articles.writeAll(in, ARTICLES);
        List<String> inputs = files.stream().map(Path::toString).toList();

        Path fresh = tmp.resolve("fresh");
        try (NewsGraph ng = NewsGraph.open(fresh, "test")) {
            assertThat(ng.ingest(inputs, IngestOptions.DEFAULT, o -> { }).outcomes())
                    .extracting(IngestOutcome::error).as("what failed to ingest").containsOnlyNulls();
        }
        long freshSize = CompactSize.of(fresh);

        Path store = tmp.resolve("store");
        try (NewsGraph ng = NewsGraph.open(store, "test")) {
            for (int round = 0; round < ROUNDS; round++) {
                // one article at a time: many small write transactions, as a feed reader would make them
                for (String input : inputs) {
                    assertThat(ng.ingest(List.of(input), new IngestOptions(null, null, null, true), o -> { })
                            .outcomes())
                            .extracting(IngestOutcome::error).as("what failed to ingest").containsOnlyNulls();
                }
            }
        }
        long grown = CompactSize.of(store);
        var quads = StoreView.quads(store);
        Map<String, List<String>> answers = answers(store);
        assertThat(grown).as("re-ingesting %d times grows the store", ROUNDS).isGreaterThan(2 * freshSize);

        Cli.Result compact = Cli.run("compact", "--store", store.toString());
        assertThat(compact.code()).as(compact.err()).isZero();
        assertThat(compact.out()).startsWith("compacted " + store + ": only the current version is left");

        long compacted = CompactSize.of(store);
        System.out.printf("fresh load %,d bytes; after %d rounds %,d; compacted %,d%n", freshSize, ROUNDS, grown, compacted);
        assertThat(compacted).as("near a fresh load's size").isLessThanOrEqualTo(freshSize + freshSize / 2);
        assertThat(StoreView.quads(store)).isEqualTo(quads);
        assertThat(answers(store)).isEqualTo(answers);
        assertThat(StoreView.quadsApartFromRunTimes(store)).isEqualTo(StoreView.quadsApartFromRunTimes(fresh));
        try (Stream<Path> s = Files.list(store)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList())
                    .as("one generation left").containsExactly("Data-0002");
        }
    }

    @Test
    void compactingAStoreInUseOrMissingSaysSoInOneLine() {
        Path missing = tmp.resolve("nothing-here");
        Cli.Result r = Cli.run("compact", "--store", missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no store at " + missing + ": ingest articles first (newsgraph ingest --store "
                + missing + " PATH...)\n");
        assertThat(missing).doesNotExist();
    }

    /** Each library query's rows, as CSV lines in the query's own order. */
    private static Map<String, List<String>> answers(Path dir) {
        try (Store s = Store.openExisting(dir)) {
            return QUERIES.stream().collect(java.util.stream.Collectors.toMap(q -> q, q -> s.query(
                    QueryFactory.create(QueryLibrary.text(q).orElseThrow()), Map.of(), qe -> {
                        var out = new java.io.ByteArrayOutputStream();
                        ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
                    })));
        }
    }

    /** The disk space a store's files use, as {@code du} counts it (they are sparse: their length says little). */
    static final class CompactSize {
        private CompactSize() {
        }

        static long of(Path dir) throws Exception {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(du.waitFor()).as(out).isZero();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        }
    }
}

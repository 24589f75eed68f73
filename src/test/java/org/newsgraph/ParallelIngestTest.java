package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.testing.CapitalsExtractorFactory;
import org.newsgraph.testing.StoreView;

/** Ingest on several threads with batched commits: same order, same result, bad inputs alone, re-runs free. */
class ParallelIngestTest {

    private static final Lexicon EMPTY = new Lexicon(List.of(), List.of(), List.of(), List.of(), List.of());
    private static final String[] NAMES = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi"};

    @TempDir
    Path tmp;

    private static IngestOptions zz(int threads, int batch) {
        return new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, null, false).withThreads(threads)
                .withBatchSize(batch);
    }

    /** {@code count} articles, each naming two people, as files whose names sort in input order. */
    private List<String> articles(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Today " + NAMES[i % NAMES.length] + " met " + NAMES[(i * 3 + 1) % NAMES.length]
                    + " in room " + i + ". Later " + NAMES[(i + 5) % NAMES.length] + " left.";
            out.add(Files.writeString(dir.resolve(String.format("a%03d.txt", i)), text).toString());
        }
        return out;
    }

    @Test
    void outcomesComeInInputOrderAndABadInputInABatchFailsAlone() throws Exception {
        List<String> inputs = articles(tmp.resolve("in"), 40);
        // a missing file and an article the RDF stage refuses half-way, in the middle of a batch
        String missing = tmp.resolve("in/missing.txt").toString();
        String broken = Files.writeString(tmp.resolve("in/broken.txt"), "Today Alice met Broken. Then Bob left.").toString();
        inputs.add(13, missing);
        inputs.add(27, broken);
        List<IngestOutcome> told = new ArrayList<>();

        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            IngestSummary s = ng.ingest(inputs, zz(4, 8), told::add);

            assertThat(told).extracting(IngestOutcome::input).containsExactlyElementsOf(inputs);
            assertThat(s.outcomes()).isEqualTo(told);
            assertThat(s.count(IngestOutcome.Status.INGESTED)).isEqualTo(40);
            assertThat(told.get(13).status()).isEqualTo(IngestOutcome.Status.FAILED);
            assertThat(told.get(27).status()).isEqualTo(IngestOutcome.Status.FAILED);
            assertThat(told.get(27).error()).startsWith(broken + ": ").doesNotContain("\n");
            // nothing of the broken article: no graph, and no quad that mentions its text's odd name
            assertThat(ng.store().articleGraphs()).hasSize(40);
            assertThat(StoreView.quadsOf(ng.store())).noneMatch(q -> q.contains("Broken"));
        }
    }

    @Test
    void aParallelIngestStoresTheSameQuadsAsASingleThreadedOne() throws Exception {
        List<String> inputs = articles(tmp.resolve("in"), 30);
        Set<String> parallel;
        Set<String> single;
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("parallel"), "test", () -> EMPTY)) {
            ng.ingest(inputs, zz(4, 5), o -> { });
            parallel = StoreView.quadsApartFromRunTimes(ng.store());
        }
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("single"), "test", () -> EMPTY)) {
            ng.ingest(inputs, zz(1, 1000), o -> { });
            single = StoreView.quadsApartFromRunTimes(ng.store());
        }
        assertThat(parallel).hasSizeGreaterThan(30 * 10).isEqualTo(single);
    }

    @Test
    void reIngestingUnchangedArticlesWritesNothing() throws Exception {
        List<String> inputs = articles(tmp.resolve("in"), 25);
        Path dir = tmp.resolve("store");
        try (NewsGraph ng = NewsGraph.open(dir, "test", () -> EMPTY)) {
            IngestSummary first = ng.ingest(inputs, zz(2, 4), o -> { });
            assertThat(first.count(IngestOutcome.Status.INGESTED)).isEqualTo(25);
            // compacted: the first ingest wrote more than one full batch
            assertThat(first.compacted()).isTrue();
            assertThat(first.bytesOnDisk()).isEqualTo(ng.store().bytesOnDisk()).isPositive();
        }
        Set<String> before = files(dir);
        long bytes;
        try (NewsGraph ng = NewsGraph.open(dir, "test", () -> EMPTY)) {
            bytes = ng.store().bytesOnDisk();
            IngestSummary again = ng.ingest(inputs, zz(2, 4), o -> { });

            assertThat(again.count(IngestOutcome.Status.UNCHANGED)).isEqualTo(25);
            assertThat(again.compacted()).isFalse();
            assertThat(again.bytesOnDisk()).isEqualTo(bytes);
        }
        // no write transaction: TDB2 would have appended to its journal and data files
        assertThat(files(dir)).isEqualTo(before);
    }

    @Test
    void anIngestOfOneBatchOrLessIsNotCompacted() throws Exception {
        List<String> inputs = articles(tmp.resolve("in"), 6);
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            IngestSummary s = ng.ingest(inputs, zz(2, 6), o -> { });
            assertThat(s.compacted()).isFalse();
            assertThat(s.toString()).endsWith(String.format(java.util.Locale.ROOT, "; store %.1f MB on disk",
                    ng.store().bytesOnDisk() / 1e6));
        }
    }

    @Test
    void aBulkFirstLoadStoresTheSameQuadsAndMergedEventsAsTransactions() throws Exception {
        // two outlets' reports of one arrest, published the same day, so that there is a merged event to compute
        List<String> inputs = List.of("src/test/resources/corpus/merge/police-26.ar.txt",
                "src/test/resources/corpus/merge/police-dozens.ar.txt", "examples/kazakhstan-2022-01-08.ar.txt");
        IngestOptions sameDay = new IngestOptions(java.time.LocalDate.of(2022, 1, 9), null, null, false);
        Set<String> bulk;
        Set<String> transactions;
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("bulk"), "test")) {
            IngestSummary s = ng.ingest(inputs, sameDay.withBulk(true), o -> { });
            assertThat(s.anyFailed()).as(s.toString()).isFalse();
            bulk = StoreView.quadsApartFromRunTimes(ng.store());
        }
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("transactions"), "test")) {
            ng.ingest(inputs, sameDay, o -> { });
            transactions = StoreView.quadsApartFromRunTimes(ng.store());
        }
        assertThat(bulk).anyMatch(q -> q.endsWith("<https://w3id.org/newsgraph/id/graph/merged>"))
                .isEqualTo(transactions);
    }

    @Test
    void aBulkLoadGoesIntoAStoreWithNoArticlesOnly() throws Exception {
        List<String> inputs = articles(tmp.resolve("in"), 3);
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            ng.ingest(inputs.subList(0, 1), zz(1, 10), o -> { });
            assertThatThrownBy(() -> ng.ingest(inputs, zz(1, 10).withBulk(true), o -> { }))
                    .isInstanceOf(org.newsgraph.store.StoreException.class)
                    .hasMessageContaining("holds 1 articles already").hasMessageContaining("drop --bulk");
            assertThat(ng.store().articleGraphs()).hasSize(1);
        }
    }

    /** Each file of the store folder with its size: what a write transaction would change. */
    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            Set<String> out = new TreeSet<>();
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList()) {
                out.add(dir.relativize(p) + " " + Files.size(p));
            }
            return out;
        }
    }
}

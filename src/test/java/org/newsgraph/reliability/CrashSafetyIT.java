package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphReport;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.StoreView;

/**
 * SIGKILL in the middle of an ingest and of a compaction, in a child JVM: the store must open without anyone
 * removing a lock, hold only whole articles, and a re-run must end where an uninterrupted run ends.
 */
class CrashSafetyIT {

    private static final int ARTICLES = 200;

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledMidWayLeavesWholeArticlesAndARerunFinishesTheJob() throws Exception {
        Path in = tmp.resolve("in");
        Articles.writeAll(in, ARTICLES);
        Path reference = tmp.resolve("reference");
        Cli.Result uninterrupted = Cli.run("ingest", "--store", reference.toString(), in.toString());
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
        Set<String> expected = StoreView.quadsApartFromRunTimes(reference);

        Path store = tmp.resolve("store");
        String[] command = {"ingest", "--verbose", "--store", store.toString(), in.toString()};
        try (ChildJvm child = ChildJvm.start(command)) {
            assertThat(child.awaitLines(l -> l.contains(": INGESTED "), ARTICLES / 3)).as("a third of the articles in").isTrue();
            child.kill();
        }
        assertThat(store.resolve("tdb.lock")).as("the dead process's lock, left behind").exists();

        // it opens, with no lock removed by hand, and what it holds is whole
        Set<String> afterCrash = StoreView.quadsApartFromRunTimes(store);
        Set<String> articles = StoreView.articles(store);
        assertThat(articles.size()).isBetween(ARTICLES / 3, ARTICLES - 1);
        for (String g : articles) {
            assertThat(StoreView.graph(afterCrash, g)).as(g).isEqualTo(StoreView.graph(expected, g));
        }
        try (Store s = Store.openExisting(store)) {
            assertThat(s.validate(Ontology::validate)).allMatch(GraphReport::conforms);
        }

        try (ChildJvm again = ChildJvm.start(command)) {
            assertThat(again.waitFor(600)).isZero();
        }
        assertThat(StoreView.quadsApartFromRunTimes(store)).isEqualTo(expected);
    }

    @Test
    void aCompactionKilledMidWayLeavesAStoreThatOpensWhole() throws Exception {
        Path in = tmp.resolve("in");
        Articles.writeAll(in, ARTICLES);
        Path store = tmp.resolve("store");
        for (int round = 0; round < 2; round++) {
            Cli.Result r = Cli.run("ingest", "--force", "--store", store.toString(), in.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        Set<String> before = StoreView.quads(store);

        try (ChildJvm child = ChildJvm.start("compact", "--store", store.toString())) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            // TDB2 copies into Data-0002-tmp, renames it Data-0002, then deletes Data-0001: kill during the copy
            while (!Files.exists(store.resolve("Data-0002-tmp")) && !Files.exists(store.resolve("Data-0002"))
                    && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.kill();
        }
        System.out.println("compaction killed; generations left: " + generations(store));

        assertThat(StoreView.quads(store)).isEqualTo(before);
        Cli.Result again = Cli.run("compact", "--store", store.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(StoreView.quads(store)).isEqualTo(before);
        assertThat(generations(store)).as("old generations deleted").hasSize(1);
    }

    @Test
    void aStoreWhoseServerWasKilledOpensAgain() throws Exception {
        Path store = tmp.resolve("store");
        Path one = Articles.write(tmp.resolve("in"), 1);
        assertThat(Cli.run("ingest", "--store", store.toString(), one.toString()).code()).isZero();
        Set<String> before = StoreView.quads(store);
        try (ChildJvm holder = ChildJvm.startMain(HoldStore.class, store.toString())) {
            assertThat(holder.awaitLines("open"::equals, 1)).isTrue();
            Cli.Result busy = Cli.run("stats", "--store", store.toString());
            assertThat(busy.code()).isEqualTo(1);
            assertThat(busy.err()).contains("is in use by another process").doesNotContain("\tat ");
            holder.kill();
        }
        assertThat(store.resolve("tdb.lock")).as("the dead process's lock, left behind").exists();
        assertThat(StoreView.quads(store)).isEqualTo(before);
        Cli.Result stats = Cli.run("stats", "--store", store.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
    }

    private static List<Path> generations(Path store) throws java.io.IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }
}

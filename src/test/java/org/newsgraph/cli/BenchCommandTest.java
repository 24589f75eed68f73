package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.Cli;

/** The benchmark prints its figures; it asserts nothing about speed (that is what the figures are for). */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsEveryFigureWithItsReferenceAndEndsWithTheIngestLoaderRatio() throws Exception {
        Cli.Result r = Cli.run("bench", "--rounds", "3", "--warmup-seconds", "0", "--articles", "30", "--query-articles", "45",
                "--query-runs", "2", "--work", tmp.toString(), "examples/kazakhstan-2022-01-08.ar.txt",
                "src/test/resources/eval/kazakhstan-2022-01-08.en.txt");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).first().asString().contains("MB/s").contains("ratio");
        assertThat(lines.stream().filter(l -> l.startsWith("ar ") || l.startsWith("en ")))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.trim().split("\\s+")).hasSize(9));
        for (int n : new int[] {30, 45}) {
            assertThat(lines).anyMatch(l -> l.matches("ingest " + n + ": .* articles/s, [0-9]+ triples/s, [1-9][0-9]* triples, .*batched write transactions"));
            assertThat(lines).anyMatch(l -> l.matches("ingest " + n + ": peak heap [0-9]+ MB of [0-9]+ MB max; store .* MB on disk.*"));
            for (String query : new String[] {"events.rq \\([0-9]+ rows\\)", "actor page", "network"}) {
                for (String which : new String[] {"typical", "busiest"}) {
                    assertThat(lines).as(query + " " + which + " " + n).anyMatch(l -> l.matches(
                            "query " + query + ", " + n + " articles, " + which + " actor <https://w3id.org/newsgraph/id/[^>]+>: p50 [0-9.]+ ms, p95 [0-9.]+ ms; (thread|process) CPU p50 [0-9.]+ ms, p95 [0-9.]+ ms"));
                }
            }
        }
        assertThat(lines).anyMatch(l -> l.matches("loader 30: [0-9.]+ s, [0-9.]+ articles/s, [0-9]+ quads/s, [1-9][0-9]* quads .*"));
        assertThat(lines).anyMatch(l -> l.matches("store size on disk: ingest [0-9.]+ MB, loader [0-9.]+ MB; ingest/loader size [0-9.]+"));
        assertThat(lines).last().asString().matches("ingest/loader ratio [0-9]+\\.[0-9]{2}");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the work folder is deleted").isEmpty();
        }
    }

    @Test
    void extractionOnlyPrintsTheExtractionTableAndNoCorpusFigures() {
        Cli.Result r = Cli.run("bench", "--rounds", "2", "--warmup-seconds", "0", "--extraction-only",
                "--work", tmp.toString(), "examples/kazakhstan-2022-01-08.ar.txt");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).first().asString().contains("ratio p25-p75");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "ar +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9.]+ +[0-9.]+ +[0-9.]+-[0-9.]+"));
        assertThat(lines).noneMatch(l -> l.startsWith("ingest") || l.startsWith("query") || l.startsWith("loader"));
        assertThat(r.err()).as("the test JVM's heap is not pre-touched, so its figures may be inflated: the user is told")
                .contains("-XX:+AlwaysPreTouch");
    }

    @Test
    void aNegativeWarmUpIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--warmup-seconds", "-1", "--extraction-only");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--warmup-seconds");
    }

    @Test
    void withBulkTheIngestIsAFirstLoadThroughTheBulkLoader() {
        Cli.Result r = Cli.run("bench", "--rounds", "1", "--warmup-seconds", "0", "--articles", "20", "--query-articles", "20",
                "--query-runs", "1", "--bulk", "--work", tmp.toString(), "examples/kazakhstan-2022-01-08.ar.txt");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.matches("ingest 20: .* [1-9][0-9]* triples, .*first load through the bulk loader \\(--bulk\\)"));
        assertThat(lines).last().asString().matches("ingest/loader ratio [0-9]+\\.[0-9]{2}");
    }

    @Test
    void keptStoresCanBeMeasuredAgainWithoutIngestingThem() throws Exception {
        Cli.Result r = Cli.run("bench", "--rounds", "1", "--warmup-seconds", "0", "--articles", "20", "--query-articles", "20",
                "--query-runs", "1", "--no-loader", "--keep", "--work", tmp.toString(),
                "examples/kazakhstan-2022-01-08.ar.txt");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("loader "));
        assertThat(lines).last().isEqualTo("ingest/loader ratio not measured (--no-loader)");
        String kept = lines.stream().filter(l -> l.startsWith("store kept: ")).findFirst().orElseThrow()
                .replaceFirst("store kept: (\\S+) .*", "$1");
        assertThat(Path.of(kept)).isDirectory().startsWith(tmp);

        Cli.Result again = Cli.run("bench", "--query-store", kept, "--query-runs", "1");

        assertThat(again.code()).as(again.err()).isZero();
        List<String> queries = again.out().lines().toList();
        assertThat(queries).noneMatch(l -> l.startsWith("ingest") || l.startsWith("corpus") || l.contains("MB/s"));
        for (String query : new String[] {"events.rq \\([0-9]+ rows\\)", "actor page", "network"}) {
            assertThat(queries).as(query).anyMatch(l -> l.matches("query " + query
                    + ", 20 articles, busiest actor <https://w3id.org/newsgraph/id/[^>]+>: p50 [0-9.]+ ms, p95 [0-9.]+ ms; (thread|process) CPU p50 [0-9.]+ ms, p95 [0-9.]+ ms"));
        }
    }

    @Test
    void aQueryStoreThatIsNoStoreIsAOneLineError() {
        Cli.Result r = Cli.run("bench", "--query-store", tmp.resolve("nothing").toString());

        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).startsWith("error: no store at").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void zeroRoundsOrArticlesIsAUsageError() {
        assertThat(Cli.run("bench", "--rounds", "0").code()).isEqualTo(2);
        assertThat(Cli.run("bench", "--articles", "0").code()).isEqualTo(2);
    }
}

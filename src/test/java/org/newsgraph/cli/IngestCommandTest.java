package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.CapitalsExtractorFactory;
import org.newsgraph.testing.Cli;

/** ingest end to end, in-process, with the test extractor: summaries, exit codes, one-line errors. */
class IngestCommandTest {

    private static final String ZZ = CapitalsExtractorFactory.LANGUAGE;

    @TempDir
    Path tmp;

    private String store() {
        return tmp.resolve("store").toString();
    }

    private Path article(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void oneArticleIsIngestedThenUnchanged() throws Exception {
        Path a = article("a.txt", "Yesterday Alice met Bob in town. Then Carol left.");

        Cli.Result first = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--published", "2021-05-04", a.toString());
        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).matches("ingested 1, unchanged 0, failed 0 articles; [1-9][0-9]* triples; [0-9]+\\.[0-9] s; store [0-9]+\\.[0-9] MB on disk\\n");

        Cli.Result again = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--published", "2021-05-04", a.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("ingested 0, unchanged 1, failed 0 articles; 0 triples;");

        Cli.Result redated = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--published", "2021-05-05", a.toString());
        assertThat(redated.out()).startsWith("ingested 1, unchanged 0, failed 0 articles;");

        Cli.Result names = Cli.run("query", "--store", store(), "--format", "csv",
                "SELECT ?d WHERE { ?a <https://schema.org/datePublished> ?d }");
        assertThat(names.out().lines().skip(1).toList()).containsExactly("2021-05-05");
    }

    @Test
    void badInputsFailOneLineEachAndTheRestOfTheBatchIsIngested() throws Exception {
        Path good = article("good.txt", "Today Alice met Bob. Carol left.");
        Path empty = article("empty.txt", "");
        Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0x50, 0x4b, 3, 4, 0, 0, 0});
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "Caf\u00e9 au lait, d\u00e9j\u00e0 vu, na\u00efve. Encore \u00e9t\u00e9."
                .getBytes(StandardCharsets.ISO_8859_1));
        Path missing = tmp.resolve("missing.txt");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + port + "/article.html";

        Cli.Result r = Cli.run("ingest", "--store", store(), "--lang", ZZ, missing.toString(), empty.toString(),
                good.toString(), binary.toString(), latin1.toString(), unreachable);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("ingested 1, unchanged 0, failed 5 articles;");
        List<String> errors = r.err().lines().toList();
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith("error: " + missing + ": ");
        assertThat(errors.get(1)).startsWith("error: " + empty + ": ");
        assertThat(errors.get(2)).startsWith("error: " + binary + ": ");
        assertThat(errors.get(3)).startsWith("error: " + latin1 + ": ");
        assertThat(errors.get(4)).startsWith("error: " + unreachable + ": ");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void anArticleTheMapperRefusesLeavesTheStoreAsItWas() throws Exception {
        Path a = article("a.txt", "Today Alice met Bob. Carol left.");
        String url = "https://example.org/a";
        assertThat(Cli.run("ingest", "--store", store(), "--lang", ZZ, "--url", url, a.toString()).code()).isZero();
        String before = Cli.run("export", "--store", store(), "--format", "nquads").out();

        // the same article (its URL decides its IRI), changed so that the extractor yields a mention past the end
        Files.writeString(a, "Today Alice met Bob. Carol left. Some Broken news.");
        Path other = article("b.txt", "Today Dave met Erin.");
        Cli.Result r = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--url", url, a.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("error: " + a + ": ");

        assertThat(Cli.run("export", "--store", store(), "--format", "nquads").out()).isEqualTo(before);
        assertThat(Cli.run("ingest", "--store", store(), "--lang", ZZ, other.toString()).code()).isZero();
    }

    @Test
    void aBulkLoadFillsAnEmptyStoreAndRefusesOneWithArticles() throws Exception {
        Path a = article("a.txt", "Today Alice met Bob. Carol left.");
        Path b = article("b.txt", "Yesterday Dave met Erin. Frank left.");

        Cli.Result first = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--bulk", a.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ingested 1, unchanged 0, failed 0 articles;");

        Cli.Result again = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--bulk", b.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: store " + store() + " holds 1 articles already: a bulk load goes into"
                + " a store with no articles (drop --bulk, or give a new --store)\n");
        assertThat(Cli.run("ingest", "--store", store(), "--lang", ZZ, b.toString()).code()).isZero();
    }

    @Test
    void usageErrorsExitTwoWithTheUsageLine() throws Exception {
        Path a = article("a.txt", "Today Alice met Bob.");
        for (String[] args : List.of(
                new String[] {"ingest", "--store", store(), "--published", "2022-02-30", a.toString()},
                new String[] {"ingest", "--store", store(), "--published", "8/1/2022", a.toString()},
                new String[] {"ingest", "--store", store(), "--lang", "xx", a.toString()},
                new String[] {"ingest", "--store", store(), "--url", "ftp://x/y", a.toString()},
                new String[] {"ingest", "--store", store(), "--lang", ZZ, "--url", "https://example.org/x", a.toString(), a.toString()},
                new String[] {"ingest", "--store", store()},
                new String[] {"ingest", "--store", store(), "--max-bytes", "0", a.toString()},
                new String[] {"ingest", "--store", store(), "--max-bytes", "10X", a.toString()},
                new String[] {"ingest", "--store", store(), "--timeout", "-5", a.toString()},
                new String[] {"ingest", "--store", store(), "--timeout", "0ms", a.toString()},
                new String[] {"ingest", "--store", store(), "--threads", "0", a.toString()},
                new String[] {"ingest", "--store", store(), "--batch", "0", a.toString()},
                new String[] {"ingest", "--bogus", a.toString()})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ").contains("\nUsage: newsgraph ingest");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Cli.run("ingest", "--store", store(), "--published", "2022-02-30", a.toString()).err())
                .startsWith("error: Invalid value for option '--published': not a date (YYYY-MM-DD): 2022-02-30");
        assertThat(tmp.resolve("store")).doesNotExist();
    }

    @Test
    void readerLimitsComeFromTheCommandLine() throws Exception {
        Path small = article("small.txt", "Today Alice met Bob.");
        Path large = article("large.txt", "Today Alice met Bob. " + "Then Carol left the room. ".repeat(100));

        Cli.Result r = Cli.run("ingest", "--store", store(), "--lang", ZZ, "--max-bytes", "1K", "--timeout", "5s",
                small.toString(), large.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("ingested 1, unchanged 0, failed 1 articles;");
        assertThat(r.err().lines()).singleElement().asString().startsWith("error: " + large + ": ").contains("too large");
    }

    @Test
    void anArticleInALanguageWithoutExtractorFails() throws Exception {
        Path a = article("a.txt", "Les pêcheurs sont rentrés au port avec une pêche abondante et le maire les a accueillis.");

        Cli.Result r = Cli.run("ingest", "--store", store(), a.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString().startsWith("error: " + a + ": no extractor for language '");
    }

    @Test
    void standardInputIsAnArticleToo() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Today Alice met Bob. Carol left.".getBytes(StandardCharsets.UTF_8)));
            Cli.Result r = Cli.run("ingest", "--store", store(), "--lang", ZZ, "-");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("ingested 1, unchanged 0, failed 0 articles;");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aStackTraceOnlyWithVerbose() throws Exception {
        Path file = article("store-is-a-file", "x");

        Cli.Result quiet = Cli.run("stats", "--store", file.toString());
        Cli.Result verbose = Cli.run("stats", "--verbose", "--store", file.toString());

        assertThat(quiet.code()).isEqualTo(1);
        assertThat(quiet.err()).isEqualTo("error: no store at " + file + ": ingest articles first (newsgraph ingest --store "
                + file + " PATH...)\n");
        assertThat(verbose.err()).contains("StoreException", "\tat ");
    }
}

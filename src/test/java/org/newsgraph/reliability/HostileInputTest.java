package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.StoreView;

/**
 * Hostile and broken files fed to the real {@code ingest} command in one batch, between good articles, on a
 * store that already holds an article. Each bad input must cost one line on standard error naming it and the
 * reason, and nothing else: the good articles are ingested, the store is otherwise unchanged, the exit code is 1.
 * Inputs that are awkward but readable (legacy Arabic charsets, a wrong declared charset, bidi controls, deep
 * nesting) must be ingested with their text decoded right. URLs are in {@code HostileUrlsIT} (a timeout takes
 * the reader's full 20 s).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** Says how one input of the batch must end. */
    private sealed interface Expect permits Fails, Reads {
    }

    /** A failure whose one-line reason matches {@code reason} (a regex for the text after "input: "). */
    private record Fails(String reason) implements Expect {
    }

    /** Ingested, with {@code sentence} in the stored article text. */
    private record Reads(String sentence) implements Expect {
    }

    private record Input(String what, String arg, Expect expect) {
    }

    /** An Arabic sentence with names the lexicons know, for the pages in legacy charsets. */
    private static final String ARABIC = "التقى الرئيس فلاديمير بوتين نظيره رجب طيب أردوغان في موسكو يوم الخميس.";
    private static final String ARABIC_2 = "وقال سيرغي لافروف إن روسيا تدعم كازاخستان في المفاوضات.";
    private static final String ARABIC_3 = "وزار الرئيس جو بايدن مصر يوم الأحد والتقى وزير الخارجية أنتوني بلينكن.";

    private Path tmp;
    private Path store;
    private final List<Input> inputs = new ArrayList<>();
    private final List<String> goodArticles = new ArrayList<>();
    private Set<String> before;
    private Set<String> graphsBefore;
    private Cli.Result run;

    @BeforeAll
    void ingestTheBatch(@TempDir Path dir) throws IOException {
        tmp = dir;
        store = tmp.resolve("store");
        Path existing = Articles.write(tmp.resolve("existing"), 0);
        assertThat(Cli.run("ingest", "--store", store.toString(), existing.toString()).code()).isZero();
        before = StoreView.quads(store);
        graphsBefore = StoreView.articles(store);

        Path in = Files.createDirectories(tmp.resolve("in"));
        good(in, 1);
        bad("an empty file", Files.write(in.resolve("empty.html"), new byte[0]), "empty.*");
        bad("whitespace only", Files.writeString(in.resolve("blank.txt"), " \n\t  \r\n \u00a0 \n"), "(empty|only whitespace|no text).*");
        bad("a PDF under an .html name", Files.write(in.resolve("report.html"), pdf()), "binary content \\(PDF\\).*");
        good(in, 2);
        bad("a PNG under an .html name", Files.write(in.resolve("photo.html"), png()), "binary content \\(PNG\\).*");
        bad("random bytes under an .html name", Files.write(in.resolve("noise.html"), randomBytes()), "binary.*");
        bad("invalid UTF-8 that is no Arabic charset either",
                Files.write(in.resolve("broken.txt"), invalidUtf8()), ".*(UTF-8|encoding|charset|binary).*");
        good(in, 3);
        reads("windows-1256 with its charset declared", in, "cp1256-declared.html",
                page("windows-1256", ARABIC), Charset.forName("windows-1256"), ARABIC);
        reads("windows-1256 with no charset declared", in, "cp1256-undeclared.html",
                page(null, ARABIC_2), Charset.forName("windows-1256"), ARABIC_2);
        reads("ISO-8859-6 with its charset declared", in, "iso-8859-6-declared.html",
                page("ISO-8859-6", ARABIC_3), Charset.forName("ISO-8859-6"), ARABIC_3);
        reads("ISO-8859-6 with no charset declared", in, "iso-8859-6-undeclared.txt",
                ARABIC_2 + "\n", Charset.forName("ISO-8859-6"), ARABIC_2);
        reads("UTF-8 declaring windows-1256", in, "utf8-says-1256.html",
                page("windows-1256", ARABIC + " " + ARABIC_2), StandardCharsets.UTF_8, ARABIC + " " + ARABIC_2);
        reads("windows-1256 declaring UTF-8", in, "cp1256-says-utf8.html",
                page("utf-8", ARABIC_2 + " " + ARABIC), Charset.forName("windows-1256"), ARABIC_2 + " " + ARABIC);
        good(in, 4);
        inputs.add(new Input("mixed Arabic and Latin with bidi controls and zero-width characters",
                Files.writeString(in.resolve("bidi.html"), page("utf-8", bidi()), StandardCharsets.UTF_8).toString(),
                new Reads("(Reuters)")));
        bad("a 100 MB page", huge(in.resolve("huge.html")), "too large \\(more than 10 MiB\\)");
        inputs.add(new Input("100,000 nested tags", Files.writeString(in.resolve("nested.html"),
                "<html><body>" + "<div>".repeat(100_000) + "<p>" + ARABIC + " " + ARABIC + "</p>"
                        + "</div>".repeat(100_000) + "</body></html>", StandardCharsets.UTF_8).toString(),
                new Reads(ARABIC + " " + ARABIC)));
        bad("an HTML page with no body text", Files.writeString(in.resolve("nobody.html"),
                "<html lang=\"ar\"><head><title>عنوان فقط</title><script>var x = 1;</script></head>"
                        + "<body><nav><a href=\"/\">الرئيسية</a></nav><img src=\"a.png\"></body></html>"),
                "no (article )?text.*");
        bad("an article in French", Files.writeString(in.resolve("french.html"), "<html lang=\"fr\"><body><article><p>"
                + "Le président a rencontré son homologue à Paris jeudi. Les deux dirigeants ont parlé de commerce.</p>"
                + "</article></body></html>"), "no extractor for language 'fr'.*");
        bad("an article in Russian", Files.writeString(in.resolve("russian.txt"),
                "Президент встретился с коллегой в Москве в четверг. Они обсудили торговлю и безопасность.\n"),
                "no extractor for language '[a-z]+'.*");
        good(in, 5);
        folderWithLoopsAndDanglingLinks(in.resolve("folder"));
        good(in, 6);

        String[] args = Stream.concat(Stream.of("ingest", "--store", store.toString()), inputs.stream().map(Input::arg))
                .toArray(String[]::new);
        run = Cli.run(args);
    }

    private void good(Path dir, int n) throws IOException {
        Path p = Articles.write(dir, n);
        goodArticles.add(p.toString());
        inputs.add(new Input("good article " + n, p.toString(), new Reads(Articles.text(n).lines().findFirst().orElseThrow())));
    }

    private void bad(String what, Path file, String reason) {
        inputs.add(new Input(what, file.toString(), new Fails(reason)));
    }

    private void reads(String what, Path dir, String name, String text, Charset charset, String sentence) throws IOException {
        Path p = Files.write(dir.resolve(name), text.getBytes(charset));
        inputs.add(new Input(what, p.toString(), new Reads(sentence)));
    }

    /**
     * A folder with a good article, a link to the folder itself (a loop: walked once), a link to itself (a loop
     * the file system refuses to follow), a dangling link, and (when not run as root, which reads anything) a
     * file nobody may read.
     */
    private void folderWithLoopsAndDanglingLinks(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path inside = Articles.write(dir, 7);
        Files.createSymbolicLink(dir.resolve("again"), dir);
        Files.createSymbolicLink(dir.resolve("self.html"), dir.resolve("self.html"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Path locked = Articles.write(dir.resolve("locked"), 8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        inputs.add(new Input("a folder with loops and dangling links", dir.toString(), null));
        goodArticles.add(inside.toString());
    }

    // ---------------------------------------------------------------- the checks

    @Test
    void exitCodeIsOne() {
        assertThat(run.code()).as(run.err()).isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputFailsOnOneLineNamingItAndTheReason() {
        return inputs.stream().filter(i -> i.expect() instanceof Fails).map(i -> DynamicTest.dynamicTest(i.what(), () -> {
            List<String> lines = errorLinesFor(i.arg());
            assertThat(lines).as(run.err()).hasSize(1);
            String reason = lines.get(0).substring(("error: " + i.arg() + ": ").length());
            assertThat(reason).matches(((Fails) i.expect()).reason());
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachReadableInputIsIngestedWithItsTextDecodedRight() {
        Set<String> texts = storedTexts();
        return inputs.stream().filter(i -> i.expect() instanceof Reads).map(i -> DynamicTest.dynamicTest(i.what(), () -> {
            assertThat(errorLinesFor(i.arg())).as(run.err()).isEmpty();
            String sentence = ((Reads) i.expect()).sentence();
            assertThat(texts).as("the stored article texts").anySatisfy(t -> assertThat(t).contains(sentence));
        }));
    }

    @Test
    void bidiControlsAndZeroWidthCharactersDoNotHideTheNames() {
        String text = storedTexts().stream().filter(t -> t.contains("(Reuters)")).findFirst().orElseThrow();
        Set<String> actors = Set.copyOf(select("""
                SELECT DISTINCT ?actor WHERE {
                  ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t .
                  ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext> ?c ;
                     <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?actor .
                  FILTER (CONTAINS(?t, "(Reuters)"))
                }""", Map.of()));
        assertThat(actors).as(text).contains("https://w3id.org/newsgraph/id/person/vladimir-putin",
                "https://w3id.org/newsgraph/id/country/KZ");
    }

    @Test
    void theFolderIsWalkedOnceWithItsGoodArticleAndItsBrokenLinksReported() throws IOException {
        Path dir = tmp.resolve("in/folder");
        assertThat(run.err().lines().filter(l -> l.startsWith("error: " + dir + "/again/"))).isEmpty();
        assertThat(errorLinesFor(dir.resolve("inside").toString())).isEmpty();
        assertThat(errorLinesFor(dir.resolve("self.html").toString())).singleElement().asString()
                .endsWith("self.html: cannot read (a symbolic link to a missing file, or a loop of links)");
        assertThat(errorLinesFor(dir.resolve("gone.txt").toString())).singleElement().asString()
                .endsWith("gone.txt: cannot read (a symbolic link to a missing file, or a loop of links)");
        Path locked = dir.resolve("locked/article-0008.txt");
        assumeFalse(Files.isReadable(locked), "run as root, who may read a file of mode 000");
        assertThat(errorLinesFor(locked.toString())).singleElement().asString()
                .matches("error: .*article-0008\\.txt: .*(permission|cannot read).*");
    }

    @Test
    void noStackTraceAndOneLinePerFailure() {
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Caused by");
        long failed = run.err().lines().filter(l -> l.startsWith("error: ")).count();
        assertThat(run.err().lines().count()).isEqualTo(failed);
        assertThat(run.out()).matches("ingested [0-9]+, unchanged 0, failed " + failed + " articles; [0-9]+ triples; [0-9.]+ s; store [0-9.]+ MB on disk\\n");
    }

    @Test
    void theGoodArticlesAreIngestedAndTheStoreIsOtherwiseUnchanged() {
        Set<String> after = StoreView.quads(store);
        Set<String> newGraphs = new TreeSet<>(StoreView.articles(store));
        newGraphs.removeAll(graphsBefore);
        // + the folder's article, and its locked one when the tests run as root (who reads it)
        long readable = inputs.stream().filter(i -> i.expect() instanceof Reads).count() + 1
                + (Files.isReadable(tmp.resolve("in/folder/locked/article-0008.txt")) ? 1 : 0);
        assertThat(newGraphs).hasSize((int) readable);
        assertThat(run.out()).startsWith("ingested " + readable + ",");

        Set<String> untouched = new HashSet<>(after);
        newGraphs.forEach(g -> untouched.removeAll(StoreView.graph(after, g)));
        assertThat(untouched).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void everyStoredArticleConformsToTheShapes() {
        Cli.Result v = Cli.run("validate", "--store", store.toString());
        assertThat(v.code()).as(v.out()).isZero();
    }

    /** A date that is not one stops the whole command before anything is read: a usage error, exit 2. */
    @Test
    void aPublishedDateThatIsNotADateChangesNothing() throws IOException {
        Set<String> now = StoreView.quads(store);
        Path another = Articles.write(tmp.resolve("more"), 9);
        for (String date : List.of("yesterday", "2022-13-01", "2022-02-29", "08/01/2022", "2022-01-08T10:00", "")) {
            Cli.Result r = Cli.run("ingest", "--store", store.toString(), "--published", date, another.toString());
            assertThat(r.code()).as(date).isEqualTo(2);
            assertThat(r.err().lines().findFirst().orElseThrow()).as(date)
                    .isEqualTo("error: Invalid value for option '--published': not a date (YYYY-MM-DD): " + date);
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(StoreView.quads(store)).isEqualTo(now);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> errorLinesFor(String arg) {
        return run.err().lines().filter(l -> l.startsWith("error: " + arg + ": ")
                || l.startsWith("error: " + arg + "/") && !arg.endsWith(".html") && !arg.endsWith(".txt")).toList();
    }

    private Set<String> storedTexts() {
        return Set.copyOf(select("SELECT ?t WHERE { ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }",
                Map.of()));
    }

    private List<String> select(String query, Map<String, org.apache.jena.rdf.model.RDFNode> params) {
        try (Store s = Store.openExisting(store)) {
            return s.query(QueryFactory.create(query), params, qe -> ResultSetFormatter.toList(qe.execSelect()).stream()
                    .map(row -> {
                        var n = row.get(row.varNames().next());
                        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
                    }).toList());
        }
    }

    private static String page(String charset, String paragraph) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>"
                + (charset == null ? "" : "<meta charset=\"" + charset + "\">")
                + "<title>خبر</title></head><body><article><p>" + paragraph + "</p></article></body></html>";
    }

    /** Arabic and Latin mixed, with embedding, isolate and mark controls and zero-width characters inside names. */
    private static String bidi() {
        return "\u202Bقال الرئيس فلاديمير\u200B بوتين\u202C (Reuters) \u200Fإن روسيا\u200D سترسل\u200C قوات إلى "
                + "\u2066كازاخستان\u2069 بطلب من NATO\u200E? لا، بل من منظمة معاهدة الأمن الجماعي.\uFEFF "
                + "\u2067وقال\u2069 بوتين إن المهمة ستنتهي خلال أيام.";
    }

    private static byte[] pdf() {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[4096];
        new Random(1).nextBytes(out);
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    private static byte[] png() {
        byte[] out = new byte[2048];
        new Random(2).nextBytes(out);
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, out, 0, sig.length);
        return out;
    }

    private static byte[] randomBytes() {
        byte[] out = new byte[8192];
        new Random(3).nextBytes(out);
        return out;
    }

    /** Latin text with lone continuation bytes and truncated sequences: no charset decodes it as Arabic. */
    private static byte[] invalidUtf8() {
        byte[] text = "Breaking news: the minister said the talks went well. ".repeat(20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 7; i < text.length; i += 13) {
            text[i] = (byte) (i % 2 == 0 ? 0x80 : 0xC3);
        }
        return text;
    }

    /** A 100 MB page, sparse: an HTML head and then nothing written, so the test costs no disk. */
    private static Path huge(Path file) throws IOException {
        Files.writeString(file, "<html><body><p>" + ARABIC + "</p>");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(100L * 1000 * 1000);
        }
        return file;
    }
}

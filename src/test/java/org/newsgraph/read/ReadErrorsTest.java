package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way an input can fail gives one line naming the input and the reason. */
class ReadErrorsTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private String failure(ArticleSource source) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(source));
        assertThat(t).isInstanceOf(ReadException.class);
        assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        return t.getMessage();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("gone.txt");
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": no such file or directory");
    }

    @Test
    void missingPathOnTheCommandLine() {
        String arg = dir.resolve("not-there").toString();
        List<ArticleSource> sources = ArticleSources.expand(List.of(arg));
        assertThat(sources).hasSize(1);
        assertThat(failure(sources.get(0))).isEqualTo(arg + ": no such file or directory");
    }

    @Test
    void directoryWithNothingReadable() throws Exception {
        write("photo.jpg", new byte[] {1, 2, 3});
        write("notes.md", "# notes".getBytes(StandardCharsets.UTF_8));
        List<ArticleSource> sources = ArticleSources.expand(List.of(dir.toString()));
        assertThat(sources).hasSize(1);
        assertThat(failure(sources.get(0)))
                .isEqualTo(dir + ": directory has no readable .html, .htm or .txt files");
    }

    @Test
    void directoryGivenAsAFile() {
        assertThat(failure(ArticleSource.file(dir))).isEqualTo(dir + ": is a directory");
    }

    @Test
    void emptyFile() throws Exception {
        Path p = write("x.html", new byte[0]);
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": empty file");
    }

    @Test
    void whitespaceOnly() throws Exception {
        Path p = write("blank.txt", " \n\t\r\n\u00a0\u200b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": only whitespace, no text");
    }

    @Test
    void binaryContentEvenUnderAnHtmlName() throws Exception {
        assertThat(failure(ArticleSource.file(write("a.html", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))))
                .endsWith("a.html: binary content (PDF), not an article");
        assertThat(failure(ArticleSource.file(write("b.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))))
                .endsWith("b.html: binary content (PNG), not an article");
        assertThat(failure(ArticleSource.file(write("c.htm", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}))))
                .endsWith("c.htm: binary content (ZIP), not an article");
        assertThat(failure(ArticleSource.file(write("d.txt", "text\0with\0nul".getBytes(StandardCharsets.US_ASCII)))))
                .endsWith("d.txt: binary content (NUL bytes), not an article");
    }

    @Test
    void invalidUtf8ThatIsNotArabic() throws Exception {
        Path p = write("latin.txt", "Le café de la gare a rouvert ses portes à midi.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": not valid UTF-8 and no declared charset");
    }

    @Test
    void tooLargeByDefaultAboveTenMebibytes() throws Exception {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(10L * 1024 * 1024 + 1);
        }
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": too large (more than 10 MiB)");
    }

    @Test
    void fileOfExactlyTheCapIsRead() throws Exception {
        byte[] bytes = "A short sentence that fills the whole cap.".getBytes(StandardCharsets.UTF_8);
        ArticleReader small = new ArticleReader(new ReaderOptions(Duration.ofSeconds(1), bytes.length, "t"));
        assertThat(small.read(ArticleSource.file(write("cap.txt", bytes))).text())
                .isEqualTo("A short sentence that fills the whole cap.");
    }

    @Test
    void htmlPageWithoutBodyText() throws Exception {
        Path p = write("shell.html", ("<html><head><title>App</title><script>var x = 'a long script that is not text';</script>"
                + "</head><body><nav><a href='/'>Home</a></nav><div id='root'></div>"
                + "<footer>Copyright</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(failure(ArticleSource.file(p))).isEqualTo(p + ": no article text found in the HTML");
    }

    @Test
    void streamThatNeverEndsIsCutAtTheCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        InputStream saved = System.in;
        System.setIn(endless);
        try {
            ArticleReader small = new ArticleReader(new ReaderOptions(Duration.ofSeconds(1), 64 * 1024, "t"));
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> small.read(ArticleSource.stdin()));
            assertThat(t).isInstanceOf(ReadException.class).hasMessage("-: too large (more than 64 KiB)");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void emptyStandardInput() {
        InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        try {
            assertThat(failure(ArticleSource.stdin())).isEqualTo("-: empty input");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void unavailableSourceCarriesItsReason() {
        assertThat(failure(new ArticleSource.Unavailable("ftp-thing", "not a valid URL (no host)")))
                .isEqualTo("ftp-thing: not a valid URL (no host)");
    }

    @Test
    void bytesInHandAreCheckedLikeFiles() {
        assertThatThrownBy(() -> reader.read("mem.html", new byte[0], null)).hasMessage("mem.html: empty file");
        assertThatThrownBy(() -> reader.read("mem.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8), "image/png"))
                .hasMessage("mem.html: content type image/png, not an article");
    }
}

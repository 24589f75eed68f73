package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

    @TempDir
    Path dir;

    private static List<String> names(List<ArticleSource> sources) {
        return sources.stream().map(ArticleSource::name).toList();
    }

    @Test
    void stdinUrlsAndFilesInArgumentOrder() {
        List<ArticleSource> s = ArticleSources.expand(List.of("https://example.org/a", "-", "x.txt", "HTTP://example.org/b"));
        assertThat(names(s)).containsExactly("https://example.org/a", "-", "x.txt", "HTTP://example.org/b");
        assertThat(s.get(0)).isEqualTo(ArticleSource.url(URI.create("https://example.org/a")));
        assertThat(s.get(1)).isInstanceOf(ArticleSource.Stdin.class);
        assertThat(s.get(2)).isInstanceOf(ArticleSource.File.class);
    }

    @Test
    void malformedUrlBecomesAnUnavailableSource() {
        List<ArticleSource> s = ArticleSources.expand(List.of("http://exa mple.org/"));
        assertThat(s.get(0)).isInstanceOf(ArticleSource.Unavailable.class);
        assertThat(((ArticleSource.Unavailable) s.get(0)).reason()).startsWith("not a valid URL");
    }

    @Test
    void directoriesAreWalkedRecursivelyForArticleFilesSorted() throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.createDirectories(dir.resolve("a"));
        for (String f : List.of("b/deeper/z.HTML", "b/2.txt", "a/1.htm", "a/skip.pdf", "0.html", "readme.md")) {
            Files.writeString(dir.resolve(f), "x");
        }
        assertThat(names(ArticleSources.expand(List.of(dir.toString())))).containsExactly(
                dir.resolve("0.html").toString(), dir.resolve("a/1.htm").toString(),
                dir.resolve("b/2.txt").toString(), dir.resolve("b/deeper/z.HTML").toString());
    }

    @Test
    void symlinkLoopsDoNotStopTheWalk() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/one.txt"), "x");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
        Files.writeString(dir.resolve("two.txt"), "x");
        assertThat(names(ArticleSources.expand(List.of(dir.toString()))))
                .contains(dir.resolve("sub/one.txt").toString(), dir.resolve("two.txt").toString())
                .doesNotHaveDuplicates()
                .allMatch(n -> !n.contains("loop/loop"));
    }

    @Test
    void unreadableSubdirectoryIsReportedAndTheWalkGoesOn() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("hidden.txt"), "x");
        Files.writeString(dir.resolve("open.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("running as a user that permissions apply to").isFalse();
            List<ArticleSource> s = ArticleSources.expand(List.of(dir.toString()));
            assertThat(names(s)).containsExactly(locked.toString(), dir.resolve("open.txt").toString());
            assertThat(s.get(0)).isInstanceOf(ArticleSource.Unavailable.class);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
    @Test
    void fileUrisNameFiles() throws Exception {
        Path f = Files.writeString(dir.resolve("saved page.html"), "x");
        List<ArticleSource> s = ArticleSources.expand(List.of(f.toUri().toString(), "file:%%bad"));
        assertThat(s.get(0)).isEqualTo(new ArticleSource.File(f, f.toUri().toString()));
        assertThat(s.get(1)).isEqualTo(new ArticleSource.Unavailable("file:%%bad", "not a valid file URI"));
    }
}

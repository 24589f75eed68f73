package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the bytes, reading gives an article or a one-line ReadException, never another exception. */
class ReaderRobustnessIT {

    private static final List<String> FIXTURES = List.of("ar-news-jsonld.html", "en-wire.html", "en-main-cookie.html",
            "ar-cp1256-nodecl.html", "ar-iso-8859-6.html", "ar-readalso.txt");

    private static final String[] SOUP = {"<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<a href='/x'>",
        "</a>", "<br>", "<script>", "</script>", "<!--", "-->", "<table><tr><td>", "</td></tr></table>", "<li>",
        "<ul class='related'>", "</ul>", "<h1>", "</h1>", "<meta property='og:title' content='", "'>",
        "<script type='application/ld+json'>{\"@graph\":[", "]}</script>", "اقرأ أيضا: ", "Read more: ",
        "قال الوزير، إن الاتفاق قريب.", "The minister said, the deal is near.", "\u200f", "\u00a0", "\n", "&amp;",
        "&#x0;", "<time datetime='2020-13-45'>", "<html lang='", "<link rel=canonical href='http://[bad'>"};

    private static final ArticleReader READER = new ArticleReader();

    private static void readsOrFailsCleanly(String name, byte[] bytes, String contentType) {
        Throwable t = catchThrowable(() -> {
            Article a = READER.read(name, bytes, contentType);
            assertThat(a.text()).isNotBlank().doesNotContain("\n\n").doesNotContain("\u200f");
        });
        if (t != null) {
            assertThat(t).as("reading %s", name).isInstanceOf(ReadException.class);
            assertThat(t.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            readsOrFailsCleanly("random-" + i + ".html", bytes, i % 3 == 0 ? "text/html; charset=" + "utf-16" : null);
        }
    }

    @Test
    void tagSoup() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                b.append(SOUP[random.nextInt(SOUP.length)]);
            }
            readsOrFailsCleanly("soup-" + i + ".html", b.toString().getBytes(StandardCharsets.UTF_8), null);
        }
    }

    @Test
    void truncatedFixtures() throws IOException {
        Random random = new Random(3);
        for (String fixture : FIXTURES) {
            byte[] whole;
            try (InputStream in = getClass().getResourceAsStream("/read/fixtures/" + fixture)) {
                whole = in.readAllBytes();
            }
            for (int i = 0; i < 40; i++) {
                int cut = random.nextInt(whole.length + 1);
                byte[] part = java.util.Arrays.copyOf(whole, cut);
                readsOrFailsCleanly(fixture + "@" + cut, part, null);
            }
        }
    }
    /** Every walk over the tree is linear and iterative: no tag nests deep enough to overflow or stall it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"article", "main", "pre", "header", "section", "table",
        "blockquote", "b", "a href='/x'", "li", "div itemprop='articleBody'"})
    void hundredThousandNestedTags(String open) {
        String close = "</" + open.split(" ")[0] + ">";
        int depth = 100_000;
        String html = "<html><body>" + ("<" + open + ">").repeat(depth)
                + "<p>The inner paragraph is the only text, and it is long enough to be an article.</p>"
                + close.repeat(depth) + "</body></html>";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
                () -> readsOrFailsCleanly("deep-" + open + ".html", html.getBytes(StandardCharsets.UTF_8), null));
    }
}

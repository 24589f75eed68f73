package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextKeepsParagraphsAndDropsReadAlsoLines() {
        String text = "قال الوزير إن المحادثات ستستمر، وإن الوفد سيعود غدا.\n"
                + "اقرأ أيضاً: وزير الخارجية يزور العاصمة\n"
                + "وأضاف أن الاتفاق ممكن قبل نهاية الشهر.\n";
        Article a = reader.read("note.txt", utf8(text), null);
        assertThat(a.text()).isEqualTo("قال الوزير إن المحادثات ستستمر، وإن الوفد سيعود غدا.\n"
                + "وأضاف أن الاتفاق ممكن قبل نهاية الشهر.");
        assertThat(a.title()).isNull();
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.source()).isEqualTo("note.txt");
    }

    @Test
    void htmlGivesTitleDateCanonicalAndBody() {
        String html = "<html lang='en'><head><title>Rains flood the valley | Daily Example</title>"
                + "<meta property='article:published_time' content='2023-04-02T08:00:00+02:00'>"
                + "<link rel='canonical' href='https://news.example.org/valley-floods'></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><h1>Rains flood the valley</h1>"
                + "<p>Heavy rain flooded the lower valley on Sunday, officials said, cutting two roads.</p>"
                + "<p>Rescue teams moved forty families to the school on the hill before nightfall.</p>"
                + "</article><footer>Copyright Daily Example</footer></body></html>";
        Article a = reader.read("page.html", utf8(html), null);
        assertThat(a.title()).isEqualTo("Rains flood the valley");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 4, 2));
        assertThat(a.canonicalUrl()).hasToString("https://news.example.org/valley-floods");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).isEqualTo(
                "Heavy rain flooded the lower valley on Sunday, officials said, cutting two roads.\n"
                        + "Rescue teams moved forty families to the school on the hill before nightfall.");
    }

    @Test
    void missingFileFailsWithOneLineNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here.html");
        assertThatThrownBy(() -> reader.read(ArticleSource.file(missing)))
                .isInstanceOf(ReadException.class)
                .hasMessage(missing + ": no such file or directory");
    }

    @Test
    void pdfUnderAnHtmlNameIsRefused(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.html");
        Files.write(pdf, utf8("%PDF-1.7\n1 0 obj\n"));
        assertThatThrownBy(() -> reader.read(ArticleSource.file(pdf)))
                .hasMessage(pdf + ": binary content (PDF), not an article");
    }
}

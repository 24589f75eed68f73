package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlPageTest {

    private static final String P1 = "The harbour master said the new quay would open in May, two months late.";
    private static final String P2 = "Fishing crews, who have waited three years for the work, welcomed the news.";

    private static Article read(String html) {
        return new ArticleReader().read("t.html", html.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article() {
        return "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>";
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "<meta property='article:published_time' content='2021-03-04T23:30:00-05:00'> => 2021-03-04",
        "<meta name='pubdate' content='20210304'> => 2021-03-04",
        "<meta itemprop='datePublished' content='2021-03-04'> => 2021-03-04",
        "<meta name='date' content='Thu, 04 Mar 2021 10:00:00 GMT'> => 2021-03-04",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04T08:00:00Z\"}</script> => 2021-03-04",
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-03-04\"}]}</script> => 2021-03-04",
        "<script type='application/ld+json'>[{\"@type\":\"Organization\"},{\"@type\":[\"Article\"],\"datePublished\":\"2021/03/04\"}]</script> => 2021-03-04",
        "<script type='application/ld+json'>{ not json </script><meta name='dc.date' content='2021-03-04'> => 2021-03-04",
    })
    void publicationDateFromMetadata(String head, String date) {
        assertThat(read(page(head, article())).published()).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void publicationDateFromTimeElement() {
        String body = "<article><time datetime='2018-12-31T22:00:00+03:00'>31 Dec</time><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        assertThat(read(page("", body)).published()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void noDateIsNull() {
        assertThat(read(page("", article())).published()).isNull();
    }

    @Test
    void placeholderDatesAreNoDates() {
        assertThat(read(page("<meta property='article:published_time' content='0001-01-01T00:00:00Z'>"
                + "<meta name='date' content='1970-01-01'>", article())).published()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "<title>Quay opens late | Harbour News</title> => Quay opens late",
        "<title>Quay opens late - Harbour News</title><meta property='og:site_name' content='Harbour News'> => Quay opens late",
        "<title>Harbour News - Quay opens late</title><meta property='og:site_name' content='Harbour News'> => Quay opens late",
        "<meta property='og:title' content='Quay opens late'><title>Other</title> => Quay opens late",
        "<title>Talks - and a deal - at last</title> => Talks - and a deal - at last",
        "<meta property='og:title' content='Quay opens late - Harbour Daily'><title>x</title> => Quay opens late",
        "<title>الميناء الجديد يفتح متأخرا - أخبار الساحل</title><meta property='og:site_name' content='أخبار الساحل'> => الميناء الجديد يفتح متأخرا",
    })
    void titleWithoutSiteName(String head, String title) {
        String body = "<div class='hero'><h2>Quay opens late</h2></div>" + article();
        assertThat(read(page(head, body)).title()).isEqualTo(title);
    }

    @Test
    void titleFromH1WhenNoOgTitleAndTheH1IsNotRepeatedInTheText() {
        Article a = read(page("<title>Site</title>", "<article><h1>Quay opens late</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"));
        assertThat(a.title()).isEqualTo("Quay opens late");
        assertThat(a.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void noTitleAtAllIsNull() {
        assertThat(read(page("", article())).title()).isNull();
    }

    @Test
    void boilerplateInsideTheArticleIsRemoved() {
        String body = "<article><div class='share-buttons'><a href='#'>Share</a><a href='#'>Tweet</a></div>"
                + "<p>" + P1 + "</p><!-- <p>A commented-out paragraph.</p> -->"
                + "<script>document.write('x')</script><style>p{}</style>"
                + "<div style='display: none'>Hidden teaser text that readers never see on the page.</div>"
                + "<form><label>Email</label><input></form>"
                + "<ul class='more'><li><a href='/1'>Bridge repairs delayed again</a></li><li><a href='/2'>Ferry fares frozen</a></li></ul>"
                + "<ul><li>Quay length: 300 metres</li><li>Cost: 12 million</li></ul>"
                + "<p>" + P2 + "</p></article>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\nQuay length: 300 metres\nCost: 12 million\n" + P2);
    }

    @Test
    void unlinkedHeadlinesAtTheEndGoAsInPlainText() {
        String body = "<article><p>" + P1 + "</p><h2>Crews wait</h2><p>" + P2 + "</p>"
                + "<p>Ferry fares frozen for winter</p><p>Bridge repairs delayed again</p></article>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\nCrews wait\n" + P2);
    }

    @Test
    void withoutArticleMarkupTheDensestBlockWins() {
        String teaser = "<div class='card'><p><a href='/x'>A teaser headline that links elsewhere on the site</a></p></div>";
        String body = "<div class='left'>" + teaser.repeat(4) + "</div>"
                + "<div class='middle'><div class='txt'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p>The quay will take ships of up to ten thousand tonnes, twice the size of the old one.</p></div></div>"
                + "<div class='right'><p>Short note.</p></div>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\n" + P2
                + "\nThe quay will take ships of up to ten thousand tonnes, twice the size of the old one.");
    }

    @Test
    void paragraphsSplitByBrBecomeLines() {
        String body = "<div class='story'>" + P1 + "<br><br>" + P2 + "<br>The work starts on Monday, weather permitting.</div>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\n" + P2 + "\nThe work starts on Monday, weather permitting.");
    }

    @Test
    void aTeaserArticleDoesNotHideTheRealText() {
        String body = "<article class='teaser'><p><a href='/y'>Another story</a></p></article>"
                + "<div class='content'><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void languageFromHtmlLangWithRegion() {
        assertThat(read("<html lang='en-GB'><body>" + article() + "</body></html>").language()).isEqualTo("en");
        assertThat(read("<html lang='fr'><body><article><p>Le port ouvrira en mai, deux mois plus tard que prévu, a dit le capitaine.</p></article></body></html>")
                .language()).isEqualTo("fr");
    }

    @Test
    void canonicalFromOgUrlWhenNoLinkAndIgnoresNonHttp() {
        assertThat(read(page("<meta property='og:url' content='https://h.example/q'>", article())).canonicalUrl())
                .hasToString("https://h.example/q");
        assertThat(read(page("<link rel='canonical' href='javascript:void(0)'>", article())).canonicalUrl()).isNull();
    }

    @Test
    void theLogoInAnH1IsNotTheTitle() {
        String body = "<div class='top'><h1 class='site-logo'><a href='/'>Harbour News</a></h1></div>"
                + "<div class='story'><h1>Quay opens late</h1><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertThat(read(page("<title>Harbour News</title>", body)).title()).isEqualTo("Quay opens late");
    }

    @Test
    void adPlaceholdersAndTeaserParagraphsGoButParagraphsCitingALinkStay() {
        String cites = "The <a href='/r'>full report</a> was published by the port authority on Monday morning.";
        String body = "<article><p>" + P1 + "</p><div>Advertisement</div><p>إعلان</p>"
                + "<p><a href='/z'>Ferry fares frozen for the winter months across the region</a></p>"
                + "<p>" + cites + "</p><p>" + P2 + "</p></article>";
        assertThat(read(page("", body)).text())
                .isEqualTo(P1 + "\nThe full report was published by the port authority on Monday morning.\n" + P2);
    }

    @Test
    void preformattedTextKeepsItsLines() {
        String body = "<article><p>" + P1 + "</p><pre>Tide table:\n06:10 high\n12:25 low</pre><p>" + P2 + "</p></article>";
        assertThat(read(page("", body)).text()).isEqualTo(P1 + "\nTide table:\n06:10 high\n12:25 low\n" + P2);
    }

    @Test
    void aSavedPageIsHtmlWhateverItsName() {
        String html = "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav>" + article() + "</body></html>";
        Article a = new ArticleReader().read("saved.txt", html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.text()).isEqualTo(P1 + "\n" + P2);
        Article fragment = new ArticleReader().read("-", ("<p>" + P1 + "</p><p>" + P2 + "</p>").getBytes(StandardCharsets.UTF_8), null);
        assertThat(fragment.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void textPlainContentTypeIsTextEvenWithTags() {
        Article a = new ArticleReader().read("u", "Use <b> for bold, the manual says.".getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8");
        assertThat(a.text()).isEqualTo("Use <b> for bold, the manual says.");
    }

    @Test
    void deeplyNestedMarkupDoesNotBlowTheStack() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><head><script type='application/ld+json'>")
                .append("[".repeat(depth)).append("]".repeat(depth)).append("</script></head><body>");
        html.append("<div>".repeat(depth)).append("<p>").append(P1).append("</p>").append("</div>".repeat(depth));
        html.append("<span>".repeat(depth)).append(P2).append("</span>".repeat(depth));
        html.append("</body></html>");
        long start = System.nanoTime();
        Article a = read(html.toString());
        assertThat(a.text()).contains(P1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }
}

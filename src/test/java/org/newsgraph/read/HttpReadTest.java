package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Ports;

/** Reading URLs, against a server on the loopback address only. */
class HttpReadTest {

    private static final String PAGE = "<html lang='en'><head><title>Market reopens</title></head><body><article>"
            + "<p>The covered market reopened on Saturday after a month of repairs to its roof, traders said.</p>"
            + "<p>Most stalls were back, and the fish hall will follow next week once its cold rooms are tested.</p>"
            + "</article></body></html>";

    private HttpServer server;
    private ExecutorService executor;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    private static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private ArticleReader reader(Duration timeout, long maxBytes) {
        return new ArticleReader(new ReaderOptions(timeout, maxBytes, "newsgraph-test"));
    }

    private String failure(ArticleReader reader, String url) {
        Throwable t = catchThrowable(() -> reader.read(ArticleSource.url(URI.create(url))));
        assertThat(t).isInstanceOf(ReadException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }

    @Test
    void readsAPageAndTakesTheUrlAfterRedirectsAsCanonical() {
        serve("/old", ex -> redirect(ex, "/news/market.html"));
        serve("/news/market.html", ex -> respond(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.start();
        Article a = new ArticleReader().read(ArticleSource.url(URI.create(base + "/old")));
        assertThat(a.source()).isEqualTo(base + "/old");
        assertThat(a.canonicalUrl()).hasToString(base + "/news/market.html");
        assertThat(a.title()).isEqualTo("Market reopens");
        assertThat(a.text()).startsWith("The covered market reopened on Saturday").contains("\nMost stalls were back");
    }

    @Test
    void thePagesOwnCanonicalLinkWinsAndRelativeLinksResolve() {
        String page = PAGE.replace("</title>", "</title><link rel='canonical' href='/canonical/market'>"
                + "<meta property='article:published_time' content='2020-05-09T07:00:00Z'>");
        serve("/m", ex -> respond(ex, 200, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        server.start();
        Article a = new ArticleReader().read(ArticleSource.url(URI.create(base + "/m?utm=x")));
        assertThat(a.canonicalUrl()).hasToString(base + "/canonical/market");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 9));
    }

    @Test
    void theHeaderCharsetDecodesTheBody() {
        Charset cp1256 = Charset.forName("windows-1256");
        String page = "<html><body><p>وصلت القافلة إلى المدينة مساء الأحد، وبدأ توزيع المساعدات على السكان فورا.</p></body></html>";
        serve("/ar", ex -> respond(ex, 200, "text/html; charset=windows-1256", page.getBytes(cp1256)));
        server.start();
        Article a = new ArticleReader().read(ArticleSource.url(URI.create(base + "/ar")));
        assertThat(a.text()).isEqualTo("وصلت القافلة إلى المدينة مساء الأحد، وبدأ توزيع المساعدات على السكان فورا.");
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void notFoundAndServerError() {
        serve("/missing", ex -> respond(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
        serve("/broken", ex -> respond(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        server.start();
        assertThat(failure(new ArticleReader(), base + "/missing")).isEqualTo(base + "/missing: HTTP 404");
        assertThat(failure(new ArticleReader(), base + "/broken")).isEqualTo(base + "/broken: HTTP 500");
    }

    @Test
    void redirectLoop() {
        serve("/a", ex -> redirect(ex, "/b"));
        serve("/b", ex -> redirect(ex, base + "/a"));
        server.start();
        assertThat(failure(new ArticleReader(), base + "/a")).isEqualTo(base + "/a: redirect loop (at " + base + "/a)");
    }

    @Test
    void tooManyRedirects() {
        serve("/hop", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            redirect(ex, "/hop?" + (n + 1));
        });
        server.start();
        assertThat(failure(new ArticleReader(), base + "/hop?0"))
                .isEqualTo(base + "/hop?0: too many redirects (more than 10)");
    }

    @Test
    void unreachable() throws IOException {
        String url = Ports.nobodyListening("/x");
        assertThat(failure(new ArticleReader(), url)).isEqualTo(url + ": cannot connect (connection refused or unreachable)");
    }

    @Test
    void timeoutWhenTheServerDoesNotAnswer() {
        serve("/slow", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.start();
        long start = System.nanoTime();
        assertThat(failure(reader(Duration.ofMillis(400), 1 << 20), base + "/slow"))
                .isEqualTo(base + "/slow: timed out after 400 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void timeoutWhenTheBodyTricklesForever() {
        serve("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("word ".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The reader hung up, as it should.
            }
        });
        server.start();
        assertThat(failure(reader(Duration.ofMillis(500), 1 << 20), base + "/trickle"))
                .isEqualTo(base + "/trickle: timed out after 500 ms");
    }

    @Test
    void bodyThatNeverEndsIsCutAtTheCap() {
        serve("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "all work and no play ".repeat(200).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = ex.getResponseBody()) {
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The reader hung up once it had enough.
            }
        });
        server.start();
        assertThat(failure(reader(Duration.ofSeconds(10), 64 * 1024), base + "/endless"))
                .isEqualTo(base + "/endless: too large (more than 64 KiB)");
    }

    @Test
    void declaredLengthAboveTheCapFailsAtOnce() {
        serve("/big", ex -> respond(ex, 200, "text/plain", new byte[200_000]));
        server.start();
        assertThat(failure(reader(Duration.ofSeconds(5), 100_000), base + "/big"))
                .isEqualTo(base + "/big: too large (more than 100000 bytes)");
    }

    @Test
    void emptyResponseAndBinaryResponse() {
        serve("/empty", ex -> respond(ex, 200, "text/html", new byte[0]));
        serve("/doc.pdf", ex -> respond(ex, 200, "application/pdf", "%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII)));
        server.start();
        assertThat(failure(new ArticleReader(), base + "/empty")).isEqualTo(base + "/empty: empty response");
        assertThat(failure(new ArticleReader(), base + "/doc.pdf"))
                .isEqualTo(base + "/doc.pdf: binary content (PDF), not an article");
    }
    private static byte[] gzip(byte[] plain) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void gzipBodiesAreDecompressedAndCapped() throws IOException {
        byte[] page = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] bomb = gzip(new byte[5_000_000]);
        serve("/gz", ex -> {
            assertThat(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(ex, 200, "text/html; charset=utf-8", page);
        });
        serve("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(ex, 200, "text/plain", bomb);
        });
        server.start();
        assertThat(new ArticleReader().read(ArticleSource.url(URI.create(base + "/gz"))).title()).isEqualTo("Market reopens");
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(failure(reader(Duration.ofSeconds(10), 1 << 20), base + "/bomb"))
                .isEqualTo(base + "/bomb: too large (more than 1 MiB)");
    }
    @Test
    void arabicSlugsInTheUrlAreSentPercentEncoded() {
        serve("/news/", ex -> {
            String raw = ex.getRequestURI().getRawPath();
            respond(ex, raw.equals("/news/%D8%B3%D8%AF-%D8%AC%D8%AF%D9%8A%D8%AF") ? 200 : 404, "text/html",
                    PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        String url = base + "/news/سد-جديد";
        List<ArticleSource> sources = ArticleSources.expand(List.of(url));
        Article a = new ArticleReader().read(sources.get(0));
        assertThat(a.source()).isEqualTo(url);
        assertThat(a.title()).isEqualTo("Market reopens");
    }
    @Test
    void urlsHttpCannotUseFailCleanly() {
        serve("/to-nowhere", ex -> redirect(ex, "http:///no-host"));
        serve("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/file"));
        server.start();
        assertThat(failure(new ArticleReader(), base + "/to-nowhere")).startsWith(base + "/to-nowhere: not a usable URL");
        assertThat(failure(new ArticleReader(), base + "/to-ftp"))
                .isEqualTo(base + "/to-ftp: redirect to a non-http URL (ftp://127.0.0.1/file)");
        assertThat(failure(new ArticleReader(), "http://127.0.0.1:99999/x"))
                .isEqualTo("http://127.0.0.1:99999/x: cannot fetch (port out of range:99999)");
    }
}

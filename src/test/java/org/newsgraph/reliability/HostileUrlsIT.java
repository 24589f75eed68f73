package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.StoreView;

/**
 * URLs that fail in every way a server can fail, fed to the real {@code ingest} between good articles, from a
 * server on loopback. An IT: the timeout case waits out the reader's 20 s.
 */
class HostileUrlsIT {

    @TempDir
    Path tmp;

    @Test
    void eachBadUrlFailsOnOneLineAndTheGoodArticlesAreIngested() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/good", ex -> send(ex, 200, Articles.text(11)));
        server.createContext("/missing", ex -> send(ex, 404, "not found"));
        server.createContext("/broken", ex -> send(ex, 500, "internal error"));
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
        server.createContext("/forever", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>لا نهاية</p>".repeat(500).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                while (done.getCount() > 0) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the reader hung up at its size cap, as it should
            }
        });
        server.createContext("/hang", ex -> {
            try {
                done.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path file = Articles.write(tmp.resolve("in"), 12);
            Path store = tmp.resolve("store");
            Cli.Result r = Cli.run("ingest", "--store", store.toString(), base + "/good", base + "/missing",
                    base + "/broken", base + "/loop-a", base + "/forever", base + "/hang", file.toString());

            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).startsWith("ingested 2, unchanged 0, failed 5 articles;");
            assertThat(r.err().lines().toList()).containsExactly(
                    "error: " + base + "/missing: HTTP 404",
                    "error: " + base + "/broken: HTTP 500",
                    "error: " + base + "/loop-a: redirect loop (at " + base + "/loop-a)",
                    "error: " + base + "/forever: too large (more than 10 MiB)",
                    "error: " + base + "/hang: timed out after 20 s");
            assertThat(StoreView.articles(store)).hasSize(2);
        } finally {
            done.countDown();
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }
}

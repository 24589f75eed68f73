package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;

/**
 * A SPARQL server that stops answering in the middle of an ingest: the ingest costs one {@code --target-timeout},
 * the article whose write got no answer and the ones after it are reported failed on one line each, nothing more
 * is sent, and nothing is left half-written. (An *IT: it extracts two articles and runs a server.)
 */
class RemoteTimeoutIT {

    private static final String ARTICLE = "examples/kazakhstan-2022-01-08.ar.txt";

    /**
     * A real SPARQL server (Fuseki, in memory) that answers the connection checks and then stops answering
     * updates: the first article's write waits for the timeout, the second is not sent at all, both are reported
     * failed, and the store holds no article graph and no merged event.
     */
    @Test
    void aServerThatStopsAnsweringInAnIngestCostsOneTimeoutAndWritesNothingHalf(@TempDir Path tmp) throws IOException {
        Path second = tmp.resolve("second.ar.txt");
        Files.writeString(second, "قال الرئيس الكازاخستاني إن الشرطة اعتقلت 40 شخصا في ألماتي يوم الخميس.");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        // the vocabulary is there already, so the only writes of the ingest are the connection check and the articles
        Txn.executeWrite(dsg, () -> Ontology.vocabulary().find().forEach(t -> dsg.add(Quad.create(Store.VOCABULARY_GRAPH, t))));
        AtomicInteger updates = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Filter hangAfterFirstUpdate = (request, response, chain) -> {
            if (((HttpServletRequest) request).getRequestURI().endsWith("/update") && updates.incrementAndGet() > 1) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            chain.doFilter(request, response);
        };
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", dsg)
                .addFilter("/*", hangAfterFirstUpdate).build().start();
        try {
            String ds = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
            long start = System.nanoTime();
            Cli.Result r = Cli.run("ingest", "--target", ds, "--target-timeout", "8s", "--threads", "1",
                    "--published", "2022-01-08", "--lang", "ar", ARTICLE, second.toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(8));
            System.out.println("an ingest of 2 articles into a server that stopped answering took " + took.toMillis() + " ms");
            String noAnswer = "no answer from target " + ds + "/update within 8 s (--target-timeout changes the limit)";
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err().lines().toList()).containsExactly("error: " + ARTICLE + ": " + noAnswer,
                    "error: " + second + ": " + noAnswer);
            assertThat(r.out()).startsWith("ingested 0, unchanged 0, failed 2 articles");
            assertThat(updates.get()).as("updates sent: the check, then the first article's only").isEqualTo(2);
            Txn.executeRead(dsg, () -> assertThat(dsg.listGraphNodes()).toIterable().containsExactly(Store.VOCABULARY_GRAPH));
        } finally {
            release.countDown();
            server.stop();
        }
    }
}

package org.newsgraph.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Apache Jena Fuseki server in a child process, the {@code jena-fuseki-server} jar from Maven Central
 * that the build copies into {@code target/fuseki} (the failsafe property {@code newsgraph.fuseki.jar} says where),
 * listening on a free loopback port only. It serves one TDB2 dataset at {@code /newsgraph} with updates allowed and
 * the union of the named graphs as the default graph, as the README tells users to run it.
 * {@link #close} stops it; tests close it in all cases.
 */
public final class FusekiProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Fuseki with its database in {@code dir/db} and its log in {@code dir/fuseki.log}; waits until it answers. */
    public static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        FusekiProcess fuseki = launch(dir);
        try {
            fuseki.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            fuseki.close();
            throw e;
        }
        return fuseki;
    }

    /**
     * Starts Fuseki as {@link #start} does but returns at once, so that the caller can prepare something else
     * while it boots; call {@link #awaitReady} before using it, and {@link #close} in all cases.
     */
    public static FusekiProcess launch(Path dir) throws IOException {
        String jar = System.getProperty("newsgraph.fuseki.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no Fuseki server jar at " + jar
                    + ": run the test through `mvn verify`, which copies jena-fuseki-server into target/fuseki");
        }
        int port = Ports.freeLoopbackPort();
        Path log = dir.resolve("fuseki.log");
        Path db = Files.createDirectories(dir.resolve("db"));
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--localhost", "--port", Integer.toString(port),
                "--tdb2", "--loc", db.toString(), "--set", "tdb:unionDefaultGraph=true",
                "--update", "/newsgraph"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // Fuseki keeps its configuration and templates in FUSEKI_BASE (else ./run): in the test's folder, not the project's
        builder.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
        Process p = builder.start();
        // should this JVM end before close(), the server ends with it rather than outliving the build
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly, "fuseki-stop"));
        return new FusekiProcess(p, port, log);
    }


    /** Waits until the dataset answers a query; fails when Fuseki exits or does not answer in time. */
    public void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(dataset() + "/sparql?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ": " + tail());
            }
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Fuseki did not answer within " + STARTUP.toSeconds() + " s: " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    /** The dataset's URL, {@code http://127.0.0.1:PORT/newsgraph}, for {@code ingest --target}. */
    public String dataset() {
        return "http://127.0.0.1:" + port + "/newsgraph";
    }

    /** The SPARQL query endpoint, for {@code query --endpoint}. */
    public String sparql() {
        return dataset() + "/sparql";
    }

    /** Stops the server (SIGTERM, then SIGKILL after ten seconds) and waits for it to end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}

package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Serves the store: SPARQL endpoint at /newsgraph/sparql, linked data under /id/, and the analysts'",
        "workbench at /. Read-only unless started with --allow-writes and a --token-file. Stop with Ctrl+C."})
final class ServeCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "The TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = NG.ID,
            description = "The IRI prefix the store's data is minted under; /id/PATH on this server describes IRI+PATH (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "The longest one SPARQL query may run (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "The most results one endpoint query returns; a larger LIMIT is lowered (default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--max-query-bytes", paramLabel = "SIZE", defaultValue = "1M", converter = ByteSize.class,
            description = "The largest request body of a query (POST); a larger one gets 413 unread. Bytes, or with K, M, G (default: ${DEFAULT-VALUE}).")
    long maxQueryBytes;

    @Option(names = "--max-write-bytes", paramLabel = "SIZE", defaultValue = "64M", converter = ByteSize.class,
            description = "With --allow-writes: the largest body of a SPARQL Update or Graph Store write; a larger one gets 413 unread (default: ${DEFAULT-VALUE}).")
    long maxWriteBytes;

    @Option(names = "--allow-writes", description = "Enable SPARQL Update at /newsgraph/update and Graph Store writes at /newsgraph/data, for requests with the bearer token of --token-file.")
    boolean allowWrites;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the write token (at least 16 characters); needs --allow-writes.")
    Path tokenFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        serveUntilStopped(main.out(), store.dir, options());
        return 0;
    }

    /**
     * Serves the store in {@code storeDir} until the JVM is asked to stop (Ctrl+C, SIGTERM), printing the
     * addresses first. A shutdown hook wakes this thread and waits until server and store are closed, so the
     * store's folder is released cleanly before the JVM halts.
     */
    static void serveUntilStopped(PrintStream out, Path storeDir, ServeOptions options) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsgraph-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            try (Store s = Store.openExisting(storeDir); NewsgraphServer server = start(s, options)) {
                out.println("newsgraph is serving " + storeDir + (options.writable() ? " (writable with the token)" : " (read-only)"));
                out.println("  workbench        " + server.url());
                out.println("  SPARQL endpoint  " + server.sparqlEndpoint());
                out.println("  linked data      " + server.url() + "id/...  (for " + options.baseIri() + "...)");
                out.println("Stop with Ctrl+C.");
                out.flush();
                stop.await();
            }
        } finally {
            closed.countDown();
        }
    }

    ServeOptions options() throws IOException {
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second: " + timeoutSeconds);
        }
        if (maxResults < 1) {
            throw usage("--max-results must be at least 1: " + maxResults);
        }
        if (port < 0 || port > 65535) {
            throw usage("--port must be between 0 and 65535: " + port);
        }
        if (tokenFile != null && !allowWrites) {
            throw usage("--token-file needs --allow-writes");
        }
        String token = null;
        if (allowWrites) {
            if (tokenFile == null) {
                throw usage("--allow-writes needs --token-file FILE with the bearer token writers must send");
            }
            if (!Files.isReadable(tokenFile)) {
                throw usage("token file " + tokenFile + " cannot be read");
            }
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        try {
            return new ServeOptions(host, port, base, Duration.ofSeconds(timeoutSeconds), maxResults, token,
                    maxQueryBytes, maxWriteBytes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Starts the server, with a one-line reason when the port is taken. */
    static NewsgraphServer start(Store store, ServeOptions options) {
        try {
            return NewsgraphServer.start(store.datasetGraph(), options);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
                            + " (" + t.getMessage() + "): give another --port or --host", e);
                }
            }
            throw e;
        }
    }

    /** A size in bytes: digits, optionally followed by K, M or G (powers of 1024), such as 512K or 1M. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {

        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([KMG]?)(?:I?B)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("not a size (bytes, or a number with K, M or G): " + value);
            }
            int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> 10;
                case "M" -> 20;
                case "G" -> 30;
                default -> 0;
            };
            long bytes = Long.parseLong(m.group(1)) << shift;
            if (bytes < 1) {
                throw new CommandLine.TypeConversionException("a size must be at least 1 byte: " + value);
            }
            return bytes;
        }
    }
}

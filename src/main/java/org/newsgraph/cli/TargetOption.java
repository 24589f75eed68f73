package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.RemoteStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --target URL}, or {@code --target-query URL --target-update URL}: write to a SPARQL 1.1 store over HTTP
 * instead of {@code --store}, with an optional bearer token for servers that want one
 * ({@code newsgraph serve --allow-writes --token-file FILE}, or a proxy in front of the store).
 */
final class TargetOption {

    /** The environment variable a token may come from, so that it shows neither in commands nor in files. */
    static final String TOKEN_VARIABLE = "NEWSGRAPH_TARGET_TOKEN";

    @Option(names = "--target", paramLabel = "URL",
            description = {"Write to the SPARQL 1.1 dataset at URL instead of --store: a Fuseki dataset such as"
                    + " http://localhost:3030/newsgraph (query at URL/sparql, update at URL/update), or a"
                    + " `newsgraph serve --allow-writes` at http://HOST:PORT/newsgraph."})
    String url;

    @Option(names = "--target-query", paramLabel = "URL",
            description = "The target's SPARQL query endpoint, for a store that names it otherwise (GraphDB:"
                    + " .../repositories/ID; Virtuoso: .../sparql).")
    String queryUrl;

    @Option(names = "--target-update", paramLabel = "URL",
            description = "The target's SPARQL update endpoint (GraphDB: .../repositories/ID/statements; Virtuoso:"
                    + " .../sparql-auth).")
    String updateUrl;

    @Option(names = "--target-token-file", paramLabel = "FILE",
            description = "A file holding the bearer token the target wants (else $" + TOKEN_VARIABLE + ").")
    Path tokenFile;

    @Option(names = "--target-timeout", paramLabel = "DURATION", converter = IngestCommand.Durations.class,
            description = "How long to wait for the target's answer to one request: seconds, or with ms, s, m"
                    + " (default: 60s); a request with no answer in time fails, and so does every later one.")
    Duration timeout;

    /**
     * Whether a target was given; then checks it goes with no {@code --store}, names both endpoints (a dataset
     * URL, explicit endpoints, or both), and is made of http(s) URLs.
     */
    boolean given(CommandLine commandLine) {
        if (url == null && queryUrl == null && updateUrl == null) {
            if (tokenFile != null || timeout != null) {
                throw new CommandLine.ParameterException(commandLine, (tokenFile != null ? "--target-token-file"
                        : "--target-timeout") + " needs --target");
            }
            return false;
        }
        if (commandLine.getParseResult().hasMatchedOption("--store")) {
            throw new CommandLine.ParameterException(commandLine,
                    "--target and --store: give one (articles go to the remote dataset or to the store folder)");
        }
        if (url == null && (queryUrl == null || updateUrl == null)) {
            throw new CommandLine.ParameterException(commandLine, (queryUrl == null ? "--target-update" : "--target-query")
                    + " needs " + (queryUrl == null ? "--target-query" : "--target-update")
                    + ", or --target with the dataset's URL");
        }
        http(commandLine, "--target", url);
        http(commandLine, "--target-query", queryUrl);
        http(commandLine, "--target-update", updateUrl);
        return true;
    }

    private static void http(CommandLine commandLine, String option, String value) {
        if (value != null && !value.matches("(?i)https?://[^/\\s]+.*")) {
            throw new CommandLine.ParameterException(commandLine, option + " " + value + ": not an http(s) URL");
        }
    }

    /**
     * Connects to the target: its query and update endpoints are {@code --target-query} and
     * {@code --target-update} when given, else those of the Fuseki dataset at {@code --target}.
     */
    RemoteStore remote() {
        String token = token();
        Duration limit = timeout != null ? timeout : RemoteStore.DEFAULT_TIMEOUT;
        if (url == null) {
            return RemoteStore.connect(queryUrl, updateUrl, token, limit);
        }
        if (queryUrl == null && updateUrl == null) {
            return RemoteStore.connect(url, token, limit);
        }
        String base = url.replaceAll("/+$", "");
        return RemoteStore.connect(queryUrl != null ? queryUrl : base + "/sparql",
                updateUrl != null ? updateUrl : base + "/update", token, limit);
    }

    /**
     * Connects to the target and brings its vocabulary graph up to date, as {@link NewsGraph#open} does for the
     * embedded store, so that library queries at its endpoint find the labels of CAMEO codes.
     */
    NewsGraph connect(String toolVersion) {
        RemoteStore remote = remote();
        try {
            remote.refreshVocabulary(Ontology.vocabulary());
            return NewsGraph.connect(remote, toolVersion);
        } catch (RuntimeException e) {
            remote.close();
            throw e;
        }
    }

    private String token() {
        if (tokenFile == null) {
            return System.getenv(TOKEN_VARIABLE);
        }
        try {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("--target-token-file " + tokenFile + ": cannot be read ("
                    + Errors.oneLine(e) + ")");
        }
    }
}

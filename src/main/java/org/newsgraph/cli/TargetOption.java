package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.RemoteStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --target URL}: ingest into a SPARQL 1.1 store over HTTP instead of {@code --store}, with an optional
 * bearer token for servers that want one for writes ({@code newsgraph serve --allow-writes --token-file FILE}).
 */
final class TargetOption {

    /** The environment variable a token may come from, so that it shows neither in commands nor in files. */
    static final String TOKEN_VARIABLE = "NEWSGRAPH_TARGET_TOKEN";

    @Option(names = "--target", paramLabel = "URL",
            description = {"Ingest into the SPARQL 1.1 dataset at URL instead of --store: a Fuseki dataset such as"
                    + " http://localhost:3030/newsgraph (Graph Store at URL/data, update at URL/update, query at"
                    + " URL/sparql), or a `newsgraph serve --allow-writes` at http://HOST:PORT/newsgraph."})
    String url;

    @Option(names = "--target-token-file", paramLabel = "FILE",
            description = "A file holding the bearer token the target wants for writes (else $" + TOKEN_VARIABLE + ").")
    Path tokenFile;

    /** Whether a target was given; then checks it goes with no {@code --store} and is an http(s) URL. */
    boolean given(CommandLine commandLine) {
        if (url == null) {
            if (tokenFile != null) {
                throw new CommandLine.ParameterException(commandLine, "--target-token-file needs --target");
            }
            return false;
        }
        if (commandLine.getParseResult().hasMatchedOption("--store")) {
            throw new CommandLine.ParameterException(commandLine,
                    "--target and --store: give one (articles go to the remote dataset or to the store folder)");
        }
        if (!url.matches("(?i)https?://[^/\\s]+.*")) {
            throw new CommandLine.ParameterException(commandLine, "--target " + url + ": not an http(s) URL");
        }
        return true;
    }

    /**
     * Connects to the target and brings its vocabulary graph up to date, as {@link NewsGraph#open} does for the
     * embedded store, so that library queries at its endpoint find the labels of CAMEO codes.
     */
    NewsGraph connect(String toolVersion) {
        RemoteStore remote = RemoteStore.connect(url, token());
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

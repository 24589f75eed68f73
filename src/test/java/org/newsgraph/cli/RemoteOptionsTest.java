package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.Ports;

/**
 * {@code ingest --target}, {@code remove --target} and {@code query --endpoint} without a server: usage errors exit
 * 2 with their reason, a server that is not there is one line naming the URL, exit 1. Servers that refuse:
 * {@link RemoteErrorsTest}; a real one: {@code RemoteTargetIT}.
 */
class RemoteOptionsTest {

    private static final String ARTICLE = "examples/kazakhstan-2022-01-08.ar.txt";

    @Test
    void aTargetWithAStoreOrNotHttpOrATokenFileWithoutATargetIsAUsageError() {
        Cli.Result both = Cli.run("ingest", "--target", "http://127.0.0.1:1/newsgraph", "--store", "somewhere", ARTICLE);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: --target and --store: give one");

        Cli.Result ftp = Cli.run("ingest", "--target", "ftp://127.0.0.1/newsgraph", ARTICLE);
        assertThat(ftp.code()).isEqualTo(2);
        assertThat(ftp.err()).startsWith("error: --target ftp://127.0.0.1/newsgraph: not an http(s) URL");

        Cli.Result token = Cli.run("ingest", "--target-token-file", "token.txt", "--store", "somewhere", ARTICLE);
        assertThat(token.code()).isEqualTo(2);
        assertThat(token.err()).startsWith("error: --target-token-file needs --target");
    }

    @Test
    void oneExplicitEndpointWithoutTheOtherOrNotHttpOrRemoveWithAStoreIsAUsageError() {
        Cli.Result query = Cli.run("ingest", "--target-query", "http://127.0.0.1:1/repositories/news", ARTICLE);
        assertThat(query.code()).isEqualTo(2);
        assertThat(query.err()).startsWith("error: --target-query needs --target-update, or --target with the dataset's URL");

        Cli.Result update = Cli.run("remove", "--target-update", "http://127.0.0.1:1/update", "https://w3id.org/newsgraph/id/article/x");
        assertThat(update.code()).isEqualTo(2);
        assertThat(update.err()).startsWith("error: --target-update needs --target-query, or --target with the dataset's URL");

        Cli.Result ftp = Cli.run("ingest", "--target", "http://127.0.0.1:1/ds", "--target-update", "ftp://127.0.0.1/update", ARTICLE);
        assertThat(ftp.code()).isEqualTo(2);
        assertThat(ftp.err()).startsWith("error: --target-update ftp://127.0.0.1/update: not an http(s) URL");

        Cli.Result both = Cli.run("remove", "--target", "http://127.0.0.1:1/ds", "--store", "somewhere", "https://w3id.org/newsgraph/id/article/x");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: --target and --store: give one");
    }

    @Test
    void anEndpointWithAStoreOrNotHttpIsAUsageError() {
        Cli.Result both = Cli.run("query", "--endpoint", "http://127.0.0.1:1/sparql", "--store", "somewhere", "actors");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: --endpoint and --store: give one");

        Cli.Result file = Cli.run("query", "--endpoint", "file:///tmp/sparql", "actors");
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err()).startsWith("error: --endpoint file:///tmp/sparql: not an http(s) URL");
    }

    @Test
    void aServerThatIsNotThereIsOneLineNamingTheUrlAndExitCode1() throws IOException {
        String nobody = Ports.nobodyListening("/newsgraph");

        Cli.Result ingest = Cli.run("ingest", "--target", nobody, ARTICLE);
        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err()).isEqualTo("error: target " + nobody + "/sparql cannot be reached: connection refused"
                + " (is the server running?)" + System.lineSeparator());

        Cli.Result remove = Cli.run("remove", "--target", nobody, "https://w3id.org/newsgraph/id/article/x");
        assertThat(remove.code()).isEqualTo(1);
        assertThat(remove.err()).isEqualTo("error: target " + nobody + "/sparql cannot be reached: connection refused"
                + " (is the server running?)" + System.lineSeparator());

        Cli.Result query = Cli.run("query", "--endpoint", nobody + "/sparql", "actors");
        assertThat(query.code()).isEqualTo(1);
        assertThat(query.err()).isEqualTo("error: endpoint " + nobody + "/sparql cannot be reached: connection refused"
                + " (is the server running?)" + System.lineSeparator());
    }

    @Test
    void theTimeoutIsAPositiveDurationAndGoesWithATarget() {
        Cli.Result zero = Cli.run("ingest", "--target", "http://127.0.0.1:9/ds", "--target-timeout", "0", ARTICLE);
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).startsWith("error: Invalid value for option '--target-timeout': the duration must be positive: 0");
        Cli.Result alone = Cli.run("ingest", "--target-timeout", "5s", ARTICLE);
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).startsWith("error: --target-timeout needs --target");
        Cli.Result noEndpoint = Cli.run("query", "--endpoint-timeout", "5s", "actors");
        assertThat(noEndpoint.code()).isEqualTo(2);
        assertThat(noEndpoint.err()).startsWith("error: --endpoint-timeout needs --endpoint");
    }
}

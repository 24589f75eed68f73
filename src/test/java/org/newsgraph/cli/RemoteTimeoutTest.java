package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.SilentServer;

/**
 * A SPARQL server that takes the connection and never answers: {@code ingest}, {@code remove} and {@code query}
 * give up after {@code --target-timeout} / {@code --endpoint-timeout} with one line naming the URL and the limit,
 * instead of hanging for ever. A server that stops answering in the middle of an ingest is in
 * {@code RemoteTimeoutIT}.
 */
class RemoteTimeoutTest {

    private static final String ARTICLE = "examples/kazakhstan-2022-01-08.ar.txt";
    private static final String ARTICLE_IRI = "https://w3id.org/newsgraph/id/article/x";
    /** Far below the limits the tests give: a command that waits for its timeout ends well within it. */
    private static final Duration SLACK = Duration.ofSeconds(20);

    /** Runs the command line, checking it ended after {@code limit} and well before {@code limit + SLACK}. */
    static Cli.Result timed(Duration limit, String... args) {
        long start = System.nanoTime();
        Cli.Result r = Cli.run(args);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("%s took", args[0]).isGreaterThanOrEqualTo(limit).isLessThan(limit.plus(SLACK));
        return r;
    }

    private static void assertOneLine(Cli.Result r, String error) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + error + System.lineSeparator());
    }

    @Test
    void aTargetThatNeverAnswersFailsAfterTheTimeoutOnOneLine() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            String ds = silent.url("/ds");
            for (String command : List.of("ingest", "remove")) {
                assertOneLine(timed(Duration.ofSeconds(1), command, "--target", ds, "--target-timeout", "1s",
                        command.equals("ingest") ? ARTICLE : ARTICLE_IRI),
                        "no answer from target " + ds + "/sparql within 1 s (--target-timeout changes the limit)");
            }
        }
    }

    @Test
    void anEndpointThatNeverAnswersFailsAfterItsTimeoutOnOneLine() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            String sparql = silent.url("/ds/sparql");
            assertOneLine(timed(Duration.ofMillis(1500), "query", "--endpoint", sparql, "--endpoint-timeout", "1500ms", "actors"),
                    "no answer from endpoint " + sparql + " within 1.5 s (--endpoint-timeout changes the limit)");
        }
    }
}

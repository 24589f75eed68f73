package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.Cli;
import org.newsgraph.testing.FixtureStore;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph serve} as a user runs it: the packaged jar in its own process, serving a store until it is
 * stopped, then releasing the store's folder; and its one-line errors for bad options.
 */
class ServeCommandIT {

    static final Pattern WORKBENCH = Pattern.compile("workbench\\s+(http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    @Test
    void servesTheStoreUntilStoppedThenReleasesIt() throws Exception {
        Path storeDir = dir.resolve("store");
        FixtureStore.serving(storeDir).close();
        Path jar = Path.of("target", "newsgraph.jar");
        assertThat(jar).as("the packaged jar (mvn package)").exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--store", storeDir.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            URI url = null;
            for (String line; url == null && (line = out.readLine()) != null; ) {
                output.add(line);
                Matcher m = WORKBENCH.matcher(line);
                if (m.find()) {
                    url = URI.create(m.group(1));
                }
            }
            assertThat(url).as("printed the workbench address: " + output).isNotNull();
            assertThat(output.get(0)).contains("read-only");
            HttpTestClient http = new HttpTestClient(url);
            assertThat(http.get("", "text/html").body()).contains("newsgraph workbench");
            assertThat(http.get("api/search?q=" + java.net.URLEncoder.encode("ماسيموف", StandardCharsets.UTF_8), null).body())
                    .contains("https://w3id.org/newsgraph/id/person/karim-massimov");
            assertThat(http.get("id/person/karim-massimov", "text/turtle").statusCode()).isEqualTo(200);
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }
        try (Store again = Store.openExisting(storeDir)) {
            assertThat(again.articleGraphs()).hasSize(3);
        }
    }

    @Test
    void badOptionsGetOneLineErrors() throws IOException {
        Path storeDir = dir.resolve("store");
        FixtureStore.serving(storeDir).close();
        Path shortToken = Files.writeString(dir.resolve("token"), "short");
        assertThat(run("serve", "--store", storeDir.toString(), "--allow-writes"))
                .startsWith("2 error: --allow-writes needs --token-file");
        assertThat(run("serve", "--store", storeDir.toString(), "--token-file", shortToken.toString()))
                .startsWith("2 error: --token-file needs --allow-writes");
        assertThat(run("serve", "--store", storeDir.toString(), "--allow-writes", "--token-file", shortToken.toString()))
                .startsWith("2 error: write token must have at least 16 characters");
        assertThat(run("serve", "--store", storeDir.toString(), "--base", "not-absolute/"))
                .startsWith("2 error: base IRI must be absolute");
        assertThat(run("serve", "--store", storeDir.toString(), "--max-query-bytes", "lots"))
                .startsWith("2 error: Invalid value for option '--max-query-bytes': not a size");
        assertThat(run("serve", "--store", dir.resolve("nothing-here").toString()))
                .startsWith("1 error: no store at");
    }

    /** Runs the command line in this JVM: "{exit code} {first line of stderr}". */
    private static String run(String... args) {
        Cli.Result result = Cli.run(args);
        return result.code() + " " + result.err().lines().findFirst().orElse("");
    }
}

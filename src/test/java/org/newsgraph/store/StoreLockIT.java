package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2 lets one process use a store folder; the second one must be told so in one line. */
class StoreLockIT {

    @TempDir
    Path tmp;

    @Test
    void aStoreInUseByAnotherProcessIsReportedInOneLine() throws Exception {
        Path dir = tmp.resolve("store");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("open")) {
                // skip the other process's log lines
            }
            assertThat(line).isEqualTo("open");

            assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessage("store " + dir + " is in use by another process (a running `newsgraph serve`?):"
                            + " stop it, or ingest through it with --target http://HOST:PORT/newsgraph"
                            + " (serve --allow-writes --token-file FILE)");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Store again = Store.open(dir)) {
            assertThat(again.articleGraphs()).isEmpty();
        }
    }

    /** Opens a store, says "open", and holds it until its standard input closes. */
    public static final class HoldStore {
        public static void main(String[] args) throws Exception {
            try (Store store = Store.open(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                while (System.in.read() != -1) {
                    // hold the store
                }
            }
        }
    }
}

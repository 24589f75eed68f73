package org.newsgraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.newsgraph.cli.Main;

/** The command line in a child JVM of its own, on this JVM's class path, so a test can kill it. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code newsgraph args...}; its standard output and error come merged through {@link #awaitLine}. */
    static ChildJvm start(String... args) throws IOException {
        return startMain(Main.class, args);
    }

    /** Starts {@code main} of another class on the same class path. */
    static ChildJvm startMain(Class<?> main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /**
     * Reads the child's output until {@code count} lines have matched {@code wanted}.
     *
     * @return false when the child ended first
     */
    boolean awaitLines(Predicate<String> wanted, int count) throws IOException {
        int seen = 0;
        String line;
        while ((line = output.readLine()) != null) {
            if (wanted.test(line) && ++seen >= count) {
                return true;
            }
        }
        return false;
    }

    /** SIGKILL: the JVM gets no chance to close the store, flush or release its lock. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not die");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the child to end and returns its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child ran over " + seconds + " s");
        }
        return process.exitValue();
    }

    /** What is left of the output. */
    String rest() throws IOException {
        StringBuilder s = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            s.append(line).append('\n');
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        output.close();
    }
}

package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command line. Exit codes: 0 ok, 1 a failure (a bad article, an unreadable store),
 * 2 bad usage (an unknown option or format, a date that is not one), with the usage line.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into an RDF knowledge graph with provenance, and queries it.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                ValidateCommand.class, DemoCommand.class, ServeCommand.class, CompactCommand.class,
                RemoveCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    private final PrintStream out;
    private final PrintStream err;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A command line writing to {@code out} and {@code err}; relative paths are relative to the current folder,
     * and {@code ingest -} reads {@link System#in}.
     */
    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * The first form of the constructor, kept for callers written against it.
     *
     * @deprecated {@code in} is not used: {@code ingest -} reads {@link System#in}; use {@link #Main(PrintStream, PrintStream)}
     */
    @Deprecated
    public Main(PrintStream out, PrintStream err, java.io.InputStream in) {
        this(out, err);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Main(out, err).run(args);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        // quiet unless this command line says --verbose (an earlier run in the same JVM may have said so)
        BaseCommand.logging(false);
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    CommandLine commandLine() {
        CommandLine cl = new CommandLine(this);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = commandLine.getCommand() instanceof BaseCommand b && b.verbose;
            commandLine.getErr().println("error: " + Errors.oneLine(ex));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 1;
        });
        return cl;
    }

    /** Bad usage: the reason, the usage line and where to find more; exit 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + ex.getMessage());
        err.print("Usage: " + cl.getHelp().synopsis(0));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more.");
        err.flush();
        return 2;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (ingest, query, export, stats, validate, demo, serve, compact, remove)");
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** The version Maven wrote into {@code org/newsgraph/version.properties} at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + toolVersion()};
        }
    }

    static String toolVersion() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/org/newsgraph/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tool version", e);
        }
        return p.getProperty("version", "development");
    }
}

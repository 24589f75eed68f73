package org.newsgraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every subcommand has: {@code --verbose}, {@code --help}, the streams. */
@CommandLine.Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        usageHelpAutoWidth = true, sortOptions = false)
abstract class BaseCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    boolean verbose;

    @Option(names = "--verbose", description = "Debug logging, and stack traces with errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        logging(verbose);
    }

    /** Libraries at INFO and newsgraph at DEBUG when verbose (Jena's DEBUG would bury ours); else warnings only. */
    static void logging(boolean verbose) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(verbose ? Level.INFO : Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.newsgraph")).setLevel(verbose ? Level.DEBUG : null);
    }

    /** A usage error (exit 2 with the usage line), for checks picocli cannot make itself. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}, the same default for every command. */
final class StoreOption {

    static final String DEFAULT = "data/store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The store folder (default: ${DEFAULT-VALUE}, relative to the current folder).")
    Path dir;
}

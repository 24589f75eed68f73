package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", description = {
        "Reclaims the space old versions take: every ingest leaves the previous version of what it changed on",
        "disk, so a store that is re-ingested often grows. Keeps only the current data and deletes the rest.",
        "Stop `newsgraph serve` on the store first (only one process may use a store)."})
final class CompactCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        long before = size(store.dir);
        try (Store s = Store.openExisting(store.dir)) {
            s.compact();
        }
        long after = size(store.dir);
        main.out().println("compacted " + store.dir + ": " + StatsCommand.size(before) + " -> " + StatsCommand.size(after)
                + " (apparent size; TDB2's files are sparse)");
        return 0;
    }

    /** The apparent size of the store's files, or -1 when a file vanished or could not be read while counting. */
    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }
}

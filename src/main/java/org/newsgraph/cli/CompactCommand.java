package org.newsgraph.cli;

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
        try (Store s = Store.openExisting(store.dir)) {
            s.compact();
        }
        // TDB2's files are sparse: their apparent size hardly moves, the space used (du) does
        main.out().println("compacted " + store.dir + ": only the current version is left (du -sh " + store.dir
                + " shows the space used)");
        return 0;
    }
}

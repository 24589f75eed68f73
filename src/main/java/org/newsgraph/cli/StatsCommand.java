package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", description = "Counts what the store holds: articles, actors by type, events by CAMEO root, triples, size.")
final class StatsCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = Store.openExisting(store.dir)) {
            StoreStats st = s.stats();
            PrintStream out = main.out();
            out.println("store     " + store.dir);
            out.println("articles  " + st.articles());
            out.println("actors    " + st.actorsByType().values().stream().mapToLong(Long::longValue).sum()
                    + (st.actorsByType().isEmpty() ? "" : "  (" + st.actorsByType().entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")"));
            out.println("events    " + st.eventsByRoot().stream().mapToLong(StoreStats.RootCount::events).sum());
            for (StoreStats.RootCount r : st.eventsByRoot()) {
                out.printf(Locale.ROOT, "  %-4s %-28s %d%n", r.root(), r.label() == null ? "" : r.label(), r.events());
            }
            out.println("triples   " + (st.quads() - st.vocabularyQuads()) + " in articles, " + st.vocabularyQuads()
                    + " in the vocabulary (ontology, CAMEO)");
            out.println("files     " + size(st.bytesOnDisk()) + " (sparse: du -sh " + store.dir + " shows the space used)");
        }
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}

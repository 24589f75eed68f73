package org.newsgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is in a store.
 *
 * @param articles     article graphs
 * @param actorsByType distinct actors that are mentioned in some article, by the local name of their class
 *                     ({@code Person}, {@code Country}...), largest first
 * @param eventsByRoot events by CAMEO root (the code's first two digits), with the root's English label
 * @param quads        quads in all graphs, the vocabulary graph included
 * @param vocabularyQuads quads of the vocabulary graph (ontology and CAMEO scheme)
 * @param bytesOnDisk  the apparent size of the store's files: TDB2 preallocates sparse files, so the space really
 *                     used ({@code du}) is smaller; it keeps old versions until compacted, so this grows on re-ingest
 */
public record StoreStats(long articles, Map<String, Long> actorsByType, List<RootCount> eventsByRoot, long quads,
                         long vocabularyQuads, long bytesOnDisk) {

    /** Events under one CAMEO root code ("17", "Coerce"). */
    public record RootCount(String root, String label, long events) {
        public RootCount {
            Objects.requireNonNull(root, "root");
        }
    }

    public StoreStats {
        actorsByType = Map.copyOf(actorsByType);
        eventsByRoot = List.copyOf(eventsByRoot);
    }
}

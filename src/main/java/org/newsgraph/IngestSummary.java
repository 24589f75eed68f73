package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcomes of one ingest run, in input order, how long it took and what the store takes on disk after it.
 * Outcomes hold names and counts, never graphs: about 300 bytes each, so 30 MB for 100,000 articles.
 *
 * @param bytesOnDisk the store's size on disk after the ingest (and compaction), or -1 when not known (a remote
 *                    target)
 * @param compacted   whether the store was compacted after the ingest
 */
public record IngestSummary(List<IngestOutcome> outcomes, Duration took, long bytesOnDisk, boolean compacted) {

    public IngestSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** A summary without a store size (several runs put together, or a remote target). */
    public IngestSummary(List<IngestOutcome> outcomes, Duration took) {
        this(outcomes, took, -1, false);
    }

    public long count(IngestOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long triples() {
        return outcomes.stream().mapToLong(IngestOutcome::triples).sum();
    }

    public boolean anyFailed() {
        return count(IngestOutcome.Status.FAILED) > 0;
    }

    /** "ingested 1, unchanged 0, failed 0 articles; 412 triples; 0.8 s; store 12.5 MB on disk (compacted)" */
    @Override
    public String toString() {
        String s = String.format(Locale.ROOT, "ingested %d, unchanged %d, failed %d articles; %d triples; %.1f s",
                count(IngestOutcome.Status.INGESTED), count(IngestOutcome.Status.UNCHANGED),
                count(IngestOutcome.Status.FAILED), triples(), took.toMillis() / 1000.0);
        if (bytesOnDisk >= 0) {
            s += String.format(Locale.ROOT, "; store %.1f MB on disk", bytesOnDisk / 1e6) + (compacted ? " (compacted)" : "");
        }
        return s;
    }
}

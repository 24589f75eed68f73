package org.newsgraph;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The outcomes of one ingest run, in input order, and how long it took. */
public record IngestSummary(List<IngestOutcome> outcomes, Duration took) {

    public IngestSummary {
        outcomes = List.copyOf(outcomes);
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

    /** "ingested 1, unchanged 0, failed 0 articles; 412 triples; 0.8 s" */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ingested %d, unchanged %d, failed %d articles; %d triples; %.1f s",
                count(IngestOutcome.Status.INGESTED), count(IngestOutcome.Status.UNCHANGED),
                count(IngestOutcome.Status.FAILED), triples(), took.toMillis() / 1000.0);
    }
}

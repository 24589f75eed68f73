package org.newsgraph;

import java.util.Objects;

/**
 * What became of one input of an ingest.
 *
 * @param input   the input as the user named it (a path, a URL, {@code -})
 * @param status  ingested, unchanged or failed
 * @param article the article's IRI (its graph's name), or {@code null} when it failed before it was read
 * @param triples triples written (0 unless ingested)
 * @param error   for a failure, one line naming the input and the reason; otherwise {@code null}
 */
public record IngestOutcome(String input, Status status, String article, long triples, String error) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    public IngestOutcome {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("a failure, and only a failure, has an error");
        }
    }

    static IngestOutcome failed(String input, String error) {
        return new IngestOutcome(input, Status.FAILED, null, 0, error);
    }
}

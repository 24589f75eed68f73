package org.newsgraph.rdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known of one extraction run apart from the article and the extractor: when it started and which
 * newsgraph build ran it. Recorded as the run's PROV-O activity.
 *
 * @param started     when the run started; with the article and the tool version it makes the run's IRI
 * @param toolVersion the newsgraph version ({@code 0.1.0})
 */
public record RunInfo(Instant started, String toolVersion) {

    public RunInfo {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (toolVersion.isBlank()) {
            throw new IllegalArgumentException("blank tool version");
        }
    }
}

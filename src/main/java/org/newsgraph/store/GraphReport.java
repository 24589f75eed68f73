package org.newsgraph.store;

import java.util.List;
import java.util.Objects;

/**
 * The SHACL violations of one article graph, as lines a reader can follow:
 * {@code <focus node> <path>: <message>}.
 */
public record GraphReport(String graph, List<String> violations) {

    public GraphReport {
        Objects.requireNonNull(graph, "graph");
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}

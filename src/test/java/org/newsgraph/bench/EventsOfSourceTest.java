package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.QueryLibrary;
import org.newsgraph.store.Store;
import org.newsgraph.testing.FixtureStore;

/** The index-friendly events.rq for one actor gives exactly events.rq's rows of that source, in the same order. */
class EventsOfSourceTest {

    @TempDir
    Path tmp;

    @Test
    void theRewriteKeepsTheRowsAndColumnsOfTheSource() {
        String events = QueryLibrary.text("events").orElseThrow();
        try (Store store = Store.openExisting(FixtureStore.create(tmp.resolve("store")))) {
            List<Map<String, String>> all = rows(store, QueryFactory.create(events));
            List<String> sources = all.stream().map(r -> r.get("source")).filter(s -> s != null).distinct().toList();
            assertThat(sources).isNotEmpty();
            for (String source : sources) {
                Query rewritten = CorpusBench.ofSource(events, source);
                assertThat(rewritten.getResultVars()).isEqualTo(QueryFactory.create(events).getResultVars());
                assertThat(rows(store, rewritten)).as(source)
                        .isEqualTo(all.stream().filter(r -> source.equals(r.get("source"))).toList());
            }
        }
    }

    private static List<Map<String, String>> rows(Store store, Query q) {
        return store.query(q, Map.of(), qe -> {
            List<Map<String, String>> out = new ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                Map<String, String> m = new java.util.TreeMap<>();
                row.varNames().forEachRemaining(v -> m.put(v, row.get(v).toString()));
                out.add(m);
            });
            return out;
        });
    }
}

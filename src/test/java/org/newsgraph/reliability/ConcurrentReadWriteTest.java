package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.store.Store;

/**
 * TDB2 has one writer and many readers: queries keep answering while an ingest writes, and each sees a whole
 * store, never an article half-written.
 */
class ConcurrentReadWriteTest {

    private static final int ARTICLES = 24;
    private static final int READERS = 3;

    /** Article graphs, and those that also hold their content hash and a sentence: equal in a whole snapshot. */
    private static final String SNAPSHOT = """
            PREFIX ng:  <https://w3id.org/newsgraph/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?complete) AS ?whole) WHERE {
              GRAPH ?g { ?a a ng:Article }
              OPTIONAL { GRAPH ?g { ?a ng:contentHash ?h . ?s a nif:Sentence ; nif:referenceContext ?a } BIND (?g AS ?complete) }
            }""";

    @TempDir
    Path tmp;

    @Test
    void queriesKeepAnsweringWhileAnIngestWrites() throws Exception {
        List<Path> files = Articles.writeAll(tmp.resolve("in"), ARTICLES);
        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test")) {
            Store store = ng.store();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            try {
                List<Future<List<long[]>>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    readers.add(pool.submit(() -> {
                        List<long[]> seen = new ArrayList<>();
                        while (writing.get()) {
                            seen.add(store.query(QueryFactory.create(SNAPSHOT), Map.of(), qe -> {
                                var row = qe.execSelect().next();
                                return new long[] {row.getLiteral("graphs").getLong(), row.getLiteral("whole").getLong()};
                            }));
                        }
                        return seen;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (Path f : files) {
                            assertThat(ng.ingest(List.of(f.toString()), IngestOptions.DEFAULT, o -> { }).outcomes())
                                    .extracting(IngestOutcome::error).as("what failed to ingest").containsOnlyNulls();
                        }
                    } finally {
                        writing.set(false);
                    }
                });
                writer.get(10, TimeUnit.MINUTES);
                long total = 0;
                for (Future<List<long[]>> reader : readers) {
                    List<long[]> seen = reader.get(1, TimeUnit.MINUTES);
                    total += seen.size();
                    long last = 0;
                    for (long[] s : seen) {
                        assertThat(s[0]).as("articles seen only grow").isGreaterThanOrEqualTo(last);
                        assertThat(s[1]).as("every article seen is whole").isEqualTo(s[0]);
                        last = s[0];
                    }
                }
                System.out.println(total + " queries answered while " + ARTICLES + " articles were written");
                assertThat(total).as("queries answered during the ingest").isGreaterThanOrEqualTo(READERS * 2L);
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.articleGraphs()).hasSize(ARTICLES);
        }
    }
}

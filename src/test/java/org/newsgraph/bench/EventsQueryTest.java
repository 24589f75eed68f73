package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;

/**
 * {@code events.rq} on a store where two articles, Arabic and English, report the same arrest (one merged event):
 * its merged-event part is computed per event (LATERAL), which gives the rows the earlier plain OPTIONAL gave, and
 * the one-actor form that the benchmark measures evaluates no pattern apart from the actor's events, so that its
 * cost does not grow with the store.
 */
class EventsQueryTest {

    @TempDir
    static Path dir;
    static NewsGraph newsgraph;

    @BeforeAll
    static void ingestBoth() {
        newsgraph = NewsGraph.open(dir.resolve("store"), "test");
        ingest("examples/kazakhstan-2022-01-08.ar.txt", "ar");
        ingest("src/test/resources/eval/kazakhstan-2022-01-08.en.txt", "en");
    }

    private static void ingest(String file, String language) {
        IngestOutcome outcome = newsgraph.ingest(List.of(file), new IngestOptions(LocalDate.of(2022, 1, 8), language, null, false),
                o -> { }).outcomes().get(0);
        assertThat(outcome.status()).as(file + ": " + outcome.error()).isEqualTo(IngestOutcome.Status.INGESTED);
    }

    @AfterAll
    static void close() {
        newsgraph.close();
    }

    @Test
    void givesTheRowsOfTheFormThatJoinedEveryMergedEventOfTheStore() {
        List<Map<String, String>> now = rows(QueryFactory.create(events()));
        List<Map<String, String>> before = rows(QueryFactory.create(resource("/bench/events-merged-optional.rq")));

        assertThat(now).as("some event is a report of a merged event, with both languages' columns")
                .anyMatch(r -> r.containsKey("merged") && r.containsKey("ar_sentence") && r.containsKey("en_sentence"));
        assertThat(now).isEqualTo(before);
    }

    @Test
    void theOneActorFormGivesThatActorsRowsWithTheirCrossLanguageColumns() {
        List<Map<String, String>> all = rows(QueryFactory.create(events()));
        List<String> sources = all.stream().map(r -> r.get("source")).filter(s -> s != null).distinct().toList();
        assertThat(sources).hasSizeGreaterThan(1);
        for (String source : sources) {
            assertThat(rows(CorpusBench.ofSource(events(), source))).as(source)
                    .isEqualTo(all.stream().filter(r -> source.equals(r.get("source"))).toList());
        }
    }

    @Test
    void theOneActorFormEvaluatesNoPatternApartFromTheActorsEvents() {
        String actor = "https://w3id.org/newsgraph/id/person/karim-massimov";

        assertThat(independentPatterns(CorpusBench.ofSource(events(), actor))).isEmpty();
        assertThat(independentPatterns(CorpusBench.ofSource(resource("/bench/events-merged-optional.rq"), actor)))
                .as("the earlier form joined every merged event of the store").isNotEmpty();
    }

    /**
     * The right-hand sides of the joins and left joins of the optimised plan that ARQ evaluates on their own, once,
     * and joins afterwards (a join whose left side is more than the empty row): each is computed over the whole
     * store, whatever the left side holds. A LATERAL or a left join that ARQ turns into a conditional is evaluated
     * per row of its left side, with its variables bound, and is not listed.
     */
    private static List<Op> independentPatterns(Query query) {
        Op plan = Algebra.optimize(Algebra.compile(query));
        List<Op> found = new ArrayList<>();
        OpWalker.walk(plan, new OpVisitorBase() {
            @Override
            public void visit(OpLeftJoin op) {
                check(op);
            }

            @Override
            public void visit(OpJoin op) {
                check(op);
            }

            private void check(Op2 op) {
                boolean emptyRow = op.getLeft() instanceof OpTable t && t.isJoinIdentity();
                if (!emptyRow && readsTheStore(op.getRight())) {
                    found.add(op.getRight());
                }
            }
        });
        return found;
    }

    private static boolean readsTheStore(Op op) {
        boolean[] reads = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP op) {
                reads[0] |= !op.getPattern().isEmpty();
            }

            @Override
            public void visit(OpTriple op) {
                reads[0] = true;
            }

            @Override
            public void visit(OpQuadPattern op) {
                reads[0] |= !op.getPattern().isEmpty();
            }

            @Override
            public void visit(OpPath op) {
                reads[0] = true;
            }
        });
        return reads[0];
    }

    private static String events() {
        return QueryLibrary.text("events").orElseThrow();
    }

    private static String resource(String name) {
        try (InputStream in = EventsQueryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> rows(Query q) {
        return newsgraph.store().query(q, Map.of(), qe -> {
            List<Map<String, String>> out = new ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                Map<String, String> m = new TreeMap<>();
                row.varNames().forEachRemaining(v -> m.put(v, row.get(v).toString()));
                out.add(m);
            });
            return out;
        });
    }
}

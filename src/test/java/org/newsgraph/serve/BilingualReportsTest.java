package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;

/**
 * The Arabic sample and an English wire report of the same arrest in one store, through the real pipeline: the
 * arrest of Massimov is one merged event, and {@code events.rq}, {@code merged-events.rq} and the workbench's
 * event API show its Arabic and English reports side by side, each with its own sentence, date and article.
 */
class BilingualReportsTest {

    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String MASSIMOV = ID + "person/karim-massimov";

    @TempDir
    static Path dir;
    static NewsGraph newsgraph;
    static String arabic;
    static String english;

    @BeforeAll
    static void ingestBoth() {
        newsgraph = NewsGraph.open(dir.resolve("store"), "test");
        arabic = ingest("examples/kazakhstan-2022-01-08.ar.txt", "ar");
        english = ingest("src/test/resources/eval/kazakhstan-2022-01-08.en.txt", "en");
    }

    static String ingest(String file, String language) {
        IngestOutcome outcome = newsgraph.ingest(List.of(file), new IngestOptions(LocalDate.of(2022, 1, 8), language, null, false),
                o -> { }).outcomes().get(0);
        assertThat(outcome.status()).as(file + ": " + outcome.error()).isEqualTo(IngestOutcome.Status.INGESTED);
        return outcome.article();
    }

    @AfterAll
    static void close() {
        newsgraph.close();
    }

    static List<QuerySolution> query(String name) {
        return newsgraph.store().query(QueryFactory.create(QueryLibrary.text(name).orElseThrow()), Map.of(),
                qe -> ResultSetFormatter.toList(qe.execSelect()).stream().map(BilingualReportsTest::copy).toList());
    }

    static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap out = new QuerySolutionMap();
        row.varNames().forEachRemaining(v -> out.add(v, row.get(v)));
        return out;
    }

    static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode().isURI() ? row.get(var).asNode().getURI() : row.getLiteral(var).getLexicalForm() : null;
    }

    /** The rows of events.rq for the arrest of Massimov (CAMEO 173, Massimov the target). */
    static List<QuerySolution> arrestRows() {
        return query("events").stream()
                .filter(r -> "173".equals(text(r, "code")) && MASSIMOV.equals(text(r, "target"))).toList();
    }

    @Test
    void eventsQueryGivesEachReportOfTheArrestTheArabicAndTheEnglishSentences() {
        List<QuerySolution> rows = arrestRows().stream().filter(r -> text(r, "merged") != null).toList();
        assertThat(rows).extracting(r -> text(r, "article")).contains(arabic, english);
        assertThat(rows).extracting(r -> text(r, "merged")).containsOnly(text(rows.get(0), "merged"));
        for (QuerySolution row : rows) {
            assertThat(text(row, "articles")).isEqualTo("2");
            assertThat(text(row, "ar_sentence")).contains("ماسيموف").doesNotContain("Massimov");
            assertThat(text(row, "en_sentence")).contains("Massimov").doesNotContain("ماسيموف");
            assertThat(text(row, "ar_article")).contains(arabic).doesNotContain(english);
            assertThat(text(row, "en_article")).contains(english).doesNotContain(arabic);
            // one entry per report in every column of a language, in the same order
            int arabicReports = text(row, "ar_article").split(" \\| ").length;
            assertThat(text(row, "ar_date").split(" \\| ")).hasSize(arabicReports);
            assertThat(text(row, "ar_quantities").split(" \\| ")).hasSize(arabicReports);
            assertThat(text(row, "ar_sentence").split(" \\| ")).hasSize(arabicReports);
        }
    }

    @Test
    void eventsQueryLeavesTheCrossLanguageColumnsEmptyForAnEventOnlyOneArticleReports() {
        List<QuerySolution> rows = query("events");
        assertThat(rows).extracting(r -> text(r, "event")).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(r -> text(r, "merged") == null).isNotEmpty()
                .allSatisfy(r -> assertThat(List.of("ar_sentence", "en_sentence", "articles")).allSatisfy(v -> assertThat(r.contains(v)).isFalse()));
    }

    @Test
    void mergedEventsQueryTellsEachReportsLanguageArabicFirst() {
        List<QuerySolution> rows = query("merged-events").stream()
                .filter(r -> "173".equals(text(r, "code")) && MASSIMOV.equals(text(r, "target"))).toList();
        assertThat(rows).extracting(r -> text(r, "language")).containsSubsequence("ar", "en");
        assertThat(rows.get(0).getLiteral("language").getString()).isEqualTo("ar");
        assertThat(rows.get(rows.size() - 1).getLiteral("language").getString()).isEqualTo("en");
    }

    @Test
    void workbenchShowsAMergedEventsReportsByLanguageAndLinksEachReportToIt() {
        // as the server sets it: queries see the union of all graphs
        newsgraph.store().datasetGraph().getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        Workbench workbench = new Workbench(newsgraph.store().datasetGraph());
        String report = text(arrestRows().stream().filter(r -> english.equals(text(r, "article")) && text(r, "merged") != null)
                .findFirst().orElseThrow(), "event");
        JsonObject event = workbench.event(NodeFactory.createURI(report));
        JsonObject merged = event.get("merged").getAsObject();
        assertThat(merged.get("code").getAsString().value()).isEqualTo("173");
        assertThat(merged.get("articles").getAsNumber().value().intValue()).isEqualTo(2);

        JsonArray ar = merged.get("reports").getAsObject().get("ar").getAsArray();
        JsonArray en = merged.get("reports").getAsObject().get("en").getAsArray();
        assertThat(ar).isNotEmpty().allSatisfy(r -> {
            JsonObject o = r.getAsObject();
            assertThat(o.get("evidence").getAsObject().get("text").getAsString().value()).contains("ماسيموف");
            assertThat(o.get("article").getAsObject().get("language").getAsString().value()).isEqualTo("ar");
            assertThat(o.get("article").getAsObject().get("published").getAsString().value()).isEqualTo("2022-01-08");
        });
        assertThat(en).isNotEmpty().allSatisfy(r -> assertThat(r.getAsObject().get("evidence").getAsObject().get("text")
                .getAsString().value()).contains("Massimov"));
        assertThat(en).extracting(r -> r.getAsObject().get("iri").getAsString().value()).contains(report);

        // the merged event's own IRI gives the same reports; every report in a list links to it
        JsonObject direct = workbench.event(NodeFactory.createURI(merged.get("iri").getAsString().value()));
        assertThat(direct.get("kind").getAsString().value()).isEqualTo("merged");
        assertThat(direct.get("reports").getAsObject().get("ar").getAsArray()).hasSameSizeAs(ar);
        assertThat(workbench.events(Workbench.EventFilter.article(NodeFactory.createURI(english))))
                .filteredOn(e -> e.getAsObject().get("iri").getAsString().value().equals(report))
                .singleElement().satisfies(e -> assertThat(e.getAsObject().get("mergedInto").getAsObject().get("iri")
                        .getAsString().value()).isEqualTo(merged.get("iri").getAsString().value()));
        assertThat(workbench.resource(NodeFactory.createURI(merged.get("iri").getAsString().value())).get("kind")
                .getAsString().value()).isEqualTo("merged");
    }
}

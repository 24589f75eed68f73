package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.bench.SyntheticCorpus;
import org.newsgraph.rdf.LexiconReader;

/**
 * The actor page of a busy actor lists at most its limit of events, roles, statements and articles, with the totals
 * beside them: the listed ones are those a page without limit starts with (events by date, articles latest first),
 * and the totals are what that page lists. The actor is the busiest of those holding an office (a country named in
 * many statements may have more events, and no roles to page through).
 */
class ActorPageLimitTest {

    private static final int LIMIT = 3;

    @TempDir
    static Path dir;
    static NewsGraph newsgraph;
    static Node busiest;

    @BeforeAll
    static void ingestGeneratedArticles() {
        Path pages = dir.resolve("pages");
        new SyntheticCorpus(LexiconReader.read(), 7, LocalDate.of(2022, 1, 1), 30).write(pages, 120);
        newsgraph = NewsGraph.open(dir.resolve("store"), "test");
        assertThat(newsgraph.ingest(List.of(pages.toString()), IngestOptions.DEFAULT, o -> { }).outcomes())
                .extracting(IngestOutcome::error).as("what failed to ingest").containsOnlyNulls();
        // as the server sets it: queries see the union of all graphs
        newsgraph.store().datasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
        busiest = newsgraph.store().query(QueryFactory.create("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?actor (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?e a ng:Event ; ng:source|ng:target ?actor . FILTER EXISTS { ?r a ng:Role ; ng:holder ?actor } }
                GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 1
                """), Map.of(), qe -> qe.execSelect().next().getResource("actor").asNode());
    }

    @AfterAll
    static void close() {
        newsgraph.close();
    }

    @Test
    void aBusyActorsPageListsTheFirstEventsRolesAndArticlesWithTheirTotals() {
        JsonObject all = new Workbench(newsgraph.store().datasetGraph(), Integer.MAX_VALUE).actor(busiest);
        JsonObject page = new Workbench(newsgraph.store().datasetGraph(), LIMIT).actor(busiest);

        JsonArray events = all.get("events").getAsArray();
        assertThat(events.size()).as("the generated corpus gives the busiest actor more events than the limit")
                .isGreaterThan(LIMIT);
        assertThat(page.get("events").getAsArray()).containsExactlyElementsOf(events.subList(0, LIMIT));
        assertThat(number(page, "eventCount")).isEqualTo(events.size());
        assertThat(number(all, "eventCount")).isEqualTo(events.size());
        assertThat(number(page, "eventsAsSource")).isEqualTo(withActor(events, "sources"));
        assertThat(number(page, "eventsAsTarget")).isEqualTo(withActor(events, "targets"));
        assertThat(number(page, "eventsAsSource") + number(page, "eventsAsTarget")).isPositive();

        for (String list : List.of("roles", "statements", "articles")) {
            String countKey = list.substring(0, list.length() - 1) + "Count";
            int total = all.get(list).getAsArray().size();
            assertThat(number(page, countKey)).as(countKey).isEqualTo(total);
            assertThat(page.get(list).getAsArray()).as(list).hasSize(Math.min(LIMIT, total));
        }
        assertThat(all.get("articles").getAsArray().size()).isGreaterThan(LIMIT);
        assertThat(page.get("articles").getAsArray()).containsExactlyElementsOf(all.get("articles").getAsArray().subList(0, LIMIT));
        assertThat(all.get("articles").getAsArray().stream().map(a -> a.getAsObject().get("date").getAsString().value()).toList())
                .as("latest first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all.get("roles").getAsArray().size()).as("the busiest actor holds an office in several articles")
                .isGreaterThan(LIMIT);
    }

    @Test
    void theEventsOfTheActorPageAreTheEventsTablesOfThatActor() {
        Workbench workbench = new Workbench(newsgraph.store().datasetGraph(), LIMIT);

        JsonArray table = workbench.events(new Workbench.EventFilter(busiest, null, null, null, null, null, LIMIT));

        assertThat(workbench.actor(busiest).get("events").getAsArray()).containsExactlyElementsOf(table);
    }

    private static long number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    private static long withActor(JsonArray events, String role) {
        String iri = busiest.getURI();
        return events.stream().filter(e -> e.getAsObject().get(role).getAsArray().stream()
                .map(JsonValue::getAsObject).anyMatch(r -> iri.equals(r.get("iri").getAsString().value()))).count();
    }
}

package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.testing.FixtureStore;

/** Every library query parses, says what it answers, and gives the expected rows on a known store. */
class QueryLibraryTest {

    private static final String ID = "https://w3id.org/newsgraph/id/";

    @TempDir
    static Path tmp;

    private static Store store;

    @BeforeAll
    static void fill() {
        store = Store.open(FixtureStore.create(tmp.resolve("store")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theIndexListsEveryQueryOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            assertThat(QueryLibrary.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void everyQueryStartsWithWhatItAnswersAndParses() throws IOException {
        for (String name : QueryLibrary.names()) {
            String text = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8);
            assertThat(text).as(name).startsWith("# ");
            assertThat(QueryLibrary.description(text)).as(name).hasSizeGreaterThan(20);
            assertThat(QueryLibrary.question(text)).as(name).endsWith("?").hasSizeGreaterThan(15);
            assertThat(QueryLibrary.text(name)).as(name).contains(text);
            QueryFactory.create(text);
        }
    }

    @Test
    void theScoredQueriesHaveTheirFixedColumns() {
        assertThat(vars("actors")).startsWith("actor", "type", "label_en", "label_ar", "wikidata");
        assertThat(vars("events")).contains("event", "date", "code", "source", "target", "place", "quantity", "sentence");
        assertThat(vars("roles")).startsWith("person", "role", "organization", "since", "until");
        assertThat(vars("relations")).startsWith("subject", "relation", "object");
    }

    @Test
    void actorsGivesOneRowPerMentionedActor() {
        List<QuerySolution> rows = run("actors", Map.of());
        assertThat(rows).extracting(r -> r.getResource("actor").getURI()).containsExactlyInAnyOrder(
                ID + "person/ann-roe", ID + "person/bob-doe", ID + "org/XL/police", ID + "place/northtown");
        QuerySolution ann = rows.stream().filter(r -> r.getResource("actor").getURI().endsWith("ann-roe")).findFirst().orElseThrow();
        assertThat(ann.getLiteral("label_en").getString()).isEqualTo("Ann Roe");
        assertThat(ann.getLiteral("label_ar").getString()).isEqualTo("آن رو");
        assertThat(ann.getResource("wikidata").getURI()).isEqualTo("http://www.wikidata.org/entity/Q1000001");
        assertThat(ann.getResource("type").getLocalName()).isEqualTo("Person");
    }

    @Test
    void eventsGivesOneRowPerEventWithAllItsQuantities() {
        List<QuerySolution> rows = run("events", Map.of());
        assertThat(rows).hasSize(3);
        QuerySolution arrest = rows.stream().filter(r -> r.getLiteral("code").getString().equals("173")).findFirst().orElseThrow();
        assertThat(arrest.getLiteral("quantity").getInt()).isEqualTo(13);
        assertThat(arrest.getLiteral("quantities").getString()).contains("12 detained", "13 people");
        assertThat(arrest.getLiteral("what").getString()).isEqualTo("Arrest, detain");
        assertThat(arrest.getLiteral("date").getLexicalForm()).isEqualTo("2021-03-02");
        assertThat(arrest.getLiteral("sentence").getString()).startsWith("Police arrested Bob Doe");
        assertThat(arrest.getResource("place").getURI()).isEqualTo(ID + "place/northtown");
    }

    @Test
    void rolesAndRelations() {
        assertThat(run("roles", Map.of())).singleElement().satisfies(r -> {
            assertThat(r.getLiteral("role").getString()).isEqualTo("President");
            assertThat(r.getResource("organization").getURI()).isEqualTo(ID + "country/XL");
            assertThat(r.getLiteral("since").getLexicalForm()).isEqualTo("2019");
        });
        assertThat(run("relations", Map.of())).extracting(r -> r.getResource("relation").getLocalName())
                .containsExactlyInAnyOrder("memberOf", "relativeOf");
    }

    @Test
    void parameterisedQueriesNarrowToTheBoundActor() {
        assertThat(run("actor-events", Map.of())).hasSize(5);
        List<QuerySolution> ann = run("actor-events", Map.of("actor", iri(ID + "person/ann-roe")));
        assertThat(ann).extracting(r -> r.getLiteral("code").getString() + " " + (r.contains("other_label")
                ? r.getLiteral("other_label").getString() : "-")).containsExactlyInAnyOrder("1213 Bob Doe", "010 -");
        List<QuerySolution> bob = run("actor-events", Map.of("actor", iri(ID + "person/bob-doe")));
        assertThat(bob).hasSize(2).allSatisfy(r -> assertThat(r.getLiteral("as").getString()).isEqualTo("target"));
        assertThat(bob).extracting(r -> r.getLiteral("other_label").getString())
                .containsExactlyInAnyOrder("Ann Roe", "Police of Exampleland");

        assertThat(run("country-timeline", Map.of("country", iri(ID + "country/XL"))))
                .extracting(r -> r.getLiteral("code").getString()).containsExactly("173");
        assertThat(run("statements", Map.of("speaker", iri(ID + "person/ann-roe"))))
                .singleElement().satisfies(r -> assertThat(r.getLiteral("about").getString()).isEqualTo("Bob Doe"));
        assertThat(run("provenance", Map.of("fact", iri(ID + "event/aaaaaaaaaaaaaaaa-1")))).singleElement().satisfies(r -> {
            assertThat(r.getLiteral("begin").getInt()).isEqualTo(37);
            assertThat(r.getLiteral("end").getInt()).isEqualTo(89);
            assertThat(r.getLiteral("read_from").getString()).isEqualTo("a.txt");
        });
    }

    @Test
    void anEventsLargestCountIsItsQuantityEvenBesideALargerShare() {
        // a share (ng:unit percent) is no size of the event: 40.5 percent does not hide 12 detained
        String data = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                <https://example.org/e1> a ng:Event ; ng:cameoCode "173" ;
                    ng:quantity [ ng:value 12 ; ng:counts "detained" ] ,
                                [ ng:value 40.5 ; ng:counts "votes" ; ng:unit "percent" ] .
                <https://example.org/e2> a ng:Event ; ng:cameoCode "010" ;
                    ng:quantity [ ng:value 64.27 ; ng:counts "votes" ; ng:unit "percent" ] ,
                                [ ng:value 30.77 ; ng:counts "votes" ; ng:unit "percent" ] .
                """;
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(data, org.apache.jena.riot.Lang.TURTLE).parse(m);
        Query q = QueryFactory.create(QueryLibrary.text("events").orElseThrow());
        List<QuerySolution> rows;
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.model(m).query(q).build()) {
            rows = ResultSetFormatter.toList(qe.execSelect());
        }
        assertThat(rows).hasSize(2);
        QuerySolution arrest = rows.stream().filter(r -> r.getLiteral("code").getString().equals("173")).findFirst().orElseThrow();
        assertThat(arrest.getLiteral("quantity").getLexicalForm()).isEqualTo("12");
        assertThat(arrest.getLiteral("quantities").getString()).contains("40.5 percent votes", "12 detained");
        // an event that counts nothing gives its largest share, decimals kept
        QuerySolution said = rows.stream().filter(r -> r.getLiteral("code").getString().equals("010")).findFirst().orElseThrow();
        assertThat(said.getLiteral("quantity").getLexicalForm()).isEqualTo("64.27");
    }

    @Test
    void theOtherQuestionsAnswerFromTheFixture() {
        assertThat(run("offices", Map.of())).extracting(r -> r.getLiteral("holder_label").getString()).containsExactly("Ann Roe");
        assertThat(run("quantities", Map.of())).extracting(r -> r.getLiteral("value").getInt()).containsExactlyInAnyOrder(12, 13);
        assertThat(run("provenance", Map.of())).hasSize(6);
        assertThat(run("co-occurrence", Map.of())).extracting(r -> r.getLiteral("a_label").getString() + " + "
                + r.getLiteral("b_label").getString()).containsExactlyInAnyOrder("Police of Exampleland + Northtown",
                "Ann Roe + Bob Doe");
        assertThat(run("articles", Map.of())).singleElement()
                .satisfies(r -> assertThat(r.getLiteral("events").getInt()).isEqualTo(3));
    }

    private static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static List<String> vars(String name) {
        return QueryFactory.create(QueryLibrary.text(name).orElseThrow()).getResultVars();
    }

    private static List<QuerySolution> run(String name, Map<String, RDFNode> params) {
        Query q = QueryFactory.create(QueryLibrary.text(name).orElseThrow());
        return store.query(q, params, qe -> ResultSetFormatter.toList(qe.execSelect()));
    }
}

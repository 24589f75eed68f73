package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.QueryLibrary;
import org.newsgraph.rdf.SCHEMA;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;

/**
 * The whole pipeline on the shipped examples (examples/manifest.tsv), through the command line: demo, re-ingest,
 * every library query, export and validation.
 */
class ExamplesIT {

    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;

    /** For each library query, the data it answers about: when the store has that, the query must give rows. */
    private static final Map<String, String> ANSWERS_WHEN = new LinkedHashMap<>();

    static {
        ANSWERS_WHEN.put("articles", "?a a ng:Article");
        ANSWERS_WHEN.put("actors", "?m itsrdf:taIdentRef ?a");
        ANSWERS_WHEN.put("events", "?e a ng:Event ; ng:cameoCode ?c");
        ANSWERS_WHEN.put("roles", "?r a ng:Role ; ng:holder ?h ; ng:organization ?o");
        ANSWERS_WHEN.put("relations", "?s ng:memberOf|ng:nephewOf|ng:relativeOf|ng:allyOf ?o");
        ANSWERS_WHEN.put("actor-events", "?e ng:source|ng:target ?a ; ng:cameoCode ?c");
        ANSWERS_WHEN.put("country-timeline", "?e a ng:Event ; ng:cameoCode ?c ; (ng:source|ng:target|ng:place) ?x . ?x a ng:Country");
        ANSWERS_WHEN.put("offices", "?r a ng:Role ; ng:holder ?h");
        ANSWERS_WHEN.put("quantities", "?e ng:quantity/ng:value ?v ; ng:cameoCode ?c");
        ANSWERS_WHEN.put("statements", "?s a ng:Statement ; ng:speaker ?p");
        ANSWERS_WHEN.put("provenance", "?f ng:evidence/nif:anchorOf ?t ; ng:article ?a");
        ANSWERS_WHEN.put("co-occurrence", "?m1 itsrdf:taIdentRef ?a ; nif:sentence ?s . ?m2 itsrdf:taIdentRef ?b ; nif:sentence ?s FILTER (STR(?a) < STR(?b))");
        ANSWERS_WHEN.put("merged-events", "?m a ng:MergedEvent ; ng:report/ng:article ?a");
        // the surname rule only: no two actors of the examples have one name in two spellings
        ANSWERS_WHEN.put("candidate-duplicates", "?a a ng:Person ; <http://www.w3.org/2000/01/rdf-schema#label> ?l . ?b a ng:Person ; <http://www.w3.org/2000/01/rdf-schema#label> ?k"
                + " FILTER (?a != ?b && LANG(?l) = LANG(?k) && STRENDS(STR(?k), CONCAT(\" \", STR(?l))))");
    }

    @TempDir
    static Path tmp;

    static String store;
    static Cli.Result demo;

    @BeforeAll
    static void demo() {
        store = tmp.resolve("store").toString();
        demo = Cli.run("demo", "--store", store, "--examples", "examples");
    }

    @Test
    void theDemoIngestsTheExamplesAndSaysWhatToDoNext() {
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).startsWith("ingested 1, unchanged 0, failed 0 articles;")
                .contains("Actors (", "Events (", "Roles (", "Next, try:", "./newsgraph query --store " + store + " actors");
    }

    @Test
    void reIngestingChangesNothing() {
        String before = Cli.run("export", "--store", store, "--format", "nquads").out();

        Cli.Result again = Cli.run("ingest", "--store", store, "--published", "2022-01-08", "--lang", "ar",
                "examples/kazakhstan-2022-01-08.ar.txt");

        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("ingested 0, unchanged 1, failed 0 articles; 0 triples;");
        assertThat(Cli.run("export", "--store", store, "--format", "nquads").out()).isEqualTo(before);
    }

    @Test
    void everyLibraryQueryRunsAndAnswersWhenTheDataIsThere() {
        assertThat(ANSWERS_WHEN.keySet()).containsExactlyInAnyOrderElementsOf(QueryLibrary.names());
        try (Store s = Store.openExisting(Path.of(store))) {
            for (String name : QueryLibrary.names()) {
                boolean hasData = s.query(QueryFactory.create(PREFIXES + "ASK { " + ANSWERS_WHEN.get(name) + " }"),
                        Map.of(), qe -> qe.execAsk());
                int rows = s.query(QueryFactory.create(QueryLibrary.text(name).orElseThrow()), Map.of(),
                        qe -> org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect()));
                assertThat(rows > 0).as(name + " rows (" + rows + ") when the store has " + ANSWERS_WHEN.get(name)).isEqualTo(hasData);
            }
        }
        assertThat(Cli.run("query", "--store", store, "--format", "json", "actors").code()).isZero();
    }

    @Test
    void trigAndNQuadsExportsParseBackToTheSameDataset() {
        DatasetGraph trig = parse(Cli.run("export", "--store", store, "--format", "trig").out(), Lang.TRIG);
        DatasetGraph nquads = parse(Cli.run("export", "--store", store, "--format", "nquads").out(), Lang.NQUADS);

        assertThat(trig.stream().count()).isEqualTo(nquads.stream().count()).isPositive();
        assertThat(IsoMatcher.isomorphic(trig, nquads)).isTrue();
    }

    @Test
    void validationPassesOnTheExamplesAndFailsOnABrokenGraph() throws Exception {
        Path copy = tmp.resolve("broken");
        assertThat(Cli.run("demo", "--store", copy.toString(), "--examples", "examples").code()).isZero();
        Cli.Result ok = Cli.run("validate", "--store", copy.toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).isEqualTo("1 article conforms to the shapes\n");

        try (Store s = Store.openExisting(copy)) {
            String article = s.articleGraphs().get(0);
            Node g = NodeFactory.createURI(article);
            DatasetGraph content = parse(exportGraph(s, g), Lang.NQUADS);
            List<Quad> quads = content.stream().filter(q -> !q.getPredicate().equals(SCHEMA.inLanguage.asNode())).toList();
            String hash = content.stream().filter(q -> q.getPredicate().getURI().endsWith("#contentHash")).findFirst()
                    .orElseThrow().getObject().getLiteralLexicalForm();
            org.apache.jena.graph.Graph without = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            quads.forEach(q -> without.add(q.asTriple()));
            s.replaceGraphs(List.of(new org.newsgraph.store.ArticleGraph(g, hash, without)), true);
        }
        Cli.Result bad = Cli.run("validate", "--store", copy.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains(": 1 violation\n", "schema.org/inLanguage", "an article has one language tag")
                .endsWith("1 of 1 articles have violations\n");
    }

    private static String exportGraph(Store s, Node g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.newsgraph.store.StoreExport.write(s, org.newsgraph.store.ExportFormat.NQUADS, g, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph d = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(text, lang).parse(d);
        return d;
    }
}

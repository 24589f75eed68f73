package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.FixtureStore;
import org.newsgraph.testing.Cli;

/** query, export and stats on a store filled from fixtures: outputs, exit codes, one-line errors. */
class ReadCommandsTest {

    @TempDir
    static Path tmp;

    static String store;

    @BeforeAll
    static void fill() {
        store = FixtureStore.create(tmp.resolve("store")).toString();
    }

    @Test
    void jsonResultsAreStandardSparqlJsonAndNothingElse() {
        Cli.Result r = Cli.run("query", "--store", store, "--format", "json", "actors");

        assertThat(r.code()).isZero();
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(doc.getAsJsonObject("head").getAsJsonArray("vars").toString())
                .startsWith("[\"actor\",\"type\",\"label_en\",\"label_ar\",\"wikidata\"");
        assertThat(doc.getAsJsonObject("results").getAsJsonArray("bindings")).hasSize(4);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aQueryFileALibraryNameAndQueryTextAllWork() throws Exception {
        Path file = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/newsgraph/ontology#Event> }");

        assertThat(Cli.run("query", "--store", store, "--format", "csv", file.toString()).out()).isEqualTo("n\r\n3\r\n");
        assertThat(Cli.run("query", "--store", store, "--format", "csv", "queries/roles.rq").out()).contains("President");
        assertThat(Cli.run("query", "--store", store, "ASK { ?s ?p \"Northtown\"@en }").out()).isEqualTo("yes\n");
    }

    @Test
    void tableOutputShortensIrisWithTheQueryPrefixes() {
        Cli.Result r = Cli.run("query", "--store", store, "relations");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ng:memberOf", "Police of Exampleland");
    }

    @Test
    void constructPrintsTurtle() {
        Cli.Result r = Cli.run("query", "--store", store,
                "CONSTRUCT { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?a a <https://w3id.org/newsgraph/ontology#Place> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }");

        assertThat(r.code()).isZero();
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        assertThat(g.size()).isEqualTo(1);
    }

    @Test
    void aParameterIsBoundNotPasted() {
        Cli.Result bound = Cli.run("query", "--store", store, "--format", "csv", "actor-events",
                "--param", "actor=https://w3id.org/newsgraph/id/person/ann-roe");
        assertThat(bound.code()).isZero();
        assertThat(bound.out().lines().skip(1).toList()).hasSize(2).allSatisfy(l -> assertThat(l).contains("Ann Roe", "source"))
                .anySatisfy(l -> assertThat(l).contains("1213", "Bob Doe"));

        Cli.Result injection = Cli.run("query", "--store", store, "--format", "csv", "actor-events",
                "--param", "actor=x> } UNION { ?actor ?p ?o");
        assertThat(injection.code()).isZero();
        assertThat(injection.out().lines()).hasSize(1);
    }

    @Test
    void aParameterTheQueryDoesNotHaveIsAUsageError() {
        Cli.Result r = Cli.run("query", "--store", store, "actors", "--param", "country=ngid:country/XL");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --param country: the query has no variable ?country (it has ?actor, ?ar,")
                .contains("Usage: newsgraph query");
    }

    @Test
    void badUsageExitsTwoWithTheUsageLine() {
        Cli.Result r = Cli.run("query", "--store", store, "--format", "xml", "actors");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format", "xml").contains("Usage: newsgraph query");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBrokenQueryOrAMissingStoreIsOneLineAndExitOne() {
        Cli.Result broken = Cli.run("query", "--store", store, "SELECT ?x WHERE { ?x ");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().lines()).singleElement().asString().startsWith("error: not a SPARQL query");

        Cli.Result missingFile = Cli.run("query", "--store", store, "nowhere/missing.rq");
        assertThat(missingFile.code()).isEqualTo(1);
        assertThat(missingFile.err()).isEqualTo("error: no query file nowhere/missing.rq (nor a library query of that name: see --list)\n");

        Path none = tmp.resolve("none");
        Cli.Result noStore = Cli.run("stats", "--store", none.toString());
        assertThat(noStore.code()).isEqualTo(1);
        assertThat(noStore.err().lines()).singleElement().asString().startsWith("error: no store at " + none);
        assertThat(none).doesNotExist();
    }

    @Test
    void exportToAFileParsesBackToTheStore() throws Exception {
        Path out = tmp.resolve("out/all.trig");
        Cli.Result r = Cli.run("export", "--store", store, "--format", "trig", "--output", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        DatasetGraph back = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.source(out).lang(Lang.TRIG).parse(back);
        DatasetGraph expected = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(FixtureStore.text("article-a.trig"), Lang.TRIG).parse(expected);
        RDFParser.fromString(FixtureStore.text("vocabulary.ttl"), Lang.TURTLE)
                .parse(org.apache.jena.riot.system.StreamRDFLib.graph(expected.getGraph(org.newsgraph.store.Store.VOCABULARY_GRAPH)));
        assertThat(IsoMatcher.isomorphic(back, expected)).isTrue();
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void exportOfOneGraphAsJsonLd() {
        Cli.Result r = Cli.run("export", "--store", store, "--format", "jsonld", "--graph",
                "https://w3id.org/newsgraph/id/article/aaaaaaaaaaaaaaaa");

        assertThat(r.code()).isZero();
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.JSONLD).parse(g);
        DatasetGraph expected = DatasetFactory.createGeneral().asDatasetGraph();
        RDFParser.fromString(FixtureStore.text("article-a.trig"), Lang.TRIG).parse(expected);
        assertThat(IsoMatcher.isomorphic(g, expected.getGraph(org.apache.jena.graph.NodeFactory
                .createURI("https://w3id.org/newsgraph/id/article/aaaaaaaaaaaaaaaa")))).isTrue();
    }

    @Test
    void exportNeedsAKnownFormat() {
        Cli.Result r = Cli.run("export", "--store", store, "--format", "rdfxml");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: newsgraph export");
    }

    @Test
    void statsCountWhatIsThere() {
        Cli.Result r = Cli.run("stats", "--store", store);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("articles  1", "actors    5  (2 Person,", "events    3", "17   Coerce", "files     ");
    }

    @Test
    void withoutACommandItSaysWhichThereAre() {
        Cli.Result r = Cli.run();

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: a command is needed (ingest, query, export, stats, validate, demo")
                .contains("Usage: newsgraph");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"ingest", "query", "export", "stats", "validate", "demo"}) {
            Cli.Result r = Cli.run(c, "--help");
            assertThat(r.code()).as(c).isZero();
            assertThat(r.out()).as(c).startsWith("Usage: newsgraph " + c);
        }
    }
}

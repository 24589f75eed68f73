package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.testing.HttpTestClient.enc;


import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/**
 * The server over HTTP, on the fixture store: the SPARQL endpoint and its limits, read-only refusal, linked data
 * content negotiation, security headers, and the API's resistance to injection.
 */
class ServerHttpTest {

    static final String ID = TestServer.ID;
    static final String MASSIMOV = ID + "person/karim-massimov";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onFixture(o -> o.withResultLimit(5));
    static final HttpTestClient http = SERVER.http();

    static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.parse(response.body());
    }

    // ------------------------------------------------------------ SPARQL endpoint

    @Test
    void sparqlEndpointQueriesTheUnionOfAllArticleGraphs() {
        String query = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a <https://w3id.org/newsgraph/ontology#Event> }";
        for (String endpoint : new String[] {"newsgraph/sparql", "newsgraph/query", "newsgraph"}) {
            HttpResponse<String> response = http.get(endpoint + "?query=" + enc(query), "application/sparql-results+json");
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            JsonObject results = JSON.parse(response.body());
            assertThat(results.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                    .get("n").getAsObject().get("value").getAsString().value()).as(endpoint).isEqualTo("7");
        }
    }

    @Test
    void resultsComeInEveryStandardFormat() {
        String query = enc("SELECT ?s WHERE { ?s a <https://w3id.org/newsgraph/ontology#Person> } LIMIT 1");
        assertThat(http.get("newsgraph/sparql?query=" + query, "application/sparql-results+xml").headers()
                .firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertThat(http.get("newsgraph/sparql?query=" + query, "text/csv").body()).startsWith("s\r\n" + ID);
        assertThat(http.get("newsgraph/sparql?query=" + query, "text/tab-separated-values").body()).startsWith("?s\n<" + ID);
        String construct = enc("CONSTRUCT WHERE { <" + MASSIMOV + "> ?p ?o }");
        HttpResponse<String> turtle = http.get("newsgraph/sparql?query=" + construct, "text/turtle");
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(turtle.body()).contains("Karim Massimov");
    }

    @Test
    void graphStoreProtocolReadsOneArticleGraph() {
        String graph = ID + "article/0f1e2d3c4b5a6978";
        HttpResponse<String> response = http.get("newsgraph/data?graph=" + enc(graph), "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kazakh authorities detained").doesNotContain("أوقفت");
    }

    @Test
    void resultSizeIsCapped() {
        HttpResponse<String> response = http.get("newsgraph/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"),
                "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonArray rows = JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertThat(rows).hasSize(5);
    }

    // ------------------------------------------------------------ read-only

    @Test
    void updatesAreRefusedWithoutTheWriteOption() {
        String update = "INSERT DATA { <http://example.org/x> <http://example.org/y> <http://example.org/z> }";
        assertThat(http.post("newsgraph/sparql", "application/sparql-update", update, null).statusCode())
                .isBetween(400, 499);
        assertThat(http.post("newsgraph/update", "application/sparql-update", update, null).statusCode())
                .isBetween(400, 499);
        assertThat(http.post("newsgraph", "application/sparql-update", update, null).statusCode())
                .isBetween(400, 499);
        assertThat(http.post("newsgraph/sparql", "application/x-www-form-urlencoded", "update=" + enc(update), null)
                .statusCode()).isBetween(400, 499);
        assertThat(http.put("newsgraph/data?default", "text/turtle", "<http://example.org/x> <http://example.org/y> <http://example.org/z> .", null).statusCode())
                .isBetween(400, 499);
        assertThat(http.post("newsgraph/data?graph=urn:g", "text/turtle", "<http://example.org/x> <http://example.org/y> <http://example.org/z> .", null)
                .statusCode()).isBetween(400, 499);
        HttpResponse<String> ask = http.get("newsgraph/sparql?query=" + enc("ASK { GRAPH ?g { <http://example.org/x> ?p ?o } }"),
                "application/sparql-results+json");
        assertThat(JSON.parse(ask.body()).get("boolean").getAsBoolean().value()).isFalse();
    }

    // ------------------------------------------------------------ linked data

    @Test
    void actorIriGivesTurtleJsonLdOrItsPage() {
        HttpResponse<String> turtle = http.get("id/person/karim-massimov", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(model);
        assertThat(model.contains(model.createResource(MASSIMOV), RDFS.label, model.createLiteral("كريم ماسيموف", "ar")))
                .isTrue();
        assertThat(model.listSubjectsWithProperty(model.createProperty("https://w3id.org/newsgraph/ontology#target"),
                model.createResource(MASSIMOV)).toList()).hasSize(3);

        HttpResponse<String> jsonld = http.get("id/person/karim-massimov", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJsonLd);
        assertThat(fromJsonLd.isIsomorphicWith(model)).isTrue();

        HttpResponse<String> html = http.get("id/person/karim-massimov", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(303);
        assertThat(html.headers().firstValue("Location").orElseThrow()).isEqualTo("/#/actor?iri=" + enc(MASSIMOV));
        assertThat(html.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    }

    @Test
    void eventDescriptionCarriesItsEvidenceSentence() {
        HttpResponse<String> response = http.get("id/event/a1b2c3d4e5f60718-4", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("وقتل 26 من المحتجين في مواجهات مع قوات الأمن.")
                .contains("ng:value").contains("\"killed\"");
    }

    @Test
    void unknownIrisAre404AndUnservableFormats406() {
        assertThat(http.get("id/person/nobody-at-all", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("id/", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("id/person/karim-massimov%3E%20%3Fp%20%3Fo", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("id/person/karim-massimov", "image/png").statusCode()).isEqualTo(406);
        assertThat(http.get("api/actor?iri=" + enc(ID + "person/nobody-at-all"), null).statusCode()).isEqualTo(404);
    }

    // ------------------------------------------------------------ headers

    @Test
    void everyResponseSendsAContentSecurityPolicy() {
        for (String path : new String[] {"", "app/app.js", "api/overview", "newsgraph/sparql?query=" + enc("ASK {}"),
                "id/person/karim-massimov", "id/nobody", "no/such/page"}) {
            HttpResponse<String> response = http.get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theWorkbenchHasNoInlineScript() {
        String page = http.get("", "text/html").body();
        assertThat(page).contains("<script type=\"module\" src=");
        assertThat(page.replaceAll("<script[^>]*src=\"[^\"]+\"[^>]*></script>", "")).doesNotContain("<script");
        assertThat(page).doesNotContainPattern("\\son[a-z]+=");
    }

    // ------------------------------------------------------------ API and injection

    @Test
    void searchIgnoresDiacriticsHamzaAndCase() {
        for (String q : new String[] {"ماسيموف", "مَاسِيمُوف", "MASSIMOV", "massi"}) {
            JsonArray results = json(http.get("api/search?q=" + enc(q), null)).get("results").getAsArray();
            assertThat(results).as(q).isNotEmpty();
            assertThat(results.get(0).getAsObject().get("iri").getAsString().value()).as(q).isEqualTo(MASSIMOV);
        }
        JsonArray blinken = json(http.get("api/search?q=" + enc("انتوني"), null)).get("results").getAsArray();
        assertThat(blinken.get(0).getAsObject().get("iri").getAsString().value()).isEqualTo(ID + "person/antony-blinken");
    }

    @Test
    void injectionThroughSearchDoesNotChangeTheQuery() {
        for (String q : new String[] {"\") } UNION { ?actor ?p ?o } #", "'} ; DROP ALL", "x\\\" . ?s ?p ?o"}) {
            HttpResponse<String> response = http.get("api/search?q=" + enc(q), null);
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(json(response).get("results").getAsArray()).as(q).isEmpty();
        }
    }

    @Test
    void injectionThroughIrisIsRefused() {
        for (String iri : new String[] {MASSIMOV + "> ?p ?o } #", MASSIMOV + "> } UNION { ?s ?p ?o", "not an iri",
                "person/karim-massimov", "<" + MASSIMOV + ">"}) {
            HttpResponse<String> response = http.get("api/actor?iri=" + enc(iri), null);
            assertThat(response.statusCode()).as(iri).isEqualTo(400);
            assertThat(json(response).get("error").getAsString().value()).as(iri).isNotBlank();
        }
        assertThat(http.get("api/events?code=" + enc("17\") || true || (\""), null).statusCode()).isEqualTo(400);
        assertThat(http.get("api/events?from=" + enc("2022' OR 1=1"), null).statusCode()).isEqualTo(400);
    }

    @Test
    void eventsFilterByActorCodeAndDateAndDownloadAsCsv() {
        JsonArray all = json(http.get("api/events", null)).get("events").getAsArray();
        assertThat(all).hasSize(7);
        JsonArray massimov = json(http.get("api/events?actor=" + enc(MASSIMOV), null)).get("events").getAsArray();
        assertThat(massimov).hasSize(3);
        JsonArray arrests = json(http.get("api/events?code=17", null)).get("events").getAsArray();
        assertThat(arrests).hasSize(2).allSatisfy(e -> assertThat(e.getAsObject().get("code").getAsString().value()).isEqualTo("173"));
        JsonArray early = json(http.get("api/events?from=2022-01-05&to=2022-01-06", null)).get("events").getAsArray();
        assertThat(early).hasSize(3);
        HttpResponse<String> csv = http.get("api/events?format=csv&actor=" + enc(MASSIMOV), null);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(4).first().asString().startsWith("event,date,cameo_code");
        assertThat(csv.body()).contains("أوقفت السلطات في كازاخستان كريم ماسيموف");
    }

    @Test
    void actorApiGivesRolesEventsEvidenceAndCoOccurrence() {
        JsonObject actor = json(http.get("api/actor?iri=" + enc(MASSIMOV), null));
        assertThat(actor.get("label").getAsObject().get("en").getAsString().value()).isEqualTo("Karim Massimov");
        assertThat(actor.get("roles").getAsArray()).hasSize(1);
        JsonObject arrest = actor.get("events").getAsArray().stream().map(v -> v.getAsObject())
                .filter(e -> e.get("iri").getAsString().value().endsWith("a1b2c3d4e5f60718-1")).findFirst().orElseThrow();
        assertThat(arrest.get("quad").getAsString().value()).isEqualTo("material-conflict");
        JsonObject evidence = arrest.get("evidence").getAsObject();
        String text = evidence.get("text").getAsString().value();
        JsonObject mention = evidence.get("mentions").getAsArray().stream().map(v -> v.getAsObject())
                .filter(m -> m.hasKey("actor") && m.get("actor").getAsObject().get("iri").getAsString().value().equals(MASSIMOV))
                .findFirst().orElseThrow();
        int begin = (int) mention.get("begin").getAsNumber().value().longValue();
        int end = (int) mention.get("end").getAsNumber().value().longValue();
        assertThat(text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end))).isEqualTo("كريم ماسيموف");
        assertThat(actor.get("cooccurring").getAsArray().stream().map(v -> v.getAsObject().get("iri").getAsString().value()))
                .contains(ID + "country/KZ", ID + "person/kassym-jomart-tokayev");
    }

    @Test
    void networkColoursEdgesByQuadClass() {
        JsonObject network = json(http.get("api/network", null));
        assertThat(network.get("nodes").getAsArray()).hasSize(6);
        assertThat(network.get("edges").getAsArray().stream().map(e -> e.getAsObject().get("quad").getAsString().value()))
                .contains("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict");
    }

    @Test
    void readerIsUnaffectedByMarkupInData() {
        JsonObject article = json(http.get("api/article?iri=" + enc(ID + "article/deadbeefcafe0001"), null));
        assertThat(article.get("headline").getAsString().value()).startsWith("<script>");
    }

}

package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.testing.HttpTestClient;
import org.newsgraph.testing.TestServer;

/** A server started with a write token: writes need exactly that token, reads need none. */
class WriteAccessTest {

    static final String TOKEN = "s3cret-token-for-tests-0123456789";

    @RegisterExtension
    static final TestServer SERVER = TestServer.onFixture(o -> o.withWriteToken(TOKEN));
    static final HttpTestClient http = SERVER.http();

    static boolean ask(String pattern) {
        String query = URLEncoder.encode("ASK { GRAPH ?g { " + pattern + " } }", StandardCharsets.UTF_8);
        return JSON.parse(http.get("newsgraph/sparql?query=" + query, "application/sparql-results+json").body())
                   .get("boolean").getAsBoolean().value();
    }

    @Test
    void updateNeedsTheToken() {
        String update = "INSERT DATA { GRAPH <http://example.org/g1> { <http://example.org/a> <http://example.org/b> <http://example.org/c> } }";
        assertThat(http.post("newsgraph/update", "application/sparql-update", update, null).statusCode()).isEqualTo(401);
        assertThat(http.post("newsgraph/update", "application/sparql-update", update, TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(http.post("newsgraph/update", "application/sparql-update", update, "short").statusCode()).isEqualTo(401);
        assertThat(ask("<http://example.org/a> <http://example.org/b> <http://example.org/c>")).isFalse();
        assertThat(http.post("newsgraph/update", "application/sparql-update", update, TOKEN).statusCode()).isBetween(200, 204);
        assertThat(ask("<http://example.org/a> <http://example.org/b> <http://example.org/c>")).isTrue();
    }

    @Test
    void graphStoreWritesNeedTheTokenButReadsDoNot() {
        String body = "<http://example.org/x> <http://example.org/y> <http://example.org/z> .";
        assertThat(http.put("newsgraph/data?graph=http://example.org/g2", "text/turtle", body, null).statusCode()).isEqualTo(401);
        assertThat(ask("<http://example.org/x> <http://example.org/y> <http://example.org/z>")).isFalse();
        assertThat(http.put("newsgraph/data?graph=http://example.org/g2", "text/turtle", body, TOKEN).statusCode()).isBetween(200, 204);
        assertThat(ask("<http://example.org/x> <http://example.org/y> <http://example.org/z>")).isTrue();
        assertThat(http.get("newsgraph/data?graph=http://example.org/g2", "application/n-triples").body()).contains("<http://example.org/x>");
    }

    @Test
    void oddSpellingsOfTheWritePathsDoNotGetPastTheToken() {
        String update = "INSERT DATA { GRAPH <http://example.org/g3> { <http://example.org/odd> <http://example.org/b> <http://example.org/c> } }";
        for (String path : new String[] {"newsgraph/update/", "newsgraph//update", "newsgraph/%75pdate", "newsgraph/./update",
                "newsgraph/x/../update", "newsgraph/update;x=1", "newsgraph/UPDATE"}) {
            int status = http.post(path, "application/sparql-update", update, null).statusCode();
            assertThat(status).as(path).isBetween(400, 499);
        }
        for (String path : new String[] {"newsgraph/data/", "newsgraph//data", "newsgraph/%64ata"}) {
            int status = http.put(path + "?graph=http://example.org/g4", "text/turtle",
                    "<http://example.org/odd> <http://example.org/b> <http://example.org/c> .", null).statusCode();
            assertThat(status).as(path).isBetween(400, 499);
        }
        assertThat(ask("<http://example.org/odd> ?p ?o")).isFalse();
    }

    @Test
    void queryEndpointsStillRefuseUpdates() {
        String update = "INSERT DATA { <http://example.org/q> <http://example.org/q> <http://example.org/q> }";
        assertThat(http.post("newsgraph/sparql", "application/sparql-update", update, TOKEN).statusCode()).isBetween(400, 499);
        assertThat(ask("<http://example.org/q> <http://example.org/q> <http://example.org/q>")).isFalse();
    }

    @Test
    void aShortTokenIsRefusedAtStart() {
        assertThatThrownBy(() -> ServeOptions.defaults(ServerHttpTest.ID, 0).withWriteToken("1234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }
}

package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.testing.ArrestArticles;

/**
 * {@link RemoteStore} against our own server with writes enabled (in this JVM, on a loopback port): the graphs it
 * PUTs and the merged events it sends as SPARQL Update are what the embedded {@link Store} makes of the same
 * article graphs, batch by batch and after an article changes; and the server's bearer token is what it sends.
 * The same against a standalone Fuseki process is {@link RemoteStoreIT}.
 */
class RemoteStoreTest {

    private static final String TOKEN = "a-write-token-of-some-length";
    private static final Node POLICE = NodeFactory.createURI(NG.ID + "group/test-police");
    private static final Node PROTESTERS = NodeFactory.createURI(NG.ID + "group/test-protesters");

    @TempDir
    Path tmp;

    private Store served;
    private NewsgraphServer server;
    private String url;

    @BeforeEach
    void serve() {
        served = Store.open(tmp.resolve("served"));
        server = NewsgraphServer.start(served.datasetGraph(), ServeOptions.defaults(NG.ID, 0).withWriteToken(TOKEN));
        url = server.url().resolve(NewsgraphServer.DATASET_PATH.substring(1)).toString();
    }

    @AfterEach
    void stop() {
        server.close();
        served.close();
    }

    /** One article with one arrest report of the police against protesters, dated by the article's day. */
    private static ArticleGraph arrest(String key, String day) {
        return ArrestArticles.report("test-" + key, LocalDate.parse(day), POLICE, PROTESTERS);
    }

    @Test
    void theMergedEventsAreTheEmbeddedStoresBatchByBatchAndAfterAnArticleMoves() {
        ArticleGraph first = arrest("first", "2022-01-08");
        ArticleGraph second = arrest("second", "2022-01-09");
        ArticleGraph later = arrest("later", "2022-02-15");
        try (Store local = Store.open(tmp.resolve("local")); RemoteStore remote = RemoteStore.connect(url, TOKEN)) {
            local.replaceGraphs(List.of(first, second, later), false);
            remote.replaceGraphs(List.of(later), false);
            remote.replaceGraphs(List.of(first), false);
            assertThat(merged(served)).as("one report is no merged event").isEmpty();
            remote.replaceGraphs(List.of(second), false);

            Set<Triple> merged = merged(local);
            assertThat(merged).filteredOn(t -> t.getPredicate().equals(NG.report.asNode())).hasSize(2);
            assertThat(merged(served)).isEqualTo(merged);
            assertThat(served.articleGraphs()).hasSize(3);
            assertThat(remote.holds(first.graph(), first.contentHash())).isTrue();
            assertThat(remote.holds(first.graph(), "another")).isFalse();

            // the second outlet's article, re-dated next to the later one: the first merge goes, another comes
            ArticleGraph moved = arrest("second", "2022-02-14");
            local.replaceGraphs(List.of(moved), false);
            assertThat(remote.replaceGraphs(List.of(moved), false)).extracting(IngestResult::status)
                    .containsExactly(IngestResult.Status.INGESTED);
            assertThat(merged(local)).isNotEqualTo(merged).isNotEmpty();
            assertThat(merged(served)).isEqualTo(merged(local));

            assertThat(remote.replaceGraphs(List.of(moved, first), false)).extracting(IngestResult::status)
                    .containsExactly(IngestResult.Status.UNCHANGED, IngestResult.Status.UNCHANGED);
        }
    }

    @Test
    void withoutTheServersTokenConnectingIsOneLineSayingHowToGiveIt() {
        assertThatThrownBy(() -> RemoteStore.connect(url, null)).isInstanceOf(StoreException.class)
                .hasMessage("target " + url + "/update refused the request (401 Unauthorized): give its write token"
                        + " with --target-token-file or NEWSGRAPH_TARGET_TOKEN");
        assertThatThrownBy(() -> RemoteStore.connect(url, "not-the-token-at-all")).isInstanceOf(StoreException.class)
                .hasMessageContaining("401 Unauthorized");
    }

    private static Set<Triple> merged(Store s) {
        Set<Triple> out = new HashSet<>();
        s.export(Store.MERGED_GRAPH, false, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(t);
            }
        });
        return out;
    }
}

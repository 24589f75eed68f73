package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;

/**
 * {@code validate} checks the merged events too, against their shape in {@code ontology/shapes.ttl}, with their
 * reports and actors seen in the article graphs: a store with two outlets' reports of one arrest conforms; a merged
 * graph damaged behind the store's back (a bug, a hand edit, a write through the server) fails with exit 1 and
 * lines naming the merged event and what is wrong with it.
 */
class ValidateMergedEventsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/merge");

    @TempDir
    Path tmp;
    private String store;

    @BeforeEach
    void twoReportsOfOneArrest() {
        store = tmp.resolve("store").toString();
        for (String file : List.of("police-26.ar.txt", "police-dozens.ar.txt")) {
            Cli.Result r = Cli.run("ingest", "--store", store, "--published", "2022-01-09", CORPUS.resolve(file).toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(merged()).as("the two reports are merged").hasSize(1);
    }

    @Test
    void aSoundMergedGraphConforms() {
        Cli.Result r = Cli.run("validate", "--store", store);
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("2 articles conform to the shapes\n");
    }

    @Test
    void aMergedEventWhoseTargetIsNotItsReportsFailsValidation() {
        Node event = merged().get(0);
        damage(dsg -> {
            dsg.delete(Store.MERGED_GRAPH, event, NG.mergedTarget.asNode(), target(dsg, event));
            dsg.add(Store.MERGED_GRAPH, event, NG.mergedTarget.asNode(), NodeFactory.createURI(NG.ID + "country/KZ"));
        });
        Cli.Result r = Cli.run("validate", "--store", store);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(Store.MERGED_GRAPH.getURI() + " (merged events): ")
                .contains(event.getURI()).contains("does not have the merged event's code, source and target")
                .endsWith("0 of 2 articles have violations; the merged events have violations\n");
    }

    @Test
    void aMergedEventLeftWithOneReportFailsValidation() {
        Node event = merged().get(0);
        damage(dsg -> {
            Node report = dsg.find(Store.MERGED_GRAPH, event, NG.report.asNode(), Node.ANY).next().getObject();
            dsg.delete(Store.MERGED_GRAPH, event, NG.report.asNode(), report);
        });
        Cli.Result r = Cli.run("validate", "--store", store);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("a merged event has at least two ng:report");
    }

    private List<Node> merged() {
        try (Store s = Store.openExisting(Path.of(store))) {
            DatasetGraph dsg = s.datasetGraph();
            return Txn.calculateRead(dsg, () -> dsg.stream(Store.MERGED_GRAPH, Node.ANY,
                    org.apache.jena.vocabulary.RDF.type.asNode(), NG.MergedEvent.asNode()).map(q -> q.getSubject()).toList());
        }
    }

    private static Node target(DatasetGraph dsg, Node event) {
        return dsg.find(Store.MERGED_GRAPH, event, NG.mergedTarget.asNode(), Node.ANY).next().getObject();
    }

    /** Changes the merged graph directly, as nothing in newsgraph would. */
    private void damage(java.util.function.Consumer<DatasetGraph> change) {
        try (Store s = Store.openExisting(Path.of(store))) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeWrite(dsg, () -> change.accept(dsg));
        }
    }
}

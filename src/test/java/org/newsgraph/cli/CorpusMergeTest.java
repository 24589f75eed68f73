package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.QueryLibrary;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.Store;
import org.newsgraph.testing.Cli;

/**
 * Cross-article merging and identity, end to end through the real Arabic pipeline and the command line, over
 * short articles listed in {@code corpus/merge/manifest.tsv}: two outlets reporting the same arrest with
 * different counts are one merged event, an unrelated arrest and the same arrest weeks later are not; re-ingest
 * changes nothing; {@code remove} takes an article's reports out and nothing else.
 */
class CorpusMergeTest {

    private static final Path DIR = Path.of("src/test/resources/corpus/merge");
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String NG = "https://w3id.org/newsgraph/ontology#";

    @TempDir
    Path tmp;

    private Map<String, String> published;

    @BeforeEach
    void readManifest() throws IOException {
        published = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                published.put(cols[0], cols[1]);
            }
        }
    }

    private String store() {
        return tmp.resolve("store").toString();
    }

    private Cli.Result ingest(String file, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--store", store(), "--published", published.get(file)));
        args.addAll(List.of(extra));
        args.add(DIR.resolve(file).toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private void ingestAll() {
        for (String file : published.keySet()) {
            assertThat(ingest(file).code()).as(file).isZero();
        }
    }

    @Test
    void twoOutletsReportingOneArrestAreOneMergedEventListingBothReports() {
        ingestAll();
        List<QuerySolution> rows = query("merged-events");
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.getResource("merged").getURI()).containsOnly(rows.get(0).getResource("merged").getURI())
                .allSatisfy(iri -> assertThat(iri).matches(ID + "merged/[0-9a-f]{16}"));
        QuerySolution first = rows.get(0);
        assertThat(first.getLiteral("code").getString()).isEqualTo("173");
        assertThat(first.getResource("source").getURI()).isEqualTo(ID + "group/police");
        assertThat(first.getResource("target").getURI()).isEqualTo(ID + "group/protesters");
        assertThat(first.getLiteral("first").getLexicalForm()).isEqualTo("2022-01-08");
        assertThat(first.getLiteral("last").getLexicalForm()).isEqualTo("2022-01-09");
        assertThat(first.getLiteral("articles").getInt()).isEqualTo(2);
        // each report keeps its own count and sentence: 26 from one outlet, "dozens" from the other
        assertThat(rows).extracting(r -> r.getLiteral("quantities").getString())
                .containsExactlyInAnyOrder("26 protesters", "~24 protesters");
        assertThat(rows).extracting(r -> r.getLiteral("sentence").getString().split(" ")[0])
                .containsExactlyInAnyOrder("اعتقلت", "ألقت");
        assertThat(rows).extracting(r -> r.getResource("article").getURI())
                .containsExactlyInAnyOrder(articleIri("police-26.ar.txt"), articleIri("police-dozens.ar.txt"));
    }

    @Test
    void mergedEventsConformToTheirShape() {
        ingestAll();
        Graph all = GraphFactory.createDefaultGraph();
        quads().forEach(q -> all.add(q.asTriple()));
        assertThat(Ontology.describe(Ontology.validate(all))).isEmpty();
        Graph broken = GraphFactory.createDefaultGraph();
        all.find().forEach(broken::add);
        broken.remove(Node.ANY, NodeFactory.createURI(NG + "mergedTarget"), Node.ANY);
        broken.add(mergedIri(), NodeFactory.createURI(NG + "mergedTarget"), NodeFactory.createURI(ID + "place/almaty"));
        assertThat(Ontology.describe(Ontology.validate(broken))).anyMatch(l -> l.contains("does not have the merged event's"));
    }

    @Test
    void reIngestingChangesNothingAndForcedReExtractionKeepsTheMergedGraph() {
        ingestAll();
        Set<Quad> before = quads();
        for (String file : published.keySet()) {
            assertThat(ingest(file).out()).as(file).startsWith("ingested 0, unchanged 1");
        }
        assertThat(quads()).containsExactlyInAnyOrderElementsOf(before);
        Set<Quad> merged = graph(before, Store.MERGED_GRAPH);
        assertThat(merged).isNotEmpty();
        assertThat(ingest("police-dozens.ar.txt", "--force").code()).isZero();
        Set<Quad> forced = quads();
        assertThat(graph(forced, Store.MERGED_GRAPH)).containsExactlyInAnyOrderElementsOf(merged);
        // the forced article is rewritten whole: only its run (IRI and start time) differs, no old quad is left
        assertThat(forced.size()).isEqualTo(before.size());
    }

    @Test
    void removeTakesOutTheArticleAndItsReportsAndNothingElse() {
        ingestAll();
        Set<Quad> before = quads();
        String dozens = articleIri("police-dozens.ar.txt");

        Cli.Result removed = Cli.run("remove", "--store", store(), DIR.resolve("police-dozens.ar.txt").toString());
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).isEqualTo("removed " + dozens + "\n");

        // one article's report is left: the merged event is dropped (it stands for two outlets or more)
        Set<Quad> after = quads();
        assertThat(graph(after, Store.MERGED_GRAPH)).isEmpty();
        Set<Quad> expected = new HashSet<>(before);
        expected.removeIf(q -> q.getGraph().getURI().equals(dozens) || q.getGraph().equals(Store.MERGED_GRAPH));
        assertThat(after).containsExactlyInAnyOrderElementsOf(expected);

        // ingesting it again brings the merged event back under the same IRI
        assertThat(ingest("police-dozens.ar.txt").code()).isZero();
        assertThat(graph(quads(), Store.MERGED_GRAPH)).containsExactlyInAnyOrderElementsOf(graph(before, Store.MERGED_GRAPH));
    }

    @Test
    void removingAnUnknownArticleFailsOnOneLineAndRemovesNothing() {
        ingestAll();
        Set<Quad> before = quads();
        String unknown = ID + "article/0123456789abcdef";
        Cli.Result r = Cli.run("remove", "--store", store(), articleIri("police-26.ar.txt"), unknown);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: no article " + unknown + " in store " + store() + "\n");
        assertThat(quads()).containsExactlyInAnyOrderElementsOf(before);

        Cli.Result missing = Cli.run("remove", "--store", store(), tmp.resolve("nothing.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: ").contains("nothing.txt").hasLineCount(1);
        assertThat(quads()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void theSamePersonNoLexiconKnowsIsOneNodeAcrossArticlesAndASurnameIsACandidateDuplicate() {
        ingestAll();
        Node daniar = NodeFactory.createURI(ID + "name/daniar-saiduf");
        Set<String> graphs = quads().stream()
                .filter(q -> q.getObject().equals(daniar) && q.getPredicate().getURI().endsWith("taIdentRef"))
                .map(q -> q.getGraph().getURI()).collect(Collectors.toSet());
        assertThat(graphs).containsExactlyInAnyOrder(articleIri("journalist.ar.txt"), articleIri("journalist-released.ar.txt"));

        List<QuerySolution> dups = query("candidate-duplicates");
        assertThat(dups).extracting(r -> r.getResource("a").getURI() + " ~ " + r.getResource("b").getURI()
                        + " (" + r.getLiteral("reason").getString() + ")")
                .contains(ID + "name/saiduf ~ " + ID + "name/daniar-saiduf (surname of a fuller name)")
                .noneMatch(s -> s.contains("group/police ~"));
    }

    private Node mergedIri() {
        return graph(quads(), Store.MERGED_GRAPH).iterator().next().getSubject();
    }

    private String articleIri(String file) {
        return quads().stream().filter(q -> q.getPredicate().getURI().equals(NG + "readFrom")
                        && q.getObject().getLiteralLexicalForm().endsWith(file))
                .map(q -> q.getSubject().getURI()).findFirst().orElseThrow(() -> new AssertionError("no article " + file));
    }

    private static Set<Quad> graph(Set<Quad> quads, Node g) {
        return quads.stream().filter(q -> q.getGraph().equals(g)).collect(Collectors.toSet());
    }

    /**
     * A store snapshot, literals in canonical form: TDB2 gives an inlined decimal back as "1" or "1.0" depending
     * on its node cache, the same value either way.
     */
    private Set<Quad> quads() {
        Set<Quad> out = new HashSet<>();
        try (Store s = Store.openExisting(Path.of(store()))) {
            s.export(null, true, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    out.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), canonical(q.getObject())));
                }
            });
        }
        return out;
    }

    private static Node canonical(Node n) {
        if (n.isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(n.getLiteralDatatypeURI())) {
            return NodeFactory.createLiteralDT(new java.math.BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros()
                    .toPlainString(), XSDDatatype.XSDdecimal);
        }
        return n;
    }

    /** Reads every value now: TDB2 resolves result nodes lazily, and the store is closed after the query. */
    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap out = new QuerySolutionMap();
        row.varNames().forEachRemaining(v -> out.add(v, row.get(v)));
        return out;
    }

    private List<QuerySolution> query(String name) {
        try (Store s = Store.openExisting(Path.of(store()))) {
            return s.query(QueryFactory.create(QueryLibrary.text(name).orElseThrow()), Map.of(),
                    qe -> ResultSetFormatter.toList(qe.execSelect()).stream().map(CorpusMergeTest::copy).toList());
        }
    }
}

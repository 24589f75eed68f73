package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SCHEMA;

/**
 * The SPARQL Update requests {@link RemoteStore} sends ({@link EventMerger#noteSignatures},
 * {@link EventMerger#recomputeNoted}) make the same merged events as {@link EventMerger} itself, as the embedded
 * store runs it: run here by Jena's own update engine on an in-memory dataset, over many small random corpora
 * (runs of consecutive days, gaps, reports dated by their article, undatable reports, one article's several
 * reports of one event), ingested in random batches and then partly removed. Against a real server:
 * {@code RemoteStoreIT}, {@code RemoteTargetIT}.
 */
class MergeUpdateTest {

    private static final List<Node> ACTORS = List.of(actor("police"), actor("protesters"), actor("army"));
    private static final List<String> CODES = List.of("173", "1823");
    private static final LocalDate FIRST = LocalDate.of(2024, 2, 26);

    private static Node actor(String key) {
        return NodeFactory.createURI(NG.ID + "group/test-" + key);
    }

    @Test
    void remoteRequestsMergeAsTheEmbeddedMergerOverRandomCorporaBatchesAndRemovals() {
        int compared = 0;
        int withMerges = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            List<ArticleGraph> articles = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                articles.add(article(random, seed, i));
            }
            DatasetGraph embedded = DatasetGraphFactory.createTxnMem();
            DatasetGraph remote = DatasetGraphFactory.createTxnMem();
            for (int i = 0; i < articles.size(); ) {
                List<ArticleGraph> batch = articles.subList(i, Math.min(articles.size(), i + 1 + random.nextInt(3)));
                i += batch.size();
                replaceEmbedded(embedded, batch);
                UpdateAction.execute(RemoteStore.replacement(batch), remote);
                assertThat(merged(remote)).as("seed " + seed + " after a batch").isEqualTo(merged(embedded));
                compared++;
            }
            if (!merged(embedded).isEmpty()) {
                withMerges++;
            }
            // an article re-read with its days moved, then one removed
            ArticleGraph moved = article(new Random(seed * 31), seed, random.nextInt(n));
            replaceEmbedded(embedded, List.of(moved));
            UpdateAction.execute(RemoteStore.replacement(List.of(moved)), remote);
            assertThat(merged(remote)).as("seed " + seed + " after a change").isEqualTo(merged(embedded));
            Node gone = articles.get(random.nextInt(n)).graph();
            removeEmbedded(embedded, gone);
            UpdateAction.execute(RemoteStore.removal(List.of(gone)), remote);
            assertThat(merged(remote)).as("seed " + seed + " after a removal").isEqualTo(merged(embedded));
            assertThat(remote.containsGraph(EventMerger.NOTED) && !remote.getGraph(EventMerger.NOTED).isEmpty())
                    .as("the noted signatures are dropped").isFalse();
            compared += 2;
        }
        assertThat(compared).isGreaterThan(75);
        assertThat(withMerges).as("corpora whose reports merge").isGreaterThan(10);
    }

    @Test
    void aRunOfConsecutiveDaysIsCutEveryTwoDaysAsTheGreedyWindowsCutIt() {
        // reports on five consecutive days of a leap year, one article each: windows {26,27} {28,29} {1 March}, the
        // last of one article only
        List<ArticleGraph> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(article("run-" + i, FIRST.plusDays(i), List.of(new Report(CODES.get(0), 0, 1, FIRST.plusDays(i).toString()))));
        }
        DatasetGraph embedded = DatasetGraphFactory.createTxnMem();
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        replaceEmbedded(embedded, articles);
        UpdateAction.execute(RemoteStore.replacement(articles), remote);
        Set<Triple> merged = merged(embedded);
        assertThat(merged).filteredOn(t -> t.getPredicate().equals(RDF.type.asNode())
                && t.getObject().equals(NG.MergedEvent.asNode())).hasSize(2);
        assertThat(merged(remote)).isEqualTo(merged);
    }

    /** One report: code, source and target (indexes into {@link #ACTORS}), and its ng:date (null: none). */
    private record Report(String code, int source, int target, String date) {
    }

    private static ArticleGraph article(Random random, long seed, int i) {
        LocalDate published = FIRST.plusDays(random.nextInt(7));
        List<Report> reports = new ArrayList<>();
        int events = 1 + random.nextInt(3);
        for (int e = 0; e < events; e++) {
            int source = random.nextInt(2);
            String date = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> "2024-03";
                default -> FIRST.plusDays(random.nextInt(7)).toString();
            };
            reports.add(new Report(CODES.get(random.nextInt(CODES.size())), source, 1 + source, date));
        }
        return article(seed + "-" + i, published, reports);
    }

    /** An article graph as the rdf stage writes one: the article, its day, its hash, and its reports. */
    private static ArticleGraph article(String key, LocalDate published, List<Report> reports) {
        Node article = NodeFactory.createURI(NG.ID + "article/test-" + key);
        String hash = key + "@" + published + reports;
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, RDF.type.asNode(), NG.Article.asNode());
        g.add(article, SCHEMA.datePublished.asNode(), NodeFactory.createLiteralDT(published.toString(), XSDDatatype.XSDdate));
        g.add(article, NG.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            Node event = NodeFactory.createURI(NG.ID + "event/test-" + key + "-" + i);
            g.add(event, RDF.type.asNode(), NG.Event.asNode());
            g.add(event, NG.cameoCode.asNode(), NodeFactory.createLiteralString(r.code()));
            g.add(event, NG.source.asNode(), ACTORS.get(r.source()));
            g.add(event, NG.target.asNode(), ACTORS.get(r.target()));
            g.add(event, NG.article.asNode(), article);
            if (r.date() != null) {
                g.add(event, NG.date.asNode(), NodeFactory.createLiteralDT(r.date(),
                        r.date().length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate));
            }
        }
        return new ArticleGraph(article, hash, g);
    }

    /** What {@link Store#replaceGraphs} does to a dataset, for the batch's changed articles. */
    private static void replaceEmbedded(DatasetGraph dsg, List<ArticleGraph> batch) {
        Set<Node> graphs = new LinkedHashSet<>();
        batch.forEach(a -> graphs.add(a.graph()));
        EventMerger.Before before = EventMerger.before(dsg, graphs);
        for (ArticleGraph a : batch) {
            dsg.removeGraph(a.graph());
            a.content().find().forEach(t -> dsg.add(a.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
        }
        before.update(dsg, graphs);
    }

    /** What {@link Store#removeGraphs} does to a dataset. */
    private static void removeEmbedded(DatasetGraph dsg, Node graph) {
        EventMerger.Before before = EventMerger.before(dsg, graph);
        dsg.removeGraph(graph);
        before.update(dsg, graph);
    }

    private static Set<Triple> merged(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        dsg.getGraph(EventMerger.GRAPH).find().forEach(out::add);
        return out;
    }
}

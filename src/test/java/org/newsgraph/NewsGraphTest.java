package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.GraphTarget;
import org.newsgraph.store.IngestResult;
import org.newsgraph.testing.CapitalsExtractorFactory;

/** The pipeline facade: one outcome per input, in order, told as they come; extractors chosen by language. */
class NewsGraphTest {

    private static final Lexicon EMPTY = new Lexicon(List.of(), List.of(), List.of(), List.of(), List.of());

    @TempDir
    Path tmp;

    @Test
    void eachInputGetsItsOutcomeInOrder() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Today Alice met Bob.");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Later Carol saw Dave.");
        List<IngestOutcome> told = new ArrayList<>();
        IngestOptions zz = new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, null, false);

        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            IngestSummary s = ng.ingest(List.of(a.toString(), tmp.resolve("gone.txt").toString(), b.toString()), zz, told::add);

            assertThat(s.outcomes()).isEqualTo(told);
            assertThat(s.outcomes()).extracting(IngestOutcome::status).containsExactly(IngestOutcome.Status.INGESTED,
                    IngestOutcome.Status.FAILED, IngestOutcome.Status.INGESTED);
            assertThat(s.outcomes().get(0).article()).startsWith("https://w3id.org/newsgraph/id/article/");
            assertThat(s.triples()).isEqualTo(s.outcomes().get(0).triples() + s.outcomes().get(2).triples());
            assertThat(ng.store().articleGraphs()).hasSize(2);
            assertThat(s.toString()).startsWith("ingested 2, unchanged 0, failed 1 articles; " + s.triples() + " triples; ");
        }
    }

    @Test
    void anArticleInALanguageWithoutExtractorFailsInOneLine() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Today Alice met Bob.");

        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            IngestSummary s = ng.ingest(List.of(a.toString()), new IngestOptions(null, "xx", null, false), o -> { });

            assertThat(s.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(IngestOutcome.Status.FAILED);
                assertThat(o.error()).startsWith(a + ": no extractor for language 'xx' (there are: ")
                        .contains(CapitalsExtractorFactory.LANGUAGE).doesNotContain("\n");
            });
            assertThat(ng.store().articleGraphs()).isEmpty();
        }
    }

    @Test
    void aCanonicalUrlNamesOneArticleOnly() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Today Alice met Bob.");

        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> EMPTY)) {
            assertThatThrownBy(() -> ng.ingest(List.of(a.toString(), a.toString()),
                    new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, java.net.URI.create("https://example.org/a"), false),
                    o -> { })).hasMessage("--url names one article, but the inputs hold 2");
            assertThat(ng.store().articleGraphs()).isEmpty();
        }
    }

    @Test
    void theLexiconIsReadOnlyWhenAnArticleNeedsIt() throws Exception {
        int[] reads = {0};
        Path a = Files.writeString(tmp.resolve("a.txt"), "Today Alice met Bob.");
        IngestOptions zz = new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, null, false);

        try (NewsGraph ng = NewsGraph.open(tmp.resolve("store"), "test", () -> {
            reads[0]++;
            return EMPTY;
        })) {
            ng.ingest(List.of(tmp.resolve("gone.txt").toString()), zz, o -> { });
            assertThat(reads[0]).isZero();
            ng.ingest(List.of(a.toString()), zz, o -> { });
            ng.ingest(List.of(a.toString()), new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, null, true), o -> { });
            assertThat(reads[0]).isEqualTo(1);
        }
    }

    @Test
    void anyGraphTargetTakesTheArticlesAndUnchangedOnesAreNotWrittenAgain() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Today Alice met Bob.");
        IngestOptions zz = new IngestOptions(null, CapitalsExtractorFactory.LANGUAGE, null, false);
        MemoryTarget target = new MemoryTarget();

        try (NewsGraph ng = NewsGraph.connect(target, "test", () -> EMPTY)) {
            IngestSummary first = ng.ingest(List.of(a.toString()), zz, o -> { });
            IngestSummary again = ng.ingest(List.of(a.toString()), zz, o -> { });

            assertThat(first.count(IngestOutcome.Status.INGESTED)).isEqualTo(1);
            assertThat(target.graphs).containsOnlyKeys(first.outcomes().get(0).article());
            assertThat(target.graphs.get(first.outcomes().get(0).article()).size())
                    .isEqualTo((int) first.outcomes().get(0).triples());
            assertThat(again.count(IngestOutcome.Status.UNCHANGED)).isEqualTo(1);
            assertThat(target.batches).isEqualTo(1);
            assertThatThrownBy(ng::store).isInstanceOf(IllegalStateException.class)
                    .hasMessage("not an embedded store: this ingest writes to memory");
        }
        assertThat(target.closed).isTrue();
    }

    /** A target that keeps graphs in a map, standing for a remote store. */
    private static final class MemoryTarget implements GraphTarget {
        final Map<String, Graph> graphs = new HashMap<>();
        final Map<String, String> hashes = new HashMap<>();
        int batches;
        boolean closed;

        @Override
        public synchronized boolean holds(Node graph, String contentHash) {
            return contentHash.equals(hashes.get(graph.getURI()));
        }

        @Override
        public synchronized List<IngestResult> replaceGraphs(List<ArticleGraph> batch, boolean force) {
            batches++;
            List<IngestResult> out = new ArrayList<>();
            for (ArticleGraph g : batch) {
                graphs.put(g.graph().getURI(), g.content());
                hashes.put(g.graph().getURI(), g.contentHash());
                out.add(new IngestResult(IngestResult.Status.INGESTED, g.size()));
            }
            return out;
        }

        @Override
        public String describe() {
            return "memory";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

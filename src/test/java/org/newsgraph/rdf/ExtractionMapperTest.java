package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Span;
import org.newsgraph.read.Article;

class ExtractionMapperTest {

    static DatasetGraph map(Fixtures.Case c) {
        DatasetGraph ds = DatasetGraphFactory.create();
        ExtractionMapper.emit(c.article(), c.extraction(), Fixtures.RUN, StreamRDFLib.dataset(ds));
        return ds;
    }

    /** On a difference, writes what the mapper gave beside the golden file's name in target/, to diff. */
    private static void assertIsomorphic(String golden, DatasetGraph actual) {
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("src/test/resources/rdf/" + golden);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            Path out = Path.of("target", "actual-" + golden);
            try (var stream = Files.newOutputStream(out)) {
                actual.prefixes().putAll(Ontology.prefixes());
                RDFDataMgr.write(stream, actual, RDFFormat.TRIG_PRETTY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError("the mapping differs from " + golden + "; the mapper's output is in " + out);
        }
    }

    static List<Quad> quads(Fixtures.Case c) {
        List<Quad> quads = new ArrayList<>();
        ExtractionMapper.emit(c.article(), c.extraction(), Fixtures.RUN, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }

    static Fixtures.Case fixture(String lang) {
        return lang.equals("ar") ? Fixtures.arabic() : Fixtures.english();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void mapsToTheGoldenGraph(String lang) {
        assertIsomorphic("mapping-" + lang + ".trig", map(fixture(lang)));
    }

    @Test
    void anArticleWithoutMetadataInWhichNothingWasFoundGivesOnlyArticleRunAndSentences() {
        String text = "لا جديد اليوم.";
        Article a = new Article("-", text, null, "ar", null, null);
        Fixtures.Case c = new Fixtures.Case(a, Extraction.empty("test/1", Fixtures.sentences(text, text)));
        assertIsomorphic("mapping-nothing-found.trig", map(c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void everyQuadIsInTheArticleGraphAndTheDefaultGraphStaysEmpty(String lang) {
        Fixtures.Case c = fixture(lang);
        DatasetGraph ds = map(c);
        Node article = NodeFactory.createURI(Iris.article(c.article()));
        assertThat(ds.getDefaultGraph().isEmpty()).isTrue();
        assertThat(ds.listGraphNodes()).toIterable().containsExactly(article);
    }

    @Test
    void sameInputsGiveTheSameQuadsInTheSameOrder() {
        List<Quad> first = quads(Fixtures.arabic());
        List<Quad> second = quads(Fixtures.arabic());
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first).noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank());
    }

    @Test
    void aSecondRunOfTheSameArticleChangesOnlyTheRun() {
        Fixtures.Case c = Fixtures.arabic();
        RunInfo later = new RunInfo(Fixtures.RUN.started().plusSeconds(3600), Fixtures.RUN.toolVersion());
        List<Quad> second = new ArrayList<>();
        ExtractionMapper.emit(c.article(), c.extraction(), later, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                second.add(quad);
            }
        });
        List<Quad> first = quads(c);
        String key = Iris.articleKey(c.article());
        Node run1 = NodeFactory.createURI(Iris.run(key, Fixtures.RUN));
        Node run2 = NodeFactory.createURI(Iris.run(key, later));
        List<Quad> onlyFirst = new ArrayList<>(first);
        onlyFirst.removeAll(second);
        List<Quad> onlySecond = new ArrayList<>(second);
        onlySecond.removeAll(first);
        assertThat(onlyFirst).isNotEmpty().allMatch(q -> q.getSubject().equals(run1) || q.getObject().equals(run1));
        assertThat(onlySecond).hasSameSizeAs(onlyFirst)
                .allMatch(q -> q.getSubject().equals(run2) || q.getObject().equals(run2));
    }

    @Test
    void twoArticlesShareNoIriOfTheirOwnParts() {
        Set<String> ar = new HashSet<>();
        Set<String> en = new HashSet<>();
        quads(Fixtures.arabic()).forEach(q -> iris(q, ar));
        quads(Fixtures.english()).forEach(q -> iris(q, en));
        ar.retainAll(en);
        assertThat(ar).isNotEmpty().noneMatch(iri -> List.of("article/", "run/", "event/", "role/", "statement/",
                "relation/").stream().anyMatch(kind -> iri.startsWith(NG.ID + kind)));
    }

    private static void iris(Quad q, Set<String> into) {
        for (Node n : List.of(q.getGraph(), q.getSubject(), q.getObject())) {
            if (n.isURI()) {
                into.add(n.getURI());
            }
        }
    }

    @Test
    void aMentionWhoseAnchorIsNotTheTextAtItsSpanIsRejectedWithTheArticleNamed() {
        Fixtures.Case c = Fixtures.english();
        Extraction x = c.extraction();
        List<Mention> mentions = new ArrayList<>(x.mentions());
        mentions.set(0, new Mention("name/lena-ortiz", new Span(0, 10), "Lena Ortiz", 0));
        Extraction broken = new Extraction(x.extractor(), x.sentences(), x.actors(), mentions, x.roles(), x.events(),
                x.relations(), x.statements());
        assertThatThrownBy(() -> ExtractionMapper.emit(c.article(), broken, Fixtures.RUN, StreamRDFLib.sinkNull()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(c.article().source())
                .hasMessageContaining("\"Foreign mi\"");
    }

    @Test
    void aSpanBeyondTheTextIsRejected() {
        Fixtures.Case c = Fixtures.english();
        Extraction x = c.extraction();
        int length = c.article().text().codePointCount(0, c.article().text().length());
        Mention past = new Mention("org/nato", new Span(length - 2, length + 2), "TO.\n", 3);
        List<Mention> mentions = new ArrayList<>(x.mentions());
        mentions.add(past);
        Extraction broken = new Extraction(x.extractor(), x.sentences(), x.actors(), mentions, x.roles(), x.events(),
                x.relations(), x.statements());
        assertThatThrownBy(() -> ExtractionMapper.emit(c.article(), broken, Fixtures.RUN, StreamRDFLib.sinkNull()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends beyond the text");
    }

    @Test
    void aShareIsWrittenAsADecimalInPercentAndACountStaysAnInteger() {
        Fixtures.Case c = Fixtures.arabic();
        Extraction x = c.extraction();
        Event e = x.events().get(1);
        Quantity count = e.quantities().get(0);
        Quantity share = new Quantity(new java.math.BigDecimal("30.77"), "votes", Quantity.PERCENT, false, count.span());
        Event shared = new Event(e.cameo(), e.trigger(), e.triggerSpan(), e.sourceKey(), e.targetKey(), e.placeKey(),
                e.date(), List.of(count, share), e.charge(), e.sentence(), e.confidence());
        Extraction withShare = new Extraction(x.extractor(), x.sentences(), x.actors(), x.mentions(), x.roles(),
                List.of(x.events().get(0), shared), x.relations(), x.statements());
        List<Quad> quads = quads(new Fixtures.Case(c.article(), withShare));
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(NG.value.asNode()))
                .extracting(q -> q.getObject().getLiteralLexicalForm() + " " + q.getObject().getLiteralDatatypeURI())
                .containsExactlyInAnyOrder("12 " + XSDDatatype.XSDnonNegativeInteger.getURI(),
                        "30.77 " + XSDDatatype.XSDdecimal.getURI());
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(NG.unit.asNode()))
                .extracting(q -> q.getObject().getLiteralLexicalForm()).containsExactly("percent");
    }

    @Test
    void anEventWithACodeTheSchemeLacksIsRejected() {
        Fixtures.Case c = Fixtures.english();
        Extraction x = c.extraction();
        Event e = x.events().get(0);
        Event unknown = new Event("999", e.trigger(), e.triggerSpan(), e.sourceKey(), e.targetKey(), e.placeKey(),
                e.date(), e.quantities(), e.charge(), e.sentence(), e.confidence());
        Extraction broken = new Extraction(x.extractor(), x.sentences(), x.actors(), x.mentions(), x.roles(),
                List.of(unknown), x.relations(), x.statements());
        assertThatThrownBy(() -> ExtractionMapper.emit(c.article(), broken, Fixtures.RUN, StreamRDFLib.sinkNull()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999").hasMessageContaining("cameo.ttl");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // U+1D400 (mathematical bold A) takes two UTF-16 units but is one code point.
        String text = "\uD835\uDC00 Ali met Omar.";
        Article a = new Article("t", text, null, "en", null, null);
        Extraction x = new Extraction("t/1", Fixtures.sentences(text, text),
                List.of(new org.newsgraph.extract.Actor("name/omar", org.newsgraph.extract.ActorType.PERSON, null,
                        "Omar", false, null)),
                List.of(new Mention("name/omar", new Span(10, 14), "Omar", 0)), List.of(), List.of(), List.of(),
                List.of());
        DatasetGraph ds = DatasetGraphFactory.create();
        ExtractionMapper.emit(a, x, Fixtures.RUN, StreamRDFLib.dataset(ds));
        Node mention = NodeFactory.createURI(Iris.mention(Iris.article(a), new Span(10, 14)));
        assertThat(ds.find(Node.ANY, mention, NIF.anchorOf.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo("Omar");
    }
}

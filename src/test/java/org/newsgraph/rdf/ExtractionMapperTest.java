package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
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
import org.newsgraph.extract.Span;
import org.newsgraph.read.Article;

class ExtractionMapperTest {

    static DatasetGraph map(Fixtures.Case c) {
        DatasetGraph ds = DatasetGraphFactory.create();
        ExtractionMapper.emit(c.article(), c.extraction(), Fixtures.RUN, StreamRDFLib.dataset(ds));
        return ds;
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
        DatasetGraph actual = map(fixture(lang));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph("src/test/resources/rdf/mapping-" + lang + ".trig");
        assertThat(IsoMatcher.isomorphic(expected, actual))
                .as("mapping of the %s fixture differs from mapping-%s.trig", lang, lang).isTrue();
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

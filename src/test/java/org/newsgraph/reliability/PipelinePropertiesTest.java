package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.RunInfo;
import org.newsgraph.read.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ReadException;
import org.newsgraph.testing.StoreView;

/**
 * Properties of the whole pipeline for any text: reading fails only with {@link ReadException}; every extractor
 * keeps its offsets inside the text and every anchor equal to the text at its offsets; the graph of any article
 * conforms to the SHACL shapes; ingesting the same file again changes nothing.
 */
class PipelinePropertiesTest {

    private static final Lexicon LEXICON = LexiconReader.read();
    /** The real extractors: the test-only language {@code zz} breaks its offsets on purpose. */
    private static final Map<String, Extractor> EXTRACTORS = extractors();

    private static Path storeDir;
    private static NewsGraph store;

    private static Map<String, Extractor> extractors() {
        Map<String, Extractor> out = new TreeMap<>();
        for (ExtractorFactory f : ServiceLoader.load(ExtractorFactory.class)) {
            if (!f.language().equals("zz")) {
                out.put(f.language(), f.create(LEXICON));
            }
        }
        return out;
    }

    /** Words a news text is made of (names the lexicons know, titles, triggers, numbers, dates), and noise. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("بوتين", "فلاديمير", "الرئيس", "الروسي", "روسيا", "كازاخستان", "أردوغان",
                "التقى", "زار", "وقال", "إن", "قوات", "إلى", "في", "يوم", "الخميس", "2022", "٣٠٠", "ألف", "شخص", "قتيل",
                "وزير", "الخارجية", "لافروف", "\"", "«", "»", "،", ".", "؟", "!", "\n", "\n\n", "(", ")", "Putin", "NATO",
                "met", "the", "President", "in", "Moscow", "said", "January", "8", "\u200B", "\u200C", "\u200D", "\u200F",
                "\u202B", "\u202C", "\u2066", "\u2069", "\uFEFF", "\u0640", "\u064B", "\u0651", "\uD83D\uDE00", "<p>",
                "</p>", "<div>", "&amp;", "&#1576;", "\t", "\u00A0", "\r\n");
        Arbitrary<String> tokens = words.list().ofMaxSize(60).map(l -> String.join(" ", l));
        Arbitrary<String> glued = words.list().ofMaxSize(30).map(l -> String.join("", l));
        // any UTF-16 unit but lone surrogates: no decoder makes them, so no article text holds one
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(300);
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(" .،\n")
                .ofMaxLength(300);
        return Arbitraries.oneOf(tokens, glued, any, arabic);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-1256"), Charset.forName("ISO-8859-6"),
                StandardCharsets.UTF_16LE);
    }

    @Property(tries = 200)
    void readingFailsOnlyWithAReadExceptionOfOneLine(@ForAll("texts") String text, @ForAll("charsets") Charset cs,
                                                      @ForAll boolean html) {
        byte[] bytes = (html ? "<html><body><p>" + text + "</p></body></html>" : text).getBytes(cs);
        try {
            Article a = new ArticleReader().read(html ? "any.html" : "any.txt", bytes, null);
            assertThat(a.text()).isNotBlank();
        } catch (ReadException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(html ? "any.html: " : "any.txt: ");
        }
    }

    @Property(tries = 200)
    void extractionKeepsEveryOffsetInsideTheTextAndTheGraphConforms(@ForAll("texts") String text) {
        if (text.isBlank()) {
            return;
        }
        for (var e : EXTRACTORS.entrySet()) {
            Article a = new Article("any.txt", text, null, e.getKey(), null, null);
            Extraction x = e.getValue().extract(a);
            int length = text.codePointCount(0, text.length());
            for (Sentence s : x.sentences()) {
                assertThat(at(text, s.span(), length)).isEqualTo(s.text());
            }
            for (Mention m : x.mentions()) {
                assertThat(at(text, m.span(), length)).as("anchorOf").isEqualTo(m.anchor());
            }
            for (Event ev : x.events()) {
                at(text, ev.triggerSpan(), length);
            }
            for (Statement st : x.statements()) {
                if (st.quoteSpan() != null) {
                    at(text, st.quoteSpan(), length);
                }
            }
            for (Event ev : x.events()) {
                for (Quantity q : ev.quantities()) {
                    at(text, q.span(), length);
                }
            }
            // the mapper sends quads in the article's graph; the shapes judge that graph's triples
            DatasetGraph ds = DatasetGraphFactory.createGeneral();
            ExtractionMapper.emit(a, x, new RunInfo(Instant.EPOCH, "test"), StreamRDFLib.dataset(ds));
            Graph g = GraphFactory.createDefaultGraph();
            ds.find().forEachRemaining(q -> g.add(q.asTriple()));
            assertThat(g.isEmpty()).isFalse();
            ValidationReport report = Ontology.validate(g);
            assertThat(report.conforms()).as(() -> String.join("\n", Ontology.describe(report))).isTrue();
        }
    }

    @Property(tries = 40)
    void ingestingTheSameFileAgainChangesNothing(@ForAll("texts") String text) throws Exception {
        if (store == null) {
            storeDir = Files.createTempDirectory("newsgraph-properties");
            store = NewsGraph.open(storeDir.resolve("store"), "test", () -> LEXICON);
        }
        // lone surrogates become '?', as any writer of UTF-8 would make them
        Path file = Files.write(storeDir.resolve("any.txt"), text.getBytes(StandardCharsets.UTF_8));
        List<String> input = List.of(file.toString());
        IngestOutcome first = store.ingest(input, IngestOptions.DEFAULT, o -> { }).outcomes().get(0);
        var before = StoreView.quadsOf(store.store());
        IngestOutcome second = store.ingest(input, IngestOptions.DEFAULT, o -> { }).outcomes().get(0);
        if (first.status() == IngestOutcome.Status.FAILED) {
            assertThat(second.status()).isEqualTo(IngestOutcome.Status.FAILED);
            assertThat(second.error()).isEqualTo(first.error());
        } else {
            assertThat(second.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
            assertThat(second.article()).isEqualTo(first.article());
        }
        assertThat(StoreView.quadsOf(store.store())).isEqualTo(before);
    }

    @AfterContainer
    static void closeStore() throws Exception {
        if (store != null) {
            store.close();
            try (var s = Files.walk(storeDir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The text at a span (code points), checking the span lies inside the text. */
    private static String at(String text, Span span, int length) {
        assertThat(span.begin()).isBetween(0, length);
        assertThat(span.end()).isBetween(span.begin(), length);
        int b = text.offsetByCodePoints(0, span.begin());
        return text.substring(b, text.offsetByCodePoints(b, span.end() - span.begin()));
    }
}

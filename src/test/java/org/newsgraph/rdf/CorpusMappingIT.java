package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.read.Article;
import org.newsgraph.read.ArticleReader;

/**
 * The real pipeline up to RDF, over every article of {@code examples/manifest.tsv}: read, extract with the
 * language's extractor and the shipped lexicons, map. What the extractors find is scored elsewhere; here the
 * mapping must accept it, conform to the shapes and be the same graph when done twice.
 */
class CorpusMappingIT {

    record Entry(Path file, LocalDate published, String language) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static List<Entry> manifest() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("examples/manifest.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            out.add(new Entry(Path.of("examples", cols[0]), LocalDate.parse(cols[1]), cols[2]));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("manifest")
    void theExtractionOfEveryManifestArticleMapsToAConformingRepeatableGraph(Entry entry) throws IOException {
        Article article = new ArticleReader().read(entry.file().toString(), Files.readAllBytes(entry.file()), null)
                .withPublished(entry.published()).withLanguage(entry.language());
        Extraction extraction = factory(entry.language()).create(LexiconReader.read()).extract(article);

        DatasetGraph first = map(article, extraction);
        DatasetGraph second = map(article, extraction);
        assertThat(IsoMatcher.isomorphic(first, second)).isTrue();
        assertThat(first.getUnionGraph().size()).isGreaterThan(extraction.sentences().size() * 6);
        assertThat(Ontology.describe(Ontology.validate(first.getUnionGraph()))).isEmpty();
    }

    private static DatasetGraph map(Article article, Extraction extraction) {
        DatasetGraph ds = DatasetGraphFactory.create();
        ExtractionMapper.emit(article, extraction, Fixtures.RUN, StreamRDFLib.dataset(ds));
        return ds;
    }

    private static ExtractorFactory factory(String language) {
        try (Stream<ServiceLoader.Provider<ExtractorFactory>> providers =
                     ServiceLoader.load(ExtractorFactory.class).stream()) {
            return providers.map(ServiceLoader.Provider::get).filter(f -> f.language().equals(language)).findFirst()
                    .orElseThrow(() -> new AssertionError("no extractor for " + language));
        }
    }
}

package org.newsgraph.extract.en;

import java.nio.file.Path;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.LexiconReader;

/** The extractor the tests run with, built once from the shipped lexicons of {@code ontology/lexicon/}. */
final class TestLexicons {

    private static Extractor extractor;

    private TestLexicons() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new EnglishExtractorFactory().create(LexiconReader.read(Path.of("ontology/lexicon")));
        }
        return extractor;
    }
}

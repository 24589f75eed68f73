package org.newsgraph.extract.ar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;

/**
 * The lexicons the extractor's tests run with: the shipped ones of {@code ontology/lexicon/} (offices, triggers,
 * cues...) plus the small test gazetteer of {@code src/test/resources/extract/lexicon/}, so tests do not depend on
 * the shipped gazetteer's contents.
 */
final class TestLexicons {

    private static Extractor extractor;

    private TestLexicons() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new ArabicExtractorFactory().create(lexicon());
        }
        return extractor;
    }

    static Lexicon lexicon() {
        Lexicon shipped = LexiconReader.read(Path.of("ontology/lexicon"));
        Lexicon test = LexiconReader.read(Path.of("src/test/resources/extract/lexicon"));
        return new Lexicon(concat(shipped.actors(), test.actors()), concat(shipped.institutions(), test.institutions()),
                concat(shipped.offices(), test.offices()), concat(shipped.triggers(), test.triggers()),
                concat(shipped.media(), test.media()), concat(shipped.cues(), test.cues()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

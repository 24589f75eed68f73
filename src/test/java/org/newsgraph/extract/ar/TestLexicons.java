package org.newsgraph.extract.ar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;

/**
 * The lexicons the extractor's tests run with: the shipped ones of {@code ontology/lexicon/} this extractor's
 * rules depend on (offices, triggers, cues, people, groups, media) plus the small test gazetteer of {@code src/test/resources/extract/lexicon/}, so tests do not depend on
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

    /** The gazetteer's files, left out so the tests run on the small test gazetteer instead. */
    private static final List<String> GAZETTEER = List.of("countries.ttl", "places.ttl", "organizations.ttl",
            "institutions.ttl");

    static Lexicon lexicon() {
        Lexicon shipped = LexiconReader.read(Path.of("ontology/lexicon"), name -> !GAZETTEER.contains(name));
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

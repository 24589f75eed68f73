package org.newsgraph.extract.en;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;

/** Makes the English extractor; compiles the lexicons' English side once, so build one extractor and reuse it. */
public final class EnglishExtractorFactory implements ExtractorFactory {

    /** The English extractor's name and version, recorded as the provenance of what it extracts. */
    static final String NAME = "newsgraph-en/0.1.0";

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        EnglishLexicon compiled = new EnglishLexicon(lexicon.forLanguage(language()));
        return Extractor.of(NAME, article -> new EnglishAnalysis(compiled, article).run(NAME));
    }
}

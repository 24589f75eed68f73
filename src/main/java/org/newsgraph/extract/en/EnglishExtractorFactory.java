package org.newsgraph.extract.en;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;

/** Makes the English extractor; compiles the lexicons' English side once, so build one extractor and reuse it. */
public final class EnglishExtractorFactory implements ExtractorFactory {

    @Override
    public String language() {
        return "en";
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        return new EnglishExtractor(new EnglishLexicon(lexicon.forLanguage(language())));
    }
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;

/** Makes the Arabic extractor; compiles the lexicons once, so build one extractor and reuse it. */
public final class ArabicExtractorFactory implements ExtractorFactory {

    @Override
    public String language() {
        return "ar";
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        return new ArabicExtractor(new CompiledLexicon(lexicon));
    }
}

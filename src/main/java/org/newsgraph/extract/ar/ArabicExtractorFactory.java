package org.newsgraph.extract.ar;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;

/** Makes the Arabic extractor; compiles the lexicons once, so build one extractor and reuse it. */
public final class ArabicExtractorFactory implements ExtractorFactory {

    /** The Arabic extractor's name and version, recorded as the provenance of what it extracts. */
    static final String NAME = "newsgraph-ar/0.1.0";

    @Override
    public String language() {
        return "ar";
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        CompiledLexicon compiled = new CompiledLexicon(lexicon);
        return Extractor.of(NAME, article -> new ArticleAnalysis(compiled, article).run());
    }
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;

/**
 * Makes the Arabic extractor; compiles the lexicons once, so build one extractor and reuse it. The extractor sees
 * only the Arabic (and untagged) values of shared terms: an English word count or object rule on a trigger must not
 * constrain Arabic text.
 */
public final class ArabicExtractorFactory implements ExtractorFactory {

    @Override
    public String language() {
        return "ar";
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        return new ArabicExtractor(new CompiledLexicon(lexicon.forLanguage(language())));
    }
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.read.Article;

/** The Arabic extractor: stateless once built, so one instance serves any number of threads. */
final class ArabicExtractor implements Extractor {

    static final String NAME = "newsgraph-ar/0.1.0";

    private final CompiledLexicon lexicon;

    ArabicExtractor(CompiledLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Extraction extract(Article article) {
        return new ArticleAnalysis(lexicon, article).run();
    }

}

package org.newsgraph.extract.en;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.read.Article;

/** The English extractor: stateless once built, so one instance serves any number of threads. */
final class EnglishExtractor implements Extractor {

    static final String NAME = "newsgraph-en/0.1.0";

    private final EnglishLexicon lexicon;

    EnglishExtractor(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Extraction extract(Article article) {
        return new EnglishAnalysis(lexicon, article).run(NAME);
    }
}

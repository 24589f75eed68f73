package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.lexicon.ActorEntry;
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
        ArabicText text = new ArabicText(article.text());
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < text.sentences.size(); s++) {
            for (Match m : lexicon.matchAll(text.tokensOf(s))) {
                if (m.phrase().kind() == Phrase.Kind.ACTOR || m.phrase().kind() == Phrase.Kind.DEMONYM) {
                    ActorEntry e = m.phrase().actor();
                    actors.computeIfAbsent(e.key(), k -> lexiconActor(e));
                    mentions.add(new Mention(e.key(), new Span(m.begin(), m.end()), text.substring(m.begin(), m.end()), s));
                }
            }
        }
        return new Extraction(NAME, text.sentences, List.copyOf(actors.values()), mentions, List.of(), List.of(),
                List.of(), List.of());
    }

    static Actor lexiconActor(ActorEntry e) {
        return new Actor(e.key(), e.type(), e.labelsAr().isEmpty() ? null : e.labelsAr().get(0),
                e.labelsEn().isEmpty() ? null : e.labelsEn().get(0), false, e.wikidata());
    }
}

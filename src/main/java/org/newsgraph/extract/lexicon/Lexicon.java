package org.newsgraph.extract.lexicon;

import java.util.List;

/**
 * Everything the extractors know in advance, read from {@code ontology/lexicon/*.ttl} by
 * {@code org.newsgraph.rdf.LexiconReader}. Plain data, so that {@code extract} needs no RDF library.
 *
 * @param actors       countries, places, organisations, people and groups
 * @param institutions patterns such as "وزارة الدفاع" + nisba → that country's ministry
 * @param offices      titles and offices
 * @param triggers     event triggers with their CAMEO codes
 * @param media        media of statements (Twitter, Telegram, press conference, statement)
 */
public record Lexicon(List<ActorEntry> actors, List<Term> institutions, List<Term> offices, List<Term> triggers,
                      List<Term> media) {

    public Lexicon {
        actors = List.copyOf(actors);
        institutions = List.copyOf(institutions);
        offices = List.copyOf(offices);
        triggers = List.copyOf(triggers);
        media = List.copyOf(media);
    }
}

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
 * @param cues         the language's function words and cue phrases that rules key on: markers of a former
 *                     office holder, agent and charge markers, number and date words, counted nouns, kinship
 *                     and membership cues. Each term's {@code type} property is the local name of its
 *                     lexicon class ({@code FormerMarker}, {@code NumberWord}...), which says how it is used.
 */
public record Lexicon(List<ActorEntry> actors, List<Term> institutions, List<Term> offices, List<Term> triggers,
                      List<Term> media, List<Term> cues) {

    public Lexicon {
        actors = List.copyOf(actors);
        institutions = List.copyOf(institutions);
        offices = List.copyOf(offices);
        triggers = List.copyOf(triggers);
        media = List.copyOf(media);
        cues = List.copyOf(cues);
    }

    /** A lexicon without cue words (the form the first version of this record had). */
    public Lexicon(List<ActorEntry> actors, List<Term> institutions, List<Term> offices, List<Term> triggers,
                   List<Term> media) {
        this(actors, institutions, offices, triggers, media, List.of());
    }

    /**
     * The lexicon as one language's extractor must see it: every term's properties reduced to the values that
     * carry no language or this one ({@link Term#forLanguage}); actors as they are.
     */
    public Lexicon forLanguage(String language) {
        return new Lexicon(actors, each(institutions, language), each(offices, language), each(triggers, language),
                each(media, language), each(cues, language));
    }

    private static List<Term> each(List<Term> terms, String language) {
        return terms.stream().map(t -> t.forLanguage(language)).toList();
    }

    /** The cue terms of one lexicon class, by its local name ({@code FormerMarker}). */
    public List<Term> cues(String type) {
        return cues.stream().filter(t -> type.equals(t.property("type"))).toList();
    }
}

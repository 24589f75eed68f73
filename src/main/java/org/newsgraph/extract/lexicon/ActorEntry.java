package org.newsgraph.extract.lexicon;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.ActorType;

/**
 * An actor the lexicon knows in advance: a country, place, organisation, person or generic group.
 *
 * @param key        the actor key ({@code country/KZ}, {@code person/karim-massimov}); see
 *                   {@link org.newsgraph.extract.Actor#key()}
 * @param type       what kind of actor
 * @param labelsAr   Arabic labels, the display label first, as the press writes them (no clitics)
 * @param labelsEn   English labels, the display label first
 * @param wikidata   a verified Wikidata id, or {@code null}
 * @param countryKey the country a place, national body or person belongs to, or {@code null}
 * @param capitalKey for a country, the key of its capital (a capital that acts stands for the state), or {@code null}
 * @param demonymsAr for a country, its nisba adjectives in all genders and numbers, without ال
 * @param demonymsEn for a country, its English demonyms ("Kazakh", "Russian")
 * @param isoCode    for a country, its ISO 3166-1 alpha-2 code, or {@code null}
 * @param holds      offices the lexicon knows this person holds or held
 * @param dissolved  for a former state (the Soviet Union), the year it ended, or {@code null}: its capital, which a
 *                   successor keeps, stands for it only in an article written before then
 * @param definiteOnly whether its Arabic labels name it only with the article they are written with (الرهائن are the
 *                   hostages of the story; رهائن says what others are held as), not also bare as other labels
 */
public record ActorEntry(String key, ActorType type, List<String> labelsAr, List<String> labelsEn, String wikidata,
                         String countryKey, String capitalKey, List<String> demonymsAr, List<String> demonymsEn,
                         String isoCode, List<HeldOffice> holds, Integer dissolved, boolean definiteOnly) {

    /** An actor whose labels also name it without their article. */
    public ActorEntry(String key, ActorType type, List<String> labelsAr, List<String> labelsEn, String wikidata,
                      String countryKey, String capitalKey, List<String> demonymsAr, List<String> demonymsEn,
                      String isoCode, List<HeldOffice> holds, Integer dissolved) {
        this(key, type, labelsAr, labelsEn, wikidata, countryKey, capitalKey, demonymsAr, demonymsEn, isoCode, holds,
                dissolved, false);
    }

    /** An actor of no former state. */
    public ActorEntry(String key, ActorType type, List<String> labelsAr, List<String> labelsEn, String wikidata,
                      String countryKey, String capitalKey, List<String> demonymsAr, List<String> demonymsEn,
                      String isoCode, List<HeldOffice> holds) {
        this(key, type, labelsAr, labelsEn, wikidata, countryKey, capitalKey, demonymsAr, demonymsEn, isoCode, holds,
                null);
    }

    public ActorEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        labelsAr = List.copyOf(labelsAr);
        labelsEn = List.copyOf(labelsEn);
        demonymsAr = List.copyOf(demonymsAr);
        demonymsEn = List.copyOf(demonymsEn);
        holds = List.copyOf(holds);
        if (labelsAr.isEmpty() && labelsEn.isEmpty()) {
            throw new IllegalArgumentException("lexicon actor without labels: " + key);
        }
    }
}

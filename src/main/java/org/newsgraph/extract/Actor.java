package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One real-world actor found in an article, whatever the number of times and forms it is mentioned in.
 *
 * @param key       the actor's identity, a readable path that the RDF stage turns into its IRI. Lexicon
 *                  actors keep their lexicon key ({@code country/KZ}, {@code person/kassym-jomart-tokayev},
 *                  {@code org/csto}); actors built from patterns compose it ({@code org/RU/ministry-of-defence});
 *                  people the lexicon does not know get {@code name/} plus a normalised key of their Arabic or
 *                  English name, so the same name in two articles is one actor. Lower-case ASCII letters,
 *                  digits, {@code -}, {@code /} and upper-case ISO codes only.
 * @param type      what kind of actor it is
 * @param labelAr   the Arabic label, or {@code null} when none is known (never invented from English)
 * @param labelEn   the English label, or {@code null} when none is known
 * @param transliterated true when {@code labelEn} was transliterated by rule, not taken from a lexicon
 * @param wikidata  a verified Wikidata id such as {@code Q232}, or {@code null}
 * @param country   for a body of a state (a ministry, an embassy, a parliament, a national party), the key of
 *                  that state's country actor ({@code country/SE} for "السفارة السويدية" wherever it stands);
 *                  {@code null} for anything else or when unknown
 * @param altLabelsEn other English names the article gives it (an acronym in brackets: "AKP"), never null
 */
public record Actor(String key, ActorType type, String labelAr, String labelEn, boolean transliterated, String wikidata,
                    String country, List<String> altLabelsEn) {

    /** Compiled once: every actor of every article is checked against them. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-/]*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("actor key is not a readable path: " + key);
        }
        if (labelAr == null && labelEn == null) {
            throw new IllegalArgumentException("actor without any label: " + key);
        }
        if (wikidata != null && !WIKIDATA.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("not a Wikidata id: " + wikidata);
        }
        if (country != null && (!country.startsWith("country/") || !KEY.matcher(country).matches())) {
            throw new IllegalArgumentException("not a country key: " + country);
        }
        altLabelsEn = List.copyOf(altLabelsEn);
    }

    /** An actor that is no body of a known state and has no alternative labels. */
    public Actor(String key, ActorType type, String labelAr, String labelEn, boolean transliterated, String wikidata) {
        this(key, type, labelAr, labelEn, transliterated, wikidata, null, List.of());
    }
}

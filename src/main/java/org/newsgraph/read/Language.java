package org.newsgraph.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Guesses an article's language when the page does not say: by the script most of its letters are in, and for
 * Latin script by the stop words of the common languages written in it.
 */
final class Language {

    /** BCP 47 "undetermined": the text is neither mostly Arabic nor mostly Latin; the caller decides. */
    static final String UNDETERMINED = "und";

    /** Languages written in Arabic script: a declaration of one of these agrees with Arabic-script text. */
    private static final Set<String> ARABIC_SCRIPT_LANGUAGES =
            Set.of("ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks", "bal", "arz", "ary", "apc", "acm", "ajp");

    private Language() {
    }

    /**
     * Common Latin-script languages told apart by their stop words (Lucene's own lists, so no word list lives
     * here): a French or German article must not be read as English.
     */
    private static final Map<String, CharArraySet> LATIN_STOP_WORDS = Map.of(
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "fr", FrenchAnalyzer.getDefaultStopSet(),
            "de", GermanAnalyzer.getDefaultStopSet(),
            "es", SpanishAnalyzer.getDefaultStopSet(),
            "it", ItalianAnalyzer.getDefaultStopSet(),
            "pt", PortugueseAnalyzer.getDefaultStopSet(),
            "nl", DutchAnalyzer.getDefaultStopSet(),
            "tr", TurkishAnalyzer.getDefaultStopSet(),
            "id", IndonesianAnalyzer.getDefaultStopSet());

    /** Below this share of stop words a Latin text is too short or too odd to tell; it is taken as English. */
    private static final double MIN_STOP_SHARE = 0.05;

    /**
     * {@code ar} when more than half the letters are Arabic script; when more than half are Latin, the Latin-script
     * language whose stop words are most frequent ({@code en} when none stands out); else {@code und}.
     */
    static String byScript(String text) {
        int[] counts = count(text);
        int letters = counts[0];
        if (letters == 0) {
            return UNDETERMINED;
        }
        if (counts[1] * 2 > letters) {
            return "ar";
        }
        if (counts[2] * 2 > letters) {
            return latinLanguage(text);
        }
        return UNDETERMINED;
    }

    private static String latinLanguage(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        Map<String, Integer> hits = new HashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            total++;
            LATIN_STOP_WORDS.forEach((lang, stops) -> {
                if (stops.contains(word)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = "en";
        int bestHits = hits.getOrDefault("en", 0);
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return total > 0 && (double) bestHits / total >= MIN_STOP_SHARE ? best : "en";
    }

    /** The share of letters in Arabic script, 0 when there are no letters. */
    static double arabicShare(String text) {
        int[] counts = count(text);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /**
     * The primary subtag of a declared language ({@code "ar-EG"} gives {@code ar}), or {@code null} when the
     * declaration is not a language tag.
     */
    static String primaryTag(String declared) {
        if (declared == null) {
            return null;
        }
        String primary = declared.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /**
     * The language of an article: the declared one, unless the text's script plainly contradicts it (templates
     * often say {@code lang="en"} or {@code lang="fr"} on Arabic pages); else the one the script suggests.
     */
    static String decide(String declared, String text) {
        String tag = primaryTag(declared);
        String byScript = byScript(text);
        if (tag == null || tag.equals(UNDETERMINED)) {
            return byScript;
        }
        boolean arabicScriptTag = ARABIC_SCRIPT_LANGUAGES.contains(tag);
        boolean latin = !byScript.equals("ar") && !byScript.equals(UNDETERMINED);
        if (byScript.equals("ar") && !arabicScriptTag || latin && arabicScriptTag) {
            return byScript;
        }
        return tag;
    }

    /** {letters, Arabic-script letters, Latin-script letters}. */
    private static int[] count(String text) {
        int[] counts = new int[3];
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            counts[0]++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                counts[1]++;
            } else if (script == Character.UnicodeScript.LATIN) {
                counts[2]++;
            }
        });
        return counts;
    }
}

package org.newsgraph.extract.ar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a written Arabic word is a word of the language, and of what kind, so the name reader can tell an ordinary
 * word (تسميم، أعصاب، حديثا) from a transliterated name (سكريبال، تورتشينوف), which no dictionary of Arabic has.
 * It reads the morfologik POS dictionary LanguageTool builds from Arramooz (org/languagetool/resource/ar/arabic.dict,
 * LGPL); its forms carry no proclitic and no article, so {@link #kind} strips و/ف، ب/ل and ال itself. The
 * dictionary is loaded once, on first use (about 100 ms); lookups are cached, up to a bound. Words are given as written
 * ({@link CompiledLexicon#lightForm}: hamza, alef maqsura and ta marbuta kept, diacritics dropped). Some foreign
 * names are forms of it too (يوليا, a verb; ويلي, a noun with "my"): a caller weighs {@link Kind} with what it
 * knows of the context.
 */
final class ArabicVocabulary {

    /** What a written word is to the dictionary. */
    enum Kind {
        /** No form of the dictionary, as written or after its clitics: a foreign or transliterated word. */
        UNKNOWN,
        /** A form of the dictionary as written (a noun, adjective, verb; an Arab given name is one too: سعيد). */
        WORD,
        /**
         * A noun or adjective in the accusative with its alef of tanween, as an adverb stands (حديثا "recently", مؤخرا،
         * سابقا، صباحا، فارا "fleeing"): the stem is three letters or more and no nisba (ماريا، صوفيا read so too).
         */
        ADVERB,
        /**
         * The same accusative form of a primitive noun only (tag NJ: جوانا، ديانا read so): it may be a given name
         * ending in ا, though never a later word of a transliterated name.
         */
        NOUN_ACCUSATIVE,
        /** No form as written, but a noun after a proclitic و/ف، ب/ل or ال is (بسبب "because of", بغاز "with gas"). */
        CLITIC_WORD
    }

    private static final String RESOURCE = "/org/languagetool/resource/ar/arabic.dict";

    /**
     * How many written words keep their kind. A batch or a server reads an open vocabulary (names, misspellings,
     * every clitic combination), so the cache is bounded: some hundred thousand words cover the common vocabulary of
     * a news stream in a few tens of MB; a word evicted is classified again (a few microseconds).
     */
    static final int CACHE_SIZE = 200_000;

    private static final LoadingCache<String, Kind> CACHE =
            CacheBuilder.newBuilder().maximumSize(CACHE_SIZE).build(CacheLoader.from(ArabicVocabulary::classify));

    /**
     * The dictionary's analyses of the words asked most: the name and clause rules ask the same word's readings
     * several times an article (is it a verb only, a noun with a pronoun only), and a lookup walks the automaton each
     * time. A quarter of the kinds' bound: analyses weigh more than a kind.
     */
    private static final LoadingCache<String, List<WordData>> ANALYSES =
            CacheBuilder.newBuilder().maximumSize(CACHE_SIZE / 4).build(CacheLoader.from(ArabicVocabulary::lookUp));

    private ArabicVocabulary() {
    }

    /** The dictionary, read on first use; the holder idiom makes that thread-safe without a lock on each lookup. */
    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            URL url = ArabicVocabulary.class.getResource(RESOURCE);
            if (url == null) {
                throw new IllegalStateException("no Arabic dictionary on the class path: " + RESOURCE);
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether a written word is a word of the language as written or after its clitics. */
    static boolean isWord(String written) {
        return kind(written) != Kind.UNKNOWN;
    }

    /** What the written word is to the dictionary (see {@link Kind}); cached. */
    static Kind kind(String written) {
        if (written == null || written.length() < 2) {
            return Kind.UNKNOWN;
        }
        return CACHE.getUnchecked(written);
    }

    /**
     * Whether a written word is the future س before an imperfect verb (سيترشح، ستزور، سنعمل): ي، ت or ن after it, and
     * the word without س a verb to the dictionary. A foreign name opening so (ستيفن، سيمون) has no verb after its س
     * often enough to leave to the caller's context; the check itself is on the form.
     */
    static boolean futureVerb(String written) {
        if (written == null || written.length() < 5 || written.charAt(0) != 'س' || "يتن".indexOf(written.charAt(1)) < 0) {
            return false;
        }
        return analyses(written.substring(1)).stream().anyMatch(a -> tag(a).startsWith("V"));
    }

    /**
     * Whether a written word is an imperfect verb and nothing else to the dictionary (يجمع، تطالب): it opens with ي or
     * ت and every reading of it as written is a verb. A given name shaped so (يوسف، تامر) has a noun's reading too.
     */
    static boolean imperfectVerbOnly(String written) {
        if (written == null || written.length() < 4 || "يت".indexOf(written.charAt(0)) < 0) {
            return false;
        }
        List<WordData> readings = analyses(written);
        return !readings.isEmpty() && readings.stream().allMatch(a -> tag(a).startsWith("V"));
    }

    /**
     * Whether every reading the dictionary has of a written word is a verb (لجأ، هرب، أكد): no noun, so no given name
     * either (فهد، حسن، عادل are verbs too, but nouns first). A word the dictionary does not know is none.
     */
    static boolean verbOnly(String written) {
        List<WordData> readings = analyses(written);
        return !readings.isEmpty() && readings.stream().allMatch(a -> tag(a).startsWith("V"));
    }

    /**
     * Whether a written word is ل "so as to" before an imperfect verb with its object pronoun (لتبلغه، لتبلغها،
     * ليطالبهم): ي، ت or ن after the ل, and the word without it, less the pronoun, an imperfect verb to the
     * dictionary. Without a pronoun the form is too often a foreign name's (ليبرمان، ليفني، ليندون read as ل + a verb);
     * with one, no name is made so.
     */
    static boolean purposeVerb(String written) {
        if (written == null || written.length() < 5 || written.charAt(0) != 'ل' || "يتن".indexOf(written.charAt(1)) < 0) {
            return false;
        }
        String verb = written.substring(1);
        for (String pronoun : List.of("هما", "هم", "هن", "ها", "ه")) {
            if (verb.endsWith(pronoun) && verb.length() - pronoun.length() >= 3
                    && imperfect(verb.substring(0, verb.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some reading of a written word is an imperfect verb (tag V..;...-f..). */
    private static boolean imperfect(String written) {
        return analyses(written).stream().map(ArabicVocabulary::tag).anyMatch(t -> t.startsWith("V") && t.contains("-f"));
    }

    /**
     * Whether a written word is ب or ل before the verbal noun of a defective verb of form V or VI (بتلقي "by receiving",
     * لتولي، بتبني، لتحدي: تفعّي/تفاعي), which the dictionary has only as the verb it writes alike (تلقّى): the word
     * after the clitic opens with ت, ends in ي and reads as a verb. No given name is made so; a transliterated one
     * opening with بت or لت (بترايوس) has no verb after its first letter.
     */
    static boolean cliticBeforeDefectiveVerbalNoun(String written) {
        if (written == null || written.length() < 5 || "بل".indexOf(written.charAt(0)) < 0 || written.charAt(1) != 'ت'
                || !written.endsWith("ي")) {
            return false;
        }
        return analyses(written.substring(1)).stream().anyMatch(a -> tag(a).startsWith("V"));
    }

    /**
     * Whether every reading the dictionary has of a written word carries an enclitic pronoun (its tag ends in H: حتفه
     * "his death"، مصرعه، أنصاره), one of them a noun's: a noun possessed by someone, which no name is. A word the
     * dictionary does not know, or knows bare in some reading (عمه is also a noun of its own), is not one.
     */
    static boolean possessedNounOnly(String written) {
        List<WordData> as = analyses(written);
        return !as.isEmpty() && as.stream().allMatch(a -> tag(a).endsWith("H"))
                && as.stream().anyMatch(a -> tag(a).startsWith("N"));
    }

    /** Whether a written word reads as a preposition carrying a pronoun (له، لها، عليه، منه، معه، عنهم). */
    static boolean prepositionWithPronoun(String written) {
        return analyses(written).stream().anyMatch(a -> tag(a).startsWith("PR") && tag(a).endsWith("H"));
    }

    /** How many words the cache holds now (never more than {@link #CACHE_SIZE}). */
    static long cachedWords() {
        CACHE.cleanUp();
        return CACHE.size();
    }

    /** The stem and tag of each analysis of a written word, as the dictionary reads it (shared copies: read only). */
    static List<WordData> analyses(String written) {
        return ANALYSES.getUnchecked(written);
    }

    /** The analyses of a written word looked up (a lookup object is not thread-safe: one per call). */
    private static List<WordData> lookUp(String written) {
        DictionaryLookup lookup = new DictionaryLookup(Holder.DICTIONARY);
        List<WordData> found = copy(lookup.lookup(written));
        if (found.isEmpty() && written.startsWith("ا")) {
            // the press often drops the hamza of an initial alef (اعصاب for أعصاب), which the dictionary writes
            found = copy(lookup.lookup("أ" + written.substring(1)));
            if (found.isEmpty()) {
                found = copy(lookup.lookup("إ" + written.substring(1)));
            }
        }
        return found;
    }

    /** The lookup reuses its WordData objects: keep copies of what is read. */
    private static List<WordData> copy(List<WordData> in) {
        return in.stream().map(WordData::clone).toList();
    }

    private static Kind classify(String w) {
        List<WordData> as = analyses(w);
        if (!as.isEmpty()) {
            if (!adverb(w, as, false)) {
                return Kind.WORD;
            }
            return adverb(w, as, true) ? Kind.ADVERB : Kind.NOUN_ACCUSATIVE;
        }
        DictionaryLookup lookup = new DictionaryLookup(Holder.DICTIONARY);
        for (String rest : withoutClitics(w)) {
            // a vowel letter right after ب/ل is a foreign syllable (بوتين، باولو، لوران), and ين or ون closes a
            // foreign name more often than a plural after ب (بنيامين): neither is a clitic and a word
            if (rest.length() >= 3 && "وياآ".indexOf(rest.charAt(0)) < 0 && !rest.endsWith("ين") && !rest.endsWith("ون")
                    // a bare noun, no construct or accusative form (ريفو "ريف" + و would be a plural in construct)
                    && lookup.lookup(rest).stream().anyMatch(a -> tag(a).startsWith("N") && tag(a).endsWith(";---"))) {
                return Kind.CLITIC_WORD;
            }
        }
        return Kind.UNKNOWN;
    }

    /**
     * Whether one analysis is a singular masculine noun or adjective in the accusative with the alef of tanween
     * (tag "N..;M1A-;--n") whose stem is the word without its final alef, three letters or more, and no nisba in ي;
     * when {@code derived}, an adjective, participle or verbal noun in any number (NA, NM: حديثا، مؤخرا، صباحا), no
     * primitive noun alone.
     */
    private static boolean adverb(String w, List<WordData> as, boolean derived) {
        if (!w.endsWith("ا")) {
            return false;
        }
        String stem = w.substring(0, w.length() - 1);
        if (stem.length() < 3 || stem.endsWith("ي")) {
            return false;
        }
        for (WordData a : as) {
            String t = tag(a);
            if (!t.startsWith("N") || !t.endsWith("A-;--n") || !stem.equals(String.valueOf(a.getStem()))) {
                continue;
            }
            if (derived ? t.startsWith("NA") || t.startsWith("NM") : t.endsWith(";M1A-;--n")) {
                return true;
            }
        }
        return false;
    }

    /** The word with each proclitic sequence the press writes stripped: و/ف, then ب/ل, then ال (ل + ال is لل). */
    private static List<String> withoutClitics(String w) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int c = 0; c <= 1; c++) {
            if (c == 1 && !(w.startsWith("و") || w.startsWith("ف"))) {
                break;
            }
            String a = w.substring(c);
            for (int p = 0; p <= 1; p++) {
                // no ك "like": it is the K of too many foreign names (كمارا، كلينتون) and rare on a noun in the news
                if (p == 1 && !(a.startsWith("ب") || a.startsWith("ل"))) {
                    break;
                }
                String b = a.substring(p);
                if (c + p > 0) {
                    out.add(b);
                }
                if (b.startsWith("ال") && b.length() > 4) {
                    out.add(b.substring(2));
                } else if (p == 1 && a.startsWith("لل") && a.length() > 4) {
                    out.add(a.substring(2));
                }
            }
        }
        return out;
    }

    private static String tag(WordData a) {
        CharSequence t = a.getTag();
        return t == null ? "" : t.toString();
    }
}

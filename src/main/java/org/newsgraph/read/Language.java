package org.newsgraph.read;

import java.util.Locale;
import java.util.Set;

/** Guesses an article's language when the page does not say, by the script most of its letters are in. */
final class Language {

    /** BCP 47 "undetermined": the text is neither mostly Arabic nor mostly Latin; the caller decides. */
    static final String UNDETERMINED = "und";

    /** Languages written in Arabic script: a declaration of one of these agrees with Arabic-script text. */
    private static final Set<String> ARABIC_SCRIPT_LANGUAGES =
            Set.of("ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks", "bal", "arz", "ary", "apc", "acm", "ajp");

    private Language() {
    }

    /**
     * {@code ar} when more than half the letters are Arabic script, {@code en} when more than half are Latin,
     * else {@code und}.
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
            return "en";
        }
        return UNDETERMINED;
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
        if (byScript.equals("ar") && !arabicScriptTag || byScript.equals("en") && arabicScriptTag) {
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

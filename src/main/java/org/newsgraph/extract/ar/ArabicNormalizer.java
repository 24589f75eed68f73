package org.newsgraph.extract.ar;

/**
 * The matching form of Arabic text, one code point at a time so that every character of the matching form
 * keeps its place in the original: short vowels, shadda, sukun, dagger alef, Quranic marks and tatweel are
 * dropped; the hamza-carrying alefs (أ إ آ ٱ) become ا, alef maqsura ى becomes ي, teh marbuta ة becomes ه,
 * ؤ becomes و and ئ becomes ي; Persian kaf and yeh become their Arabic letters; Arabic-Indic and Persian digits
 * become ASCII digits; Latin letters become lower case.
 *
 * <p>The same folding as Lucene's {@code ArabicNormalizer}, done here per code point because Lucene's works in
 * place on a buffer and loses where each character came from.
 */
public final class ArabicNormalizer {

    /** Returned by {@link #fold(int)} for a code point the matching form drops. */
    public static final int DROP = -1;

    private ArabicNormalizer() {
    }

    /** The matching form of one code point, or {@link #DROP}. */
    public static int fold(int cp) {
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x06D6 && cp <= 0x06ED) || cp == 0x0640 || cp == 0x200C || cp == 0x200D
                || cp == 0x200E || cp == 0x200F) {
            return DROP;
        }
        switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ' -> {
                return 'ا';
            }
            case 'ى', 'ی' -> {
                return 'ي';
            }
            case 'ة' -> {
                return 'ه';
            }
            case 'ؤ' -> {
                return 'و';
            }
            case 'ئ' -> {
                return 'ي';
            }
            case 'ک' -> {
                return 'ك';
            }
            default -> {
                // fall through to the ranges below
            }
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return '0' + (cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return '0' + (cp - 0x06F0);
        }
        if (cp < 0x80) {
            return Character.toLowerCase(cp);
        }
        return cp;
    }

    /** The matching form of a whole string (lexicon labels are compiled through this). */
    public static String normalize(String s) {
        // one char at a time while chars are code points (all the text but an emoji or so): appendCodePoint costs
        // more than the folding itself
        char[] out = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return normalizeCodePoints(s, new StringBuilder(s.length()).append(out, 0, n), i);
            }
            int f = fold(c);
            if (f != DROP) {
                // every fold of a char is a char: the letters and digits it maps to are in the BMP
                out[n++] = (char) f;
            }
        }
        return new String(out, 0, n);
    }

    private static String normalizeCodePoints(String s, StringBuilder b, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = fold(cp);
            if (f != DROP) {
                b.appendCodePoint(f);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** True for the letters words are made of (Arabic or Latin), diacritics and tatweel included. */
    public static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x0640;
    }

    /** True for a digit of any of the three digit sets the Arabic press uses. */
    public static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9);
    }
}

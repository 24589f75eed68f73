package org.newsgraph.extract.ar;

import java.util.Map;

/**
 * Rule-based romanisation of Arabic names in matching form, for people no lexicon knows: a readable English
 * label ("صمد أبيش" → "Samad Abish") and a stable ASCII key ({@code samad-abish}). Deterministic, so the same
 * name in two articles gets the same key.
 *
 * <p>Consonants map one to one; و and ي are vowels (u, i) after a consonant and consonants (w, y) at the
 * start or after a vowel; an initial ا/أ is "A", an initial او "U", an initial اي "Ai", an initial ع "A"; the
 * article of a family name is "al-". Short vowels are not written, so in a word with at most one long vowel an
 * "a" is put between two consonants that stand together (صمد → Samad, كريم → Karim).
 */
final class Transliterator {

    private static final Map<Character, String> CONSONANTS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "z"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('ء', ""),
            Map.entry('ع', ""), Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('گ', "g"), Map.entry('ڤ', "v"));

    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-|-$");

    private Transliterator() {
    }

    /** "Samad Abish" for "صمد ابيش" (matching form, words separated by spaces). */
    static String label(String norm) {
        StringBuilder out = new StringBuilder();
        for (String word : norm.split(" ")) {
            String w = word(word);
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /** {@code samad-abish}: the label in lower case, words joined by hyphens, ASCII letters only. */
    static String slug(String norm) {
        String s = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(label(norm).toLowerCase()).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" + Integer.toHexString(norm.hashCode()) : s;
    }

    private static String word(String w) {
        if (w.startsWith("ال") && w.length() > 3) {
            String rest = word(w.substring(2));
            return rest.isEmpty() ? "" : "al-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        long vowels = w.chars().filter(c -> c == 'ا' || c == 'و' || c == 'ي').count();
        boolean fill = vowels <= 1;
        StringBuilder b = new StringBuilder();
        boolean lastVowel = true;
        boolean lastConsonant = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean first = i == 0;
            String add;
            boolean vowel;
            if (c == 'ا') {
                if (first && i + 1 < w.length() && w.charAt(i + 1) == 'و') {
                    add = "u";
                    i++;
                } else if (first && i + 1 < w.length() && w.charAt(i + 1) == 'ي') {
                    add = "ai";
                    i++;
                } else {
                    add = "a";
                }
                vowel = true;
            } else if (c == 'و' || c == 'ي') {
                if (first || lastVowel) {
                    add = c == 'و' ? "w" : "y";
                    vowel = false;
                } else {
                    add = c == 'و' ? "u" : "i";
                    vowel = true;
                }
            } else if (c == 'ع' && first) {
                add = "a";
                vowel = true;
            } else if (c == 'ه' && i == w.length() - 1 && i > 0) {
                add = "a";
                vowel = true;
            } else if (CONSONANTS.containsKey(c)) {
                add = CONSONANTS.get(c);
                vowel = false;
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                add = String.valueOf(c);
                vowel = "aeiou".indexOf(c) >= 0;
            } else {
                continue;
            }
            if (fill && !vowel && lastConsonant && !add.isEmpty()) {
                b.append('a');
            }
            b.append(add);
            if (!add.isEmpty()) {
                lastVowel = vowel;
                lastConsonant = !vowel;
            }
        }
        return b.toString();
    }
}

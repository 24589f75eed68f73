package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule-based romanisation of Arabic names in matching form, for people no lexicon knows: a readable English
 * label ("صمد أبيش" → "Samad Abish") and a stable ASCII key ({@code samad-abish}). Deterministic, so the same
 * name in two articles gets the same key.
 *
 * <p>Consonants map one to one (تش is ch, نغ ng); و and ي are vowels (u, i) after a consonant and consonants (w,
 * y) at the start or after a vowel, a final و is o (بيدرو Bidro); an initial ا is "A", an initial او "O", an
 * initial اي "I", an ع "a" at the start or after a consonant; a final ه after a consonant is "a"; the article of
 * a family name is "al-". Names from other languages keep the endings the English press writes (لافروف -ov,
 * زاخاروفا -ova, باشينيان -yan, باراتاشفيلي -shvili, كوباخيدزه -dze) and their غ is g. Short vowels are not
 * written, so short Arabic names get theirs by pattern (see {@link #fill}). {@code TransliterationTableTest} judges
 * the labels on real names from many regions.
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
        return label(norm, Map.of());
    }

    /**
     * The label, with the words {@code spelled} gives (in matching form) written as it says (محمد Mohammed) and
     * the others by the letter rules.
     */
    static String label(String norm, Map<String, String> spelled) {
        StringBuilder out = new StringBuilder();
        String[] words = norm.split(" ");
        boolean foreignName = false;
        for (String word : words) {
            foreignName |= words.length >= 2 && foreignLooking(word);
        }
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            boolean beforeGod = k + 1 < words.length && words[k + 1].equals(GOD);
            if (word.equals(GOD) && k > 0 && !out.isEmpty()) {
                // عبد الله Abdullah, فتح الله Fathullah, عطا الله Atallah: one name, joined
                out.append(Character.isLetter(out.charAt(out.length() - 1))
                        && "aiu".indexOf(out.charAt(out.length() - 1)) >= 0 ? "llah" : "ullah");
                continue;
            }
            // ءالكسندر: the hamza the caller marks on an opening alef (no article) is no part of the spelled word
            String bare = word.startsWith("ء") && word.length() > 1 ? word.substring(1) : word;
            String w = KINSHIP_PARTICLES.containsKey(word) && words.length > 1
                    ? KINSHIP_PARTICLES.get(word)
                    : spelled.containsKey(bare) && !beforeGod ? spelled.get(bare) : word(word, foreignName, beforeGod);
            if (w.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean lower = (k > 0 && KINSHIP_PARTICLES.containsKey(word))
                    || (k > 0 && words[k - 1].equals("عبد") && w.startsWith("al-"));
            // "Osama bin Laden", "Abd al-Rahman": the particle and the article after عبد stay in lower case
            out.append(lower ? w.charAt(0) : Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /** The word الله in matching form, the second half of a compound name (عبد الله، نصر الله). */
    private static final String GOD = "الله";
    /** "Son of", "daughter of" inside a name (بن علي يلدريم, أسامة بن لادن): as the English press writes them. */
    private static final Map<String, String> KINSHIP_PARTICLES = Map.of("بن", "bin", "ابن", "ibn", "بنت", "bint");

    /** {@code samad-abish}: the label in lower case, words joined by hyphens, ASCII letters only. */
    static String slug(String norm) {
        return slug(norm, Map.of());
    }

    /** The slug of {@link #label(String, Map)}. */
    static String slug(String norm, Map<String, String> spelled) {
        String s = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(label(norm, spelled).toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" + Integer.toHexString(norm.hashCode()) : s;
    }

    /**
     * Endings of names from outside the Arab world, in matching form, and how the press's own English writes them
     * (لافروف Lavrov, زاخاروفا Zakharova, باراتاشفيلي Baratashvili, كوباخيدزه Kobakhidze, فوتشيتش Vucic):
     * read before the letter rules, longest first, only on a word of five letters or more with none of the
     * letters only Arabic words have, so an Arabic name (معروف) keeps its own reading.
     */
    private static final List<Map.Entry<String, String>> FOREIGN_ENDINGS = List.of(
            Map.entry("شفيلي", "shvili"), Map.entry("يفيتش", "evich"), Map.entry("وفيتش", "ovich"),
            Map.entry("ييفا", "iyeva"), Map.entry("ييف", "iyev"), Map.entry("وفا", "ova"), Map.entry("يفا", "eva"),
            Map.entry("وف", "ov"), Map.entry("دزه", "dze"), Map.entry("سكي", "sky"), Map.entry("يان", "yan"));
    /** Letters of Arabic words that names written from other languages hardly use. */
    private static final String ARABIC_ONLY = "عحصضطظذثء";

    /**
     * Whether a word shows its name comes from East or South-East Asia: نغ or تش in it (أونغ، تشان), or a final او
     * (زاو، كياو), which Arabic names do not have (two long vowels would not do: سليمان، إبراهيم are Arabic).
     */
    private static boolean foreignLooking(String w) {
        return !w.startsWith("ال") && (w.contains("نغ") || w.contains("تش") || (w.length() >= 3 && w.endsWith("او")));
    }

    /**
     * One word; {@code foreignName}: another word of the name is {@link #foreignLooking}, so a three-letter word
     * with ي in the middle is a short i (مين Min, وين Win), not the Arabic diphthong of قيس Qays.
     */
    private static String word(String w, boolean foreignName) {
        return word(w, foreignName, false);
    }

    /** {@code beforeGod}: the first half of a compound with الله, which keeps no final short vowel (فتح Fath-ullah). */
    private static String word(String w, boolean foreignName, boolean beforeGod) {
        if (w.startsWith("ال") && w.length() > 3) {
            String rest = word(w.substring(2), foreignName);
            return rest.isEmpty() ? "" : "al-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        if (w.startsWith("وال") && w.length() > 4) {
            // العدالة والتنمية: "and the" inside a name
            String rest = word(w.substring(3), foreignName);
            return rest.isEmpty() ? "" : "wal-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        String ending = "";
        if (w.length() >= 5 && w.chars().noneMatch(c -> ARABIC_ONLY.indexOf(c) >= 0)) {
            for (Map.Entry<String, String> e : FOREIGN_ENDINGS) {
                if (w.endsWith(e.getKey()) && w.length() - e.getKey().length() >= 2) {
                    ending = e.getValue();
                    w = w.substring(0, w.length() - e.getKey().length());
                    break;
                }
            }
        }
        long vowels = w.chars().skip(1).filter(c -> c == 'ا' || c == 'و' || c == 'ي').count() + (ending.isEmpty() ? 0 : 1);
        int n = w.length();
        // a name from another language (غوغوا، غوستافو، سيرغي): written with its vowels, and its غ is g
        boolean foreign = !ending.isEmpty() || (w.chars().noneMatch(c -> ARABIC_ONLY.indexOf(c) >= 0)
                && (vowels >= 2 || (n >= 3 && w.charAt(n - 1) == 'و')));
        boolean opensWithVowel = w.charAt(0) == 'ا' || w.charAt(0) == 'ع';
        int lastConsonantAt = -1;
        for (int k = 0; k < n; k++) {
            if (CONSONANTS.containsKey(w.charAt(k)) && w.charAt(k) != 'ع' && !(k == n - 1 && w.charAt(k) == 'ه')) {
                lastConsonantAt = k;
            }
        }
        StringBuilder b = new StringBuilder();
        boolean lastVowel = true;
        boolean lastConsonant = false;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            boolean first = i == 0;
            boolean last = i == n - 1 && ending.isEmpty();
            String add;
            boolean vowel;
            if (c == 'ا') {
                if (first && i + 1 < n && w.charAt(i + 1) == 'و') {
                    // أوباما، أودينغا، أورتيغا: an initial long o
                    add = "o";
                    i++;
                } else if (first && i + 1 < n && w.charAt(i + 1) == 'ي') {
                    // إيفو، إيراكلي، إيمان: an initial long i
                    add = "i";
                    i++;
                } else {
                    add = "a";
                }
                vowel = true;
            } else if (c == 'و' && last && !first && (!lastVowel || w.charAt(i - 1) == 'ي')) {
                // بيدرو، مادورو، كاستيو: a final و is o
                add = w.charAt(i - 1) == 'ي' ? "yo" : "o";
                vowel = true;
            } else if (c == 'و' || c == 'ي') {
                if (first || lastVowel) {
                    add = c == 'و' ? "w" : "y";
                    vowel = false;
                } else if (c == 'ي' && n == 3 && i == 1 && !foreignName) {
                    // قيس Qays, زيد Zayd: a ي between the two consonants of a three-letter name is a diphthong
                    add = "ay";
                    vowel = true;
                } else {
                    add = c == 'و' ? "u" : "i";
                    vowel = true;
                }
            } else if (c == 'ع' && !first) {
                // an ع after a consonant is heard as a (سعيد Said, جعفر Jaafar), and a و or ي after it stays a vowel
                if (lastConsonant) {
                    b.append('a');
                }
                lastConsonant = false;
                continue;
            } else if (c == 'ع') {
                add = "a";
                vowel = true;
            } else if (c == 'ه' && last && i > 0) {
                // teh marbuta after a consonant or ي (أسامه، تنميه) is a; after ا or و (الله، وجوه) a real h
                char before = w.charAt(i - 1);
                boolean afterLong = lastVowel && (before == 'ا' || before == 'و');
                add = afterLong ? "h" : "a";
                vowel = !afterLong;
            } else if (c == 'ت' && i + 1 < n && w.charAt(i + 1) == 'ش') {
                // غاتشاغوا، تشافيز: ch is written تش
                add = "ch";
                vowel = false;
                i++;
            } else if (c == 'غ' && (foreign || (i > 0 && w.charAt(i - 1) == 'ن'))) {
                // أودينغا، غوستافو: g; an Arabic غ (غسان) is gh
                add = "g";
                vowel = false;
            } else if (CONSONANTS.containsKey(c)) {
                add = CONSONANTS.get(c);
                vowel = false;
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                add = String.valueOf(c);
                vowel = "aeiou".indexOf(c) >= 0;
            } else {
                continue;
            }
            if (!vowel && !add.isEmpty()) {
                seen++;
                boolean atEnd = i == lastConsonantAt && ending.isEmpty();
                char v = lastConsonant && !(atEnd && beforeGod)
                        ? fill(vowels, seen, atEnd, opensWithVowel, i >= 2 && w.charAt(i - 2) == 'ا') : 0;
                if (v != 0) {
                    b.append(v);
                }
            }
            b.append(add);
            if (!add.isEmpty()) {
                lastVowel = vowel;
                lastConsonant = !vowel;
            }
        }
        return b.append(ending).toString();
    }

    /**
     * The short vowel to write before the {@code seen}-th consonant, which follows another, or 0 for none: short
     * vowels are not written, so a word with no long vowel reads CaCaC (صمد Samad) or CaCCaC (محمد Mahmad, نرجس
     * Narjas), a word with one long vowel is opened after its first consonant (كريم Karim, مهسا Mahsa, محمود Mahmud),
     * and a word whose one long vowel is ا before its last two consonants reads CāCiC (خالد Khalid, راشد Rashid).
     * A word opening with a vowel (عبد، عمران) is not opened again. Longer words are left as written: they are
     * mostly names from other languages, written with their vowels.
     */
    private static char fill(long vowels, int seen, boolean atEnd, boolean opensWithVowel, boolean afterLongA) {
        if (vowels > 1) {
            return 0;
        }
        if (seen == 2 && !opensWithVowel) {
            return 'a';
        }
        if (atEnd && seen >= 3 && vowels == 0) {
            return 'a';
        }
        return atEnd && afterLongA ? 'i' : 0;
    }
}

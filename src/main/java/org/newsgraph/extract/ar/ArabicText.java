package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * An article's text cut into sentences and tokens, every position in Unicode code points of the original text
 * (the matching forms live in the tokens; the original is never changed).
 *
 * <p>Sentences end at line breaks, and outside quotation marks at {@code . ! ? ؟ ؛ …}; a quotation is kept whole
 * within its line, so a quoted question does not cut the sentence that reports it.
 */
final class ArabicText {

    final int[] cps;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Token> tokens = new ArrayList<>();
    /** For each sentence, the index of its first token and one past its last. */
    final List<int[]> sentenceTokens = new ArrayList<>();
    /** For each sentence, the index of the line it stands on. */
    final List<Integer> sentenceLine = new ArrayList<>();
    /**
     * A word's readings by its matching form, once per article (a word is read the same wherever it stands,
     * and an article repeats a third of its words); apart for words in a teh marbuta, read with fewer suffixes.
     */
    private final Map<String, List<List<CompiledLexicon.Variant>>> readings = new HashMap<>();
    private final Map<String, List<List<CompiledLexicon.Variant>>> tehMarbutaReadings = new HashMap<>();

    /** The text itself, for {@link #substring} when its code points are its chars. */
    private final String text;
    private final boolean bmp;

    ArabicText(String text) {
        this.cps = text.codePoints().toArray();
        this.text = text;
        this.bmp = cps.length == text.length();
        split();
    }

    /** The original text between two code point offsets. */
    String substring(int begin, int end) {
        // a copy of chars is cheaper than building a string from code points
        return bmp ? text.substring(begin, end) : new String(cps, begin, end - begin);
    }

    List<Token> tokensOf(int sentence) {
        int[] r = sentenceTokens.get(sentence);
        return tokens.subList(r[0], r[1]);
    }

    private void split() {
        int line = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= cps.length; i++) {
            int cp = i < cps.length ? cps[i] : '\n';
            if (cp == '\n' || cp == '\r' || cp == 0x2029) {
                addSentence(start, i, line);
                start = i + 1;
                quoted = false;
                line++;
                continue;
            }
            if (cp == '"') {
                quoted = !quoted;
            } else if (cp == '«' || cp == '“') {
                quoted = true;
            } else if (cp == '»' || cp == '”') {
                quoted = false;
            }
            if (!quoted && isTerminal(cp) && !(cp == '.' && i > 0 && i + 1 < cps.length
                    && ArabicNormalizer.isDigit(cps[i - 1]) && ArabicNormalizer.isDigit(cps[i + 1]))) {
                int j = i;
                while (j + 1 < cps.length && (isTerminal(cps[j + 1]) || cps[j + 1] == '"' || cps[j + 1] == '»'
                        || cps[j + 1] == '”' || cps[j + 1] == ')')) {
                    j++;
                }
                if (j + 1 >= cps.length || Character.isWhitespace(cps[j + 1])) {
                    addSentence(start, j + 1, line);
                    start = j + 1;
                    i = j;
                }
            }
        }
    }

    private static boolean isTerminal(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '؟' || cp == '؛' || cp == '…';
    }

    private void addSentence(int from, int to, int line) {
        while (from < to && Character.isWhitespace(cps[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(cps[to - 1])) {
            to--;
        }
        if (from >= to) {
            return;
        }
        int index = sentences.size();
        sentences.add(new Sentence(index, new Span(from, to), substring(from, to)));
        sentenceLine.add(line);
        int first = tokens.size();
        tokenize(index, from, to);
        sentenceTokens.add(new int[] {first, tokens.size()});
    }

    /** Whether the last letter of the word in {@code [i, j)}, marks aside, is a teh marbuta (ة). */
    private boolean endsWithTehMarbuta(int i, int j) {
        for (int k = j - 1; k >= i; k--) {
            if (ArabicNormalizer.fold(cps[k]) != ArabicNormalizer.DROP) {
                return cps[k] == 'ة';
            }
        }
        return false;
    }

    /**
     * A word's readings without the one that takes its final ه for the pronoun suffix: when the word ends in a
     * teh marbuta that ه is only its matching form (قناة is no "قنا + ه").
     */
    private static List<List<CompiledLexicon.Variant>> withoutHehSuffix(List<List<CompiledLexicon.Variant>> variants,
                                                                         int length) {
        List<List<CompiledLexicon.Variant>> out = new ArrayList<>(variants.size());
        for (List<CompiledLexicon.Variant> vs : variants) {
            List<CompiledLexicon.Variant> kept = new ArrayList<>(vs.size());
            for (CompiledLexicon.Variant v : vs) {
                if (v == vs.get(0) || v.to() != length - 1) {
                    kept.add(v);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** A word's readings without proclitics, each with its readings without a pronoun suffix. */
    private static List<List<CompiledLexicon.Variant>> readings(String form) {
        List<CompiledLexicon.Variant> prefixed = CompiledLexicon.prefixVariants(form);
        List<List<CompiledLexicon.Variant>> out = new ArrayList<>(prefixed.size());
        for (CompiledLexicon.Variant v : prefixed) {
            out.add(CompiledLexicon.suffixVariants(v));
        }
        return out;
    }

    /** Whether code points {@code i..j-1} are tatweels alone between spaces (or the sentence's edges): a dash. */
    private boolean dash(int i, int j, int from, int to) {
        for (int k = i; k < j; k++) {
            if (cps[k] != 0x0640) {
                return false;
            }
        }
        return (i == from || Character.isWhitespace(cps[i - 1])) && (j == to || Character.isWhitespace(cps[j]));
    }

    private void tokenize(int sentence, int from, int to) {
        boolean quoted = false;
        int i = from;
        while (i < to) {
            int cp = cps[i];
            if (Character.isWhitespace(cp)) {
                i++;
                continue;
            }
            int j = i;
            Token.Kind kind;
            if (ArabicNormalizer.isWordChar(cp)) {
                kind = Token.Kind.WORD;
                while (j < to && (ArabicNormalizer.isWordChar(cps[j])
                        || ((cps[j] == '-' || cps[j] == '\'') && j + 1 < to && j > i
                        && ArabicNormalizer.isWordChar(cps[j + 1]) && !ArabicNormalizer.isDigit(cps[j + 1])))) {
                    j++;
                }
            } else if (ArabicNormalizer.isDigit(cp)) {
                kind = Token.Kind.NUMBER;
                while (j < to && (ArabicNormalizer.isDigit(cps[j]) || ((cps[j] == ',' || cps[j] == '٬'
                        || cps[j] == '.' || cps[j] == '٫') && j + 1 < to && ArabicNormalizer.isDigit(cps[j + 1])))) {
                    j++;
                }
            } else {
                kind = Token.Kind.PUNCT;
                j = i + 1;
            }
            StringBuilder norm = new StringBuilder(j - i);
            int[] pos = new int[j - i];
            int len = 0;
            for (int k = i; k < j; k++) {
                int f = ArabicNormalizer.fold(cps[k]);
                if (kind == Token.Kind.NUMBER && !ArabicNormalizer.isDigit(cps[k])) {
                    f = (cps[k] == '.' || cps[k] == '٫') ? '.' : ArabicNormalizer.DROP;
                }
                if (f != ArabicNormalizer.DROP) {
                    norm.appendCodePoint(f);
                    pos[len++] = k;
                }
            }
            if (kind == Token.Kind.WORD && norm.isEmpty()) {
                if (dash(i, j, from, to)) {
                    // "حزب الرابطة الإسلامية ـ جناح نواز"، "القاهرة ـ وكالات": a tatweel standing alone between
                    // spaces is the press's dash, which sets off what follows as the hyphen does; dropped, the
                    // words on its two sides ran together (a party's name and its wing read as a person's)
                    tokens.add(new Token(tokens.size(), sentence, i, j, "-", new int[]{i}, Token.Kind.PUNCT, quoted,
                            List.of()));
                }
                // a lone tatweel or mark, as in بـ"..." after its letter: no word of its own
                i = j;
                continue;
            }
            boolean quote = kind == Token.Kind.PUNCT && (cp == '"' || cp == '«' || cp == '»' || cp == '“' || cp == '”');
            if (quote) {
                quoted = cp == '"' ? !quoted : (cp == '«' || cp == '“');
            }
            String form = norm.toString();
            List<List<CompiledLexicon.Variant>> variants = List.of();
            if (kind == Token.Kind.WORD) {
                variants = endsWithTehMarbuta(i, j)
                        ? tehMarbutaReadings.computeIfAbsent(form, f -> withoutHehSuffix(readings(f), f.length()))
                        : readings.computeIfAbsent(form, ArabicText::readings);
            }
            tokens.add(new Token(tokens.size(), sentence, i, j, form,
                    len == pos.length ? pos : java.util.Arrays.copyOf(pos, len), kind, quoted && !quote, variants));
            i = j;
        }
    }
}

package org.newsgraph.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * An English article cut into sentences and tokens, with the map from UTF-16 indices to the code-point offsets
 * every record carries.
 *
 * <p>Sentences end at a line break, and at {@code . ! ?} (with any closing quote or bracket) followed by a word
 * that starts with a capital, a digit or an opening quote, unless the period ends an abbreviation: a letter
 * with periods ("U.S."), a single capital ("J."), or a word the caller lists (month abbreviations, titles).
 * A possessive {@code 's} is a token of its own, so "Russia's" is Russia followed by {@code 's}.
 */
final class EnglishText {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                    // U.S., U.N.
            + "|\\p{L}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}\\d]+|['’](?!s\\b)[\\p{L}\\p{M}]+)*"   // words, Kassym-Jomart, O'Brien
            + "|\\d+(?:[,.]\\d+)*"                                   // 4,266 1.5
            + "|['’]s\\b"                                            // possessive
            + "|\\S");

    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<List<Token>> tokens = new ArrayList<>();
    private final int[] codePointAt;

    EnglishText(String text, Set<String> abbreviations) {
        this.text = text;
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            split(lineStart, lineEnd, abbreviations);
            lineStart = lineEnd + 1;
        }
    }

    /** The code-point offset of a UTF-16 index. */
    int cp(int charIndex) {
        return codePointAt[charIndex];
    }

    Span span(int charBegin, int charEnd) {
        return new Span(cp(charBegin), cp(charEnd));
    }

    String substring(int charBegin, int charEnd) {
        return text.substring(charBegin, charEnd);
    }

    private void split(int from, int to, Set<String> abbreviations) {
        List<int[]> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            raw.add(new int[] {m.start(), m.end()});
        }
        int start = 0;
        for (int i = 0; i < raw.size(); i++) {
            String t = text.substring(raw.get(i)[0], raw.get(i)[1]);
            if (!t.equals(".") && !t.equals("!") && !t.equals("?")) {
                continue;
            }
            int end = i;
            // a quote or bracket right against the mark closes; one after a space opens the next sentence
            while (end + 1 < raw.size() && raw.get(end + 1)[0] == raw.get(end)[1]
                    && closing(text.substring(raw.get(end + 1)[0], raw.get(end + 1)[1]))) {
                end++;
            }
            if (end + 1 >= raw.size()) {
                break;
            }
            String next = text.substring(raw.get(end + 1)[0], raw.get(end + 1)[1]);
            boolean opensSentence = Character.isUpperCase(next.codePointAt(0)) || Character.isDigit(next.codePointAt(0))
                    || "\"“‘'(".contains(next.substring(0, 1));
            if (!opensSentence || (t.equals(".") && i > start && abbreviation(raw.get(i - 1), raw.get(i), abbreviations))) {
                continue;
            }
            add(raw.subList(start, end + 1));
            start = end + 1;
            i = end;
        }
        if (start < raw.size()) {
            add(raw.subList(start, raw.size()));
        }
    }

    private static boolean closing(String t) {
        return t.equals("\"") || t.equals("”") || t.equals("’") || t.equals("'") || t.equals(")");
    }

    private boolean abbreviation(int[] word, int[] period, Set<String> abbreviations) {
        if (word[1] != period[0]) {
            return false;
        }
        String w = text.substring(word[0], word[1]);
        return (w.length() == 1 && Character.isUpperCase(w.charAt(0))) || abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }

    private void add(List<int[]> ts) {
        int begin = ts.get(0)[0];
        int end = ts.get(ts.size() - 1)[1];
        List<Token> out = new ArrayList<>();
        for (int[] t : ts) {
            String s = text.substring(t[0], t[1]);
            Token.Kind kind = Character.isDigit(s.codePointAt(0)) ? Token.Kind.NUMBER
                    : Character.isLetter(s.codePointAt(0)) || s.length() > 1 ? Token.Kind.WORD : Token.Kind.PUNCT;
            String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(new Token(s, lower, out.size(), t[0], t[1], kind));
        }
        sentences.add(new Sentence(sentences.size(), span(begin, end), text.substring(begin, end)));
        tokens.add(List.copyOf(out));
    }
}

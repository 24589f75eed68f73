package org.newsgraph.extract.en;

import java.util.List;

/**
 * Numbers as English writes them: digits with thousands separators ("4,266"), decimals before a multiplier
 * ("1.5 million"), number words ("eight", "twenty-six", "two hundred"), round plurals ("hundreds of") and
 * markers of approximation before them ("more than 100").
 */
final class Numbers {

    /** A number found at tokens {@code first..last}. */
    record Found(long value, boolean approximate, int first, int last) {
    }

    private Numbers() {
    }

    /** The number starting at token {@code i} (an approximation marker included), or null. */
    static Found at(EnglishLexicon lex, List<Token> tokens, int i) {
        boolean approximate = false;
        int first = i;
        Match marker = lex.cueAt("ApproximateMarker", tokens, i);
        if (marker != null) {
            approximate = true;
            i = marker.last() + 1;
        }
        if (i >= tokens.size()) {
            return null;
        }
        double total = 0;
        double current = 0;
        int k = i;
        boolean any = false;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.NUMBER && !any) {
                String digits = t.text().replace(",", "");
                try {
                    current = Double.parseDouble(digits);
                } catch (NumberFormatException e) {
                    return null;
                }
                any = true;
                k++;
                continue;
            }
            Match w = lex.cueAt("NumberWord", tokens, k);
            double[] hyphenated = w == null ? hyphenated(lex, t) : null;
            if (w == null && hyphenated == null) {
                break;
            }
            if (w != null) {
                double v = Double.parseDouble(w.phrase().term().property("value"));
                boolean multiplier = "true".equals(w.phrase().term().property("multiplier"));
                approximate |= "true".equals(w.phrase().term().property("approximate"));
                if (multiplier) {
                    current = (current == 0 ? 1 : current) * v;
                    if (v >= 1000) {
                        total += current;
                        current = 0;
                    }
                } else if (any && current >= 1 && v >= current) {
                    break;
                } else {
                    current += v;
                }
                k = w.last() + 1;
            } else {
                current += hyphenated[0];
                k++;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        long value = Math.round(total + current);
        return new Found(value, approximate, first, k - 1);
    }

    /** "twenty-six" as 26, or null. */
    private static double[] hyphenated(EnglishLexicon lex, Token t) {
        if (!t.isWord() || !t.text().contains("-")) {
            return null;
        }
        double sum = 0;
        for (String part : t.lower().split("-")) {
            Match m = lex.cueAt("NumberWord", List.of(new Token(part, part, 0, 0, 0, Token.Kind.WORD)), 0);
            if (m == null || "true".equals(m.phrase().term().property("multiplier"))) {
                return null;
            }
            sum += Double.parseDouble(m.phrase().term().property("value"));
        }
        return new double[] {sum};
    }
}

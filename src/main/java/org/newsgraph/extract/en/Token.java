package org.newsgraph.extract.en;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  the token as written
 * @param lower its lower-case form, the form lexicon look-ups use
 * @param index position in its sentence, from 0
 * @param begin first UTF-16 index in the article text
 * @param end   UTF-16 index after it
 * @param kind  what it is
 */
record Token(String text, String lower, int index, int begin, int end, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    /** Starts with an upper-case letter. */
    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Every letter upper-case, at least two of them ("KNB", "ALMATY", "U.S."). */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isQuote() {
        return kind == Kind.PUNCT && "\"“”«»".contains(text);
    }
}

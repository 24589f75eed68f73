package org.newsgraph.extract.ar;

import java.util.List;

/**
 * One word, number or punctuation mark of an article.
 *
 * @param index    position among the article's tokens
 * @param sentence index of the sentence it stands in
 * @param begin    first code point in the article text
 * @param end      one past the last code point
 * @param norm     matching form ({@link ArabicNormalizer}); for a number, its ASCII digits
 * @param pos      for each character of {@code norm}, the code point offset in the article it comes from
 * @param kind     word, number or punctuation
 * @param quoted   true inside quotation marks
 * @param variants for a word, its readings without proclitics ({@link CompiledLexicon#prefixVariants}), each
 *                 with its readings without a pronoun suffix, computed once since every lexicon look-up needs them
 */
record Token(int index, int sentence, int begin, int end, String norm, int[] pos, Kind kind, boolean quoted,
             List<List<CompiledLexicon.Variant>> variants) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    boolean is(String punct) {
        return kind == Kind.PUNCT && norm.equals(punct);
    }

    /** The article offset where the character {@code i} of {@code norm} begins ({@code end} for the length). */
    int offsetOf(int i) {
        return i >= pos.length ? end : pos[i];
    }

    /** The article offset just after the character {@code i - 1} of {@code norm}. */
    int endOf(int i) {
        return i >= pos.length ? end : pos[i];
    }
}

package org.newsgraph.extract.ar;

/**
 * A lexicon form found in a sentence.
 *
 * @param phrase   what was found
 * @param first    index of its first token (article-wide)
 * @param last     index of its last token, inclusive
 * @param begin    first code point, after any proclitic (و ف ب ل ك) of the first token
 * @param end      one past the last code point, before any pronoun suffix of the last token
 * @param prefix   the proclitics stripped from the first token, in matching form ("وب"), the article excluded
 */
record Match(Phrase phrase, int first, int last, int begin, int end, String prefix) {

    boolean hasPreposition() {
        return prefix.contains("ب") || prefix.contains("ل") || prefix.contains("ك");
    }
}

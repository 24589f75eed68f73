package org.newsgraph.extract;

import java.util.Objects;

/**
 * A sentence of the article: the unit of evidence every extracted fact points back to.
 *
 * @param index position in the article, from 0
 * @param span  where it stands in the article text (code points)
 * @param text  the sentence exactly as it stands in the article text at {@code span}
 */
public record Sentence(int index, Span span, String text) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
        if (text.codePointCount(0, text.length()) != span.length()) {
            throw new IllegalArgumentException("sentence text does not fit its span " + span);
        }
    }
}

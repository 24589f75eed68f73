package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * Reported speech: who said what, where and when.
 *
 * @param speakerKey actor key of the speaker
 * @param medium     how it was said, as a lexicon key ({@code twitter}, {@code telegram},
 *                   {@code press-conference}, {@code statement}), or {@code null}
 * @param date       when, or {@code null}
 * @param quote      the quoted words, or {@code null} for indirect speech without quotation marks
 * @param quoteSpan  where the quote stands (code points), or {@code null} when {@code quote} is null
 * @param aboutKeys  actors the statement names, other than the speaker
 * @param sentence   index of the sentence the statement begins in
 */
public record Statement(String speakerKey, String medium, PartialDate date, String quote, Span quoteSpan,
                        List<String> aboutKeys, int sentence) {

    public Statement {
        Objects.requireNonNull(speakerKey, "speakerKey");
        if ((quote == null) != (quoteSpan == null)) {
            throw new IllegalArgumentException("a quote and its span go together");
        }
        aboutKeys = List.copyOf(aboutKeys);
    }
}

package org.newsgraph.extract;

import java.util.Objects;

/**
 * One place in the text where an actor is named (a name, a surname alone, a title, a nisba, a metonym).
 *
 * @param actorKey the {@link Actor#key()} it refers to
 * @param span     where it stands (code points), without proclitics such as و or ب
 * @param anchor   the text at {@code span}, exactly
 * @param sentence the {@link Sentence#index()} it stands in
 */
public record Mention(String actorKey, Span span, String anchor, int sentence) {

    public Mention {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.codePointCount(0, anchor.length()) != span.length()) {
            throw new IllegalArgumentException("anchor does not fit its span " + span + ": " + anchor);
        }
    }
}

package org.newsgraph.extract;

import java.util.Objects;

/**
 * A number the text gives with what it counts: "150 جنديا", "مقتل 26 محتجا", "أكثر من مئة", "المئات".
 *
 * @param value       the number (for "hundreds", the lower bound 100 with {@code approximate})
 * @param counts      what is counted, as a lexicon key in English: {@code killed}, {@code injured},
 *                    {@code detained}, {@code soldiers}, {@code vehicles}, {@code people}...
 * @param approximate true for "more than", "about", "hundreds" and the like
 * @param span        where the number stands in the text (code points)
 */
public record Quantity(long value, String counts, boolean approximate, Span span) {

    public Quantity {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(span, "span");
        if (value < 0) {
            throw new IllegalArgumentException("negative quantity");
        }
    }
}

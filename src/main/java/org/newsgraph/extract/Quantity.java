package org.newsgraph.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number the text gives with what it counts: "150 جنديا", "مقتل 26 محتجا", "أكثر من مئة", "المئات", "64.27 بالمئة
 * من الأصوات".
 *
 * @param amount      the number as written, decimals kept (a share of the vote is 30.77, not 31); for "hundreds"
 *                    the lower bound 100 with {@code approximate}
 * @param counts      what is counted, as a lexicon key in English: {@code killed}, {@code injured},
 *                    {@code detained}, {@code soldiers}, {@code vehicles}, {@code people}...
 * @param unit        what the number measures it in when it is no head count: {@code percent} for a share of
 *                    {@code counts}; null for a count
 * @param approximate true for "more than", "about", "hundreds" and the like
 * @param span        where the number stands in the text (code points)
 */
public record Quantity(BigDecimal amount, String counts, String unit, boolean approximate, Span span) {

    /** The unit of a share: the number is a percentage of what {@code counts} names. */
    public static final String PERCENT = "percent";

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(span, "span");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative quantity");
        }
    }

    /** A head count: {@code value} of {@code counts}, with no unit. */
    public Quantity(long value, String counts, boolean approximate, Span span) {
        this(BigDecimal.valueOf(value), counts, null, approximate, span);
    }

    /** The number rounded to a whole one, for the rules that compare counts (a share of 30.77 is 31). */
    public long value() {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether the number has a fraction (30.77), which no integer literal can carry. */
    public boolean fractional() {
        return amount.stripTrailingZeros().scale() > 0;
    }
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.PartialDate;

/** A date expression of a sentence: its first and last token and the date it gives. */
record DateExpr(int first, int last, PartialDate date) {
    int precision() {
        return date.day() != null ? 3 : date.month() != null ? 2 : 1;
    }
}

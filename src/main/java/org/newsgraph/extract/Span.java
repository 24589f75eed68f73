package org.newsgraph.extract;

/**
 * A stretch of an article's text, {@code [begin, end)}, counted in Unicode code points from the start of
 * {@link org.newsgraph.read.Article#text()} (NIF's unit; a UTF-16 index would break on astral characters).
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }
}

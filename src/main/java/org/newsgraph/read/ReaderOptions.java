package org.newsgraph.read;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ArticleReader} reads.
 *
 * @param timeout   how long fetching a URL may take, from connecting to the last byte of the body (files and
 *                  standard input are not timed: a pipe may be slow on purpose)
 * @param maxBytes  the largest input read; a larger file, response or stream fails with "too large"
 * @param userAgent the {@code User-Agent} sent with HTTP requests
 */
public record ReaderOptions(Duration timeout, long maxBytes, String userAgent) {

    /** 10 MiB: far above any news article, small enough to refuse a video or a database dump. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** 20 seconds: news sites are slow, but a tool run on many URLs should not hang on one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** Identifies the tool to the sites it fetches from. */
    public static final String DEFAULT_USER_AGENT = "newsgraph/0.1 (+https://w3id.org/newsgraph)";

    public ReaderOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (userAgent.isBlank() || userAgent.contains("\n") || userAgent.contains("\r")) {
            throw new IllegalArgumentException("userAgent must be one non-blank line");
        }
    }

    /**
     * The defaults.
     *
     * @return a 20 s timeout, a 10 MiB cap and the newsgraph user agent
     */
    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT);
    }
}

package org.newsgraph;

import java.net.URI;
import java.time.LocalDate;

/**
 * What the user says about the articles of one ingest, overriding what the reader finds.
 *
 * @param published the publication date, or {@code null} to keep the one read from the article
 * @param language  the language tag, or {@code null} to keep the detected one
 * @param url       the canonical URL (for one article only), or {@code null}
 * @param force     re-extract and rewrite articles even when their content is unchanged
 */
public record IngestOptions(LocalDate published, String language, URI url, boolean force) {

    public static final IngestOptions DEFAULT = new IngestOptions(null, null, null, false);

    public IngestOptions {
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("not a language tag: " + language);
        }
    }
}

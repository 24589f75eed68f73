package org.newsgraph;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.read.ReaderOptions;

/**
 * What the user says about the articles of one ingest, overriding what the reader finds, and how to run it.
 *
 * @param published the publication date, or {@code null} to keep the one read from the article
 * @param language  the language tag, or {@code null} to keep the detected one
 * @param url       the canonical URL (for one article only), or {@code null}
 * @param force     re-extract and rewrite articles even when their content is unchanged
 * @param reader    limits for reading each input (size, fetch timeout)
 * @param threads   how many articles are read and extracted at once; one more thread writes
 * @param batchSize the most articles written in one write transaction: TDB2 leaves a new version on disk with
 *                  every write transaction, so large batches keep the store small and the ingest fast
 * @param compact   compact an embedded store after an ingest that wrote more than one full batch
 * @param bulk      a first load into an embedded store with no articles yet, through Jena's TDB2 bulk loader (see
 *                  {@link org.newsgraph.store.Store#firstLoad()})
 */
public record IngestOptions(LocalDate published, String language, URI url, boolean force, ReaderOptions reader,
                            int threads, int batchSize, boolean compact, boolean bulk) {

    /** Thousands of articles per commit: the issue measured one commit per 1,000 quads at 30 times a bulk load. */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    public static final IngestOptions DEFAULT = new IngestOptions(null, null, null, false);

    public IngestOptions {
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("not a language tag: " + language);
        }
        Objects.requireNonNull(reader, "reader");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
    }

    /** The given overrides; default reader limits, one thread per core, batches of {@link #DEFAULT_BATCH_SIZE}, compaction on. */
    public IngestOptions(LocalDate published, String language, URI url, boolean force) {
        this(published, language, url, force, ReaderOptions.defaults(), Runtime.getRuntime().availableProcessors(),
                DEFAULT_BATCH_SIZE, true, false);
    }

    public IngestOptions withReader(ReaderOptions reader) {
        return new IngestOptions(published, language, url, force, reader, threads, batchSize, compact, bulk);
    }

    public IngestOptions withThreads(int threads) {
        return new IngestOptions(published, language, url, force, reader, threads, batchSize, compact, bulk);
    }

    public IngestOptions withBatchSize(int batchSize) {
        return new IngestOptions(published, language, url, force, reader, threads, batchSize, compact, bulk);
    }

    public IngestOptions withCompact(boolean compact) {
        return new IngestOptions(published, language, url, force, reader, threads, batchSize, compact, bulk);
    }

    public IngestOptions withBulk(boolean bulk) {
        return new IngestOptions(published, language, url, force, reader, threads, batchSize, compact, bulk);
    }
}

package org.newsgraph.serve;

import java.time.Duration;
import java.util.Objects;

import org.apache.jena.irix.IRIx;

/**
 * How a newsgraph server runs.
 *
 * @param host          the address to listen on ({@code 127.0.0.1} by default: nothing leaves the machine
 *                      unless the operator says so)
 * @param port          the TCP port; {@code 0} picks a free one (tests)
 * @param baseIri       the IRI prefix the store mints data under; {@code /id/{path}} on this server describes
 *                      {@code baseIri + path}. Must end with {@code /}
 * @param queryTimeout  the longest any one SPARQL query may run, on the endpoint and behind the workbench
 * @param resultLimit   the most solutions a query on the endpoint returns (a larger LIMIT is lowered to it)
 * @param writeToken    {@code null} for a read-only server (the default); otherwise SPARQL Update and Graph
 *                      Store writes are enabled for requests that carry {@code Authorization: Bearer <token>}
 * @param maxQueryBytes the largest request body, in bytes, of any request that is not a write: a POSTed query
 *                      (larger ones get 413 before they are read)
 * @param maxWriteBytes the largest request body, in bytes, of a write (SPARQL Update, Graph Store PUT/POST) on a
 *                      writable server; larger than {@code maxQueryBytes} because loading a graph is a write
 */
public record ServeOptions(String host, int port, String baseIri, Duration queryTimeout, int resultLimit,
                           String writeToken, long maxQueryBytes, long maxWriteBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RESULT_LIMIT = 10_000;
    /** 1 MiB: a hand-written or generated query is a few KiB; a megabyte is already a machine gone astray. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 1L << 20;
    /** 64 MiB: room for a large graph in one Graph Store PUT, while a runaway upload stops early. */
    public static final long DEFAULT_MAX_WRITE_BYTES = 64L << 20;
    /** A write token shorter than this is refused: it would be guessable. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(baseIri, "baseIri");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range 0-65535: " + port);
        }
        if (!baseIri.endsWith("/") || !IRIx.create(baseIri).isAbsolute()) {
            throw new IllegalArgumentException("base IRI must be absolute and end with '/': " + baseIri);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (resultLimit < 1) {
            throw new IllegalArgumentException("result limit must be at least 1: " + resultLimit);
        }
        if (writeToken != null && writeToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("write token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (maxQueryBytes < 1 || maxWriteBytes < 1) {
            throw new IllegalArgumentException("body size limits must be at least 1 byte: " + maxQueryBytes + ", " + maxWriteBytes);
        }
        writeToken = writeToken == null ? null : writeToken.strip();
    }

    /** Read-only defaults on the given port, for the store's own IRIs. */
    public static ServeOptions defaults(String baseIri, int port) {
        return new ServeOptions(DEFAULT_HOST, port, baseIri, DEFAULT_TIMEOUT, DEFAULT_RESULT_LIMIT, null,
                DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_WRITE_BYTES);
    }

    public boolean writable() {
        return writeToken != null;
    }

    public ServeOptions withTimeout(Duration timeout) {
        return new ServeOptions(host, port, baseIri, timeout, resultLimit, writeToken, maxQueryBytes, maxWriteBytes);
    }

    public ServeOptions withResultLimit(int limit) {
        return new ServeOptions(host, port, baseIri, queryTimeout, limit, writeToken, maxQueryBytes, maxWriteBytes);
    }

    public ServeOptions withWriteToken(String token) {
        return new ServeOptions(host, port, baseIri, queryTimeout, resultLimit, token, maxQueryBytes, maxWriteBytes);
    }

    public ServeOptions withBodyLimits(long queryBytes, long writeBytes) {
        return new ServeOptions(host, port, baseIri, queryTimeout, resultLimit, writeToken, queryBytes, writeBytes);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ServeOptions[host=" + host + ", port=" + port + ", baseIri=" + baseIri + ", queryTimeout="
               + queryTimeout + ", resultLimit=" + resultLimit + ", maxQueryBytes=" + maxQueryBytes + ", maxWriteBytes=" + maxWriteBytes
               + ", writable=" + writable() + "]";
    }
}

package org.newsgraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches a URL's body as bytes, so the charset rules apply to it like to a file. Redirects are followed by hand
 * (to tell a loop from a long chain and to keep to http and https), the whole exchange is bounded by the timeout,
 * and the body by the size cap while it streams, so a response that never ends fails instead of filling memory.
 */
final class HttpFetcher {

    /** Browsers give up after about 20 redirects; a news article needs a handful at most. */
    static final int MAX_REDIRECTS = 10;

    /** The body of a successful response. */
    record Response(byte[] body, String contentType, URI finalUrl) {
    }

    private final ReaderOptions options;
    /** Made on first use: a client starts a selector thread, which readers of files never need. */
    private HttpClient client;

    HttpFetcher(ReaderOptions options) {
        this.options = options;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(options.timeout())
                    .build();
        }
        return client;
    }

    /** @throws ReadException for a network failure, a non-2xx status, a redirect loop, a timeout, a too-large body */
    Response fetch(String name, URI url) {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        Set<URI> seen = new HashSet<>();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            if (!seen.add(current)) {
                throw new ReadException(name, "redirect loop (at " + current + ")");
            }
            if (redirects > MAX_REDIRECTS) {
                throw new ReadException(name, "too many redirects (more than " + MAX_REDIRECTS + ")");
            }
            HttpResponse<byte[]> response = send(name, current, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                current = redirectTarget(name, current, response);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new ReadException(name, "HTTP " + status);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
            return new Response(decompress(name, response.body(), encoding), contentType, current);
        }
    }

    private URI redirectTarget(String name, URI from, HttpResponse<byte[]> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new ReadException(name, "HTTP " + response.statusCode() + " without a Location"));
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (Exception e) {
            throw new ReadException(name, "redirect to an invalid URL (" + location + ")", e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ReadException(name, "redirect to a non-http URL (" + next + ")");
        }
        return next;
    }

    private HttpResponse<byte[]> send(String name, URI url, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(name, null);
        }
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", options.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                    .header("Accept-Encoding", "gzip")
                    .GET()
                    .build();
            future = client().sendAsync(request, info -> new CappedBody(options.maxBytes(), info));
        } catch (IllegalArgumentException e) {
            // The URI parsed, but is not one HTTP can use (a port out of range, say).
            throw new ReadException(name, "not a usable URL (" + e.getMessage() + ")", e);
        }
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(name, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException(name, "interrupted", e);
        } catch (ExecutionException e) {
            throw failure(name, e.getCause());
        }
    }

    /**
     * The body without its content coding. The cap applies to the decompressed size too, so a small gzip bomb
     * fails as too large.
     */
    private byte[] decompress(String name, byte[] body, String encoding) {
        String coding = encoding.strip().toLowerCase(Locale.ROOT);
        if (coding.equals("identity") || coding.isEmpty() || body.length == 0) {
            return body;
        }
        if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
            throw new ReadException(name, "unsupported content encoding " + coding);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new ReadException(name, ArticleReader.tooLarge(options.maxBytes()));
            }
            return bytes;
        } catch (IOException e) {
            throw new ReadException(name, "corrupt gzip body (" + e.getMessage() + ")", e);
        }
    }

    private ReadException timeout(String name, Throwable cause) {
        return new ReadException(name, "timed out after " + seconds(options.timeout()), cause);
    }

    private ReadException failure(String name, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return new ReadException(name, ArticleReader.tooLarge(options.maxBytes()), cause);
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return timeout(name, cause);
            }
            if (t instanceof UnknownHostException) {
                return new ReadException(name, "unknown host " + t.getMessage(), cause);
            }
            if (t instanceof ConnectException) {
                return new ReadException(name, "cannot connect (connection refused or unreachable)", cause);
            }
        }
        String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return new ReadException(name, "cannot fetch (" + detail + ")", cause);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Raised inside the body subscriber when the body passes the size cap. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than the cap");
        }
    }

    /** Collects the body, failing as soon as it passes {@code max} bytes (declared or streamed). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max, HttpResponse.ResponseInfo info) {
            this.max = max;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > max) {
                result.completeExceptionally(new TooLarge());
            }
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}

package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an {@link ArticleSource} (a file, standard input, an http(s) URL) or bytes in hand into an
 * {@link Article}: HTML pages give their main text without boilerplate, headline, publication date, canonical
 * URL and language; plain text gives its text (title {@code null}). In both, lines that only point to other
 * articles ("read also" lines, a trailing block of related headlines) are left out; see {@link RelatedLinks}.
 *
 * <p>Every failure is a {@link ReadException} whose message is one line naming the input and the reason.
 * A reader holds no per-article state; one instance may read many articles, also from several threads.
 */
public final class ArticleReader {

    private final ReaderOptions options;
    private final HttpFetcher http;

    /** A reader with {@link ReaderOptions#defaults()}. */
    public ArticleReader() {
        this(ReaderOptions.defaults());
    }

    /**
     * A reader with the given timeout, size cap and user agent.
     *
     * @param options how to read; see {@link ReaderOptions#defaults()}
     */
    public ArticleReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.http = new HttpFetcher(options);
    }

    /**
     * Reads one source. {@code Article.source()} is {@link ArticleSource#name()}; for a URL the canonical URL is
     * the page's own ({@code <link rel=canonical>}, {@code og:url}), else the URL reached after redirects.
     *
     * @param source the input, usually from {@link ArticleSources#expand}
     * @return the article; its text is never blank, its language never null ({@code und} when undetermined)
     * @throws ReadException if the input is missing, unreadable, empty, binary, too large, not decodable, has no
     *                       article text, or (for URLs) cannot be fetched: unreachable, HTTP error status,
     *                       redirect loop, timeout
     */
    public Article read(ArticleSource source) {
        Objects.requireNonNull(source, "source");
        if (source instanceof ArticleSource.File f) {
            Path fileName = f.path().getFileName();
            return read(f.name(), readFile(f), null, fileName == null ? "" : fileName.toString(), "empty file", null);
        }
        if (source instanceof ArticleSource.Url u) {
            HttpFetcher.Response response = http.fetch(u.name(), u.url());
            String path = u.url().getPath() == null ? "" : u.url().getPath();
            return read(u.name(), response.body(), response.contentType(), path, "empty response", response.finalUrl());
        }
        if (source instanceof ArticleSource.Stdin s) {
            return read(s.name(), readStream(s.name(), System.in), null, "", "empty input", null);
        }
        ArticleSource.Unavailable unavailable = (ArticleSource.Unavailable) source;
        throw new ReadException(unavailable.name(), unavailable.reason());
    }

    /**
     * Reads bytes already in hand, as if they came from an input called {@code name}.
     *
     * @param name              how the input is named in the article and in errors; its extension
     *                          ({@code .html}, {@code .htm}, {@code .txt}) helps tell HTML from text
     * @param bytes             the content
     * @param contentTypeHeader an HTTP {@code Content-Type} value (its charset wins over the page's), or
     *                          {@code null}
     * @return the article, with no canonical URL unless the page names one
     * @throws ReadException as {@link #read(ArticleSource)}, for the content-related reasons
     */
    public Article read(String name, byte[] bytes, String contentTypeHeader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        return read(name, bytes, contentTypeHeader, name, "empty file", null);
    }

    /**
     * @param fileName    the last part of the path or URL, whose extension hints at HTML or text
     * @param emptyReason what to call zero bytes from this kind of input
     * @param fetchedFrom the URL reached after redirects, or {@code null} when not fetched
     */
    private Article read(String name, byte[] bytes, String contentType, String fileName, String emptyReason,
                         URI fetchedFrom) {
        if (bytes.length > options.maxBytes()) {
            throw new ReadException(name, tooLarge(options.maxBytes()));
        }
        if (bytes.length == 0) {
            throw new ReadException(name, emptyReason);
        }
        Optional<String> binary = Sniffer.binaryKind(bytes, Decoding.declaresUtf16(bytes, contentType));
        if (binary.isPresent()) {
            throw new ReadException(name, "binary content (" + binary.get() + "), not an article");
        }
        String mediaType = mediaType(contentType);
        if (mediaType != null && !isTextual(mediaType)) {
            throw new ReadException(name, "content type " + mediaType + ", not an article");
        }
        String decoded = Decoding.decode(bytes, contentType, name).text();
        if (!TextCleaner.hasVisibleText(decoded)) {
            throw new ReadException(name, "only whitespace, no text");
        }
        if (isHtml(mediaType, fileName, decoded)) {
            return fromHtml(name, decoded, fetchedFrom);
        }
        List<String> lines = RelatedLinks.remove(TextCleaner.paragraphs(decoded));
        if (lines.isEmpty()) {
            throw new ReadException(name, "no article text (only links to other articles)");
        }
        String text = String.join("\n", lines);
        return new Article(name, text, null, Language.byScript(text), null, fetchedFrom);
    }

    private Article fromHtml(String name, String html, URI fetchedFrom) {
        HtmlPage page = HtmlPage.parse(html, fetchedFrom == null ? "" : fetchedFrom.toString());
        List<String> lines = RelatedLinks.remove(TextCleaner.lines(page.text));
        if (lines.isEmpty()) {
            throw new ReadException(name, "no article text found in the HTML");
        }
        String text = String.join("\n", lines);
        URI canonical = page.canonicalUrl != null ? page.canonicalUrl : fetchedFrom;
        return new Article(name, text, page.title, Language.decide(page.declaredLanguage, text), page.published,
                canonical);
    }

    private static boolean isHtml(String mediaType, String fileName, String decoded) {
        if (mediaType != null && (mediaType.contains("html") || mediaType.equals("application/xml")
                || mediaType.equals("text/xml"))) {
            return true;
        }
        if (mediaType != null && mediaType.equals("text/plain")) {
            return false;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || Sniffer.isHtmlDocument(decoded)) {
            return true;
        }
        return !lower.endsWith(".txt") && Sniffer.looksLikeHtml(decoded);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isTextual(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.equals("application/xhtml+xml")
                || mediaType.equals("application/xml") || mediaType.equals("application/octet-stream");
    }

    private byte[] readFile(ArticleSource.File f) {
        Path path = f.path();
        String name = f.name();
        if (Files.isDirectory(path)) {
            throw new ReadException(name, "is a directory");
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) > options.maxBytes()) {
                throw new ReadException(name, tooLarge(options.maxBytes()));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new ReadException(name, "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new ReadException(name, "permission denied", e);
        } catch (IOException e) {
            throw new ReadException(name, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads at most {@code maxBytes}; one byte more means the stream is too large, however long it would go on. */
    private byte[] readStream(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw new ReadException(name, tooLarge(options.maxBytes()));
            }
            return bytes;
        } catch (IOException e) {
            throw new ReadException(name, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** "too large (more than 10 MiB)", in the largest unit the cap is a whole number of. */
    static String tooLarge(long maxBytes) {
        String size;
        if (maxBytes % (1024 * 1024) == 0) {
            size = maxBytes / (1024 * 1024) + " MiB";
        } else if (maxBytes % 1024 == 0) {
            size = maxBytes / 1024 + " KiB";
        } else {
            size = maxBytes + " bytes";
        }
        return "too large (more than " + size + ")";
    }
}

package org.newsgraph.read;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article comes from: a file, an http(s) URL, standard input, or an input that was found unusable
 * while expanding the command line (so the error is reported when it is read, in order, like any other).
 * Creating a source does no I/O; {@link ArticleReader#read(ArticleSource)} does.
 */
public sealed interface ArticleSource
        permits ArticleSource.File, ArticleSource.Url, ArticleSource.Stdin, ArticleSource.Unavailable {

    /**
     * A file; {@link #name()} is the path as given.
     *
     * @param path the file, which need not exist (reading it then fails)
     * @return the source
     */
    static ArticleSource file(Path path) {
        return new File(path, path.toString());
    }

    /**
     * An http or https URL; {@link #name()} is the URL as given.
     *
     * @param url the URL
     * @return the source
     * @throws IllegalArgumentException if the URL is not http or https ({@link ArticleSources#expand} checks this
     *                                  for command-line arguments and never throws)
     */
    static ArticleSource url(URI url) {
        return new Url(url);
    }

    /**
     * Standard input ({@link System#in}), read when the source is read; {@link #name()} is {@code "-"}.
     *
     * @return the source
     */
    static ArticleSource stdin() {
        return new Stdin();
    }

    /**
     * How the user named this input; also {@code Article.source()}.
     *
     * @return the path, the URL, or {@code "-"}
     */
    String name();

    /**
     * A file.
     *
     * @param path the file
     * @param name how the user named it (for a file found in a directory: the directory as given plus the
     *             relative path)
     */
    record File(Path path, String name) implements ArticleSource {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /** An http(s) URL; its name is the URL as given. */
    record Url(URI url) implements ArticleSource {
        public Url {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
        }

        @Override
        public String name() {
            return url.toString();
        }
    }

    /** Standard input. */
    record Stdin() implements ArticleSource {
        @Override
        public String name() {
            return "-";
        }
    }

    /**
     * An input that cannot be read, found so while expanding arguments; reading it throws a
     * {@link ReadException} with {@code reason}.
     *
     * @param name   how the user named it
     * @param reason why it cannot be read, e.g. {@code "no such file or directory"}
     */
    record Unavailable(String name, String reason) implements ArticleSource {
        public Unavailable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

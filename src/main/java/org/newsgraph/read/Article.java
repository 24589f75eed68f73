package org.newsgraph.read;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read from its source: the text extraction sees, and what is known about it.
 *
 * <p>{@code text} is the article's main content, normalised to NFC, with navigation, scripts and lines
 * that only point to other articles already removed. Every offset produced downstream points into this
 * string and counts Unicode code points (not UTF-16 units), as NIF requires.
 *
 * @param source       where the article came from, as the user named it (a path, a URL, or {@code -})
 * @param text         the main text; never blank
 * @param title        the headline, or {@code null} when the source has none
 * @param language     a BCP 47 primary language tag such as {@code ar} or {@code en}
 * @param published    the publication date, or {@code null} when unknown
 * @param canonicalUrl the article's canonical URL, or {@code null} when unknown
 */
public record Article(String source, String text, String title, String language, LocalDate published, URI canonicalUrl) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article text is blank: " + source);
        }
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("not a language tag: " + language);
        }
    }

    /** The same article with another publication date (a user's {@code --published} wins over the page's). */
    public Article withPublished(LocalDate date) {
        return new Article(source, text, title, language, date, canonicalUrl);
    }

    /** The same article declared to be in another language (a user's {@code --lang} wins over detection). */
    public Article withLanguage(String lang) {
        return new Article(source, text, title, lang, published, canonicalUrl);
    }

    /** The same article with a canonical URL given by the user. */
    public Article withCanonicalUrl(URI url) {
        return new Article(source, text, title, language, published, url);
    }
}

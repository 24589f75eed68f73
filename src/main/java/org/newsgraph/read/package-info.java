/**
 * The {@code read} stage: takes bytes (a file, standard input, an HTTP response) in HTML or plain text, gives an
 * {@link org.newsgraph.read.Article}: main text without boilerplate, title, date, canonical URL, language.
 *
 * <p>Entry points: {@link org.newsgraph.read.ArticleSources#expand} turns command-line arguments into
 * {@link org.newsgraph.read.ArticleSource}s; {@link org.newsgraph.read.ArticleReader#read(ArticleSource)} reads
 * one. Every failure is a {@link org.newsgraph.read.ReadException} with a one-line message naming the input.
 *
 * <p>What reading does, in order: refuse binary content and inputs above the size cap; choose the charset (BOM,
 * HTTP header, {@code <meta>}, valid UTF-8, plausibly Arabic windows-1256; valid UTF-8 beats a wrong
 * declaration); for HTML, find the article body and its metadata ({@code HtmlPage}); normalise the text (NFC, no
 * zero-width or bidi controls, one paragraph per line: {@code TextCleaner}); drop lines that only point to other
 * articles ({@code RelatedLinks}); name the language (declared, else by script; {@code und} when neither
 * Arabic nor Latin script dominates, leaving the decision to the caller).
 *
 * <p>Must not import Jena, {@code extract}, {@code store}, {@code serve} or {@code cli}.
 */
package org.newsgraph.read;

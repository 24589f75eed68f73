/**
 * The {@code read} stage: takes bytes (a file, standard input, an HTTP response) in HTML or plain text, gives an
 * {@link org.newsgraph.read.Article}: main text without boilerplate, title, date, canonical URL, language.
 *
 * <p>Must not import Jena, {@code extract}, {@code store}, {@code serve} or {@code cli}.
 */
package org.newsgraph.read;

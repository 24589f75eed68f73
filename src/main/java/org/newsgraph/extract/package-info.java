/**
 * The {@code extract} stage: takes an {@link org.newsgraph.read.Article}, gives an immutable
 * {@link org.newsgraph.extract.Extraction} (sentences, actors, mentions, roles, events, relations, statements),
 * every offset in Unicode code points into the article's text.
 *
 * <p>Language-specific rules live in sub-packages ({@code extract.ar}, {@code extract.en}); names, aliases,
 * titles and trigger words are lexicon data loaded from {@code ontology/}, never Java literals.
 *
 * <p>Must not import Jena, the store or the command line: extraction is a pure function of one article and
 * the lexicons, so it can run on any number of threads or in a batch engine.
 */
package org.newsgraph.extract;

/**
 * The Arabic extractor: takes an {@link org.newsgraph.read.Article} and the lexicons compiled from
 * {@code ontology/} ({@link org.newsgraph.extract.ar.CompiledLexicon}), gives the same immutable
 * {@link org.newsgraph.extract.Extraction} records as {@code extract.en}, every offset in Unicode code points into
 * the article's original text (the matching form — diacritics, tatweel and letter variants removed — is kept
 * apart in {@link org.newsgraph.extract.ar.ArabicText} and never leaks into an offset).
 *
 * <p>One article is analysed by {@code ArticleAnalysis}, which runs one class per stage over a shared per-article
 * state ({@code Stage}): units and names ({@code UnitFinder}), who is who ({@code ActorResolver}), then per
 * sentence dates, events (with their arguments, reactions and unrest rules), quantities, statements and
 * relations, and last the roles. A new rule belongs to the stage whose output it changes; the stages before it
 * have filled the state it reads.
 *
 * <p>Nothing here names a country, person, title or trigger word: those are lexicon data. Must not import Jena,
 * the store or the command line (see {@link org.newsgraph.extract}).
 */
package org.newsgraph.extract.ar;

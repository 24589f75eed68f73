/**
 * The English extractor: the same records as {@code extract.ar}, from English text, with the same actor keys
 * (lexicon actors by their English labels and demonyms, institutions with {@link
 * org.newsgraph.extract.InstitutionActors}), so an actor named in both languages is one actor in the graph.
 *
 * <p>Rules: titles before names ("Kazakh President Kassym-Jomart Tokayev"), appositives ("Abish, a deputy
 * head of the committee and a nephew of Nazarbayev"), possessives ("Russia's defence ministry"), surnames and
 * pronouns resolved within the article, active, passive and nominal triggers, reported speech, numbers in
 * digits and words, and dates relative to the publication date ({@link org.newsgraph.extract.RelativeDates}).
 */
package org.newsgraph.extract.en;

package org.newsgraph.extract.en;

/** A phrase found at tokens {@code first..last} (inclusive) of a sentence. */
record Match(Phrase phrase, int first, int last) {
}

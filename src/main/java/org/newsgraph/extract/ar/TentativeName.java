package org.newsgraph.extract.ar;

/**
 * One word no lexicon knows read as a name after a title with no organisation (وأضاف الوزير أن السفيرة
 * ستغادر): kept only if the title alone names nobody the article introduced, since such a word is as often a
 * verb or a noun as a surname.
 */
record TentativeName(Unit person, RoleDraft draft, int titleBegin, int titleEnd, int titleLast) {
}

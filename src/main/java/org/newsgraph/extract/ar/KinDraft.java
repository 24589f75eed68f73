package org.newsgraph.extract.ar;

import org.newsgraph.extract.lexicon.Term;

/**
 * A person named after a kinship noun with a pronoun (ابن أخيه فلان، زوجته فلانة): kin of the person the
 * pronoun stands for, the one named just before.
 */
record KinDraft(Unit person, Unit of, Term kinship) {
}

package org.newsgraph.extract.ar;

import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.lexicon.Term;

/** A role as found, completed once the article's country is known. */
final class RoleDraft {
    final Unit person;
    final Term office;
    final Unit organization;
    final String organizationKey;
    boolean former;
    PartialDate since;
    PartialDate until;
    final int sentence;

    RoleDraft(Unit person, Term office, Unit organization, String organizationKey, boolean former, PartialDate since,
              PartialDate until, int sentence) {
        this.person = person;
        this.office = office;
        this.organization = organization;
        this.organizationKey = organizationKey;
        this.former = former;
        this.since = since;
        this.until = until;
        this.sentence = sentence;
    }
}

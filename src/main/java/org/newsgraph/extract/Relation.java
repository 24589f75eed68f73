package org.newsgraph.extract;

import java.util.Objects;

/**
 * A static relation between two actors that a sentence states: membership, kinship, alliance.
 *
 * @param subjectKey actor key of the subject
 * @param kind       what relation it is
 * @param objectKey  actor key of the object
 * @param detail     finer wording where the kind is broad ("son of his sister" for a kinship), or {@code null}
 * @param sentence   the index of the evidence sentence
 */
public record Relation(String subjectKey, Kind kind, String objectKey, String detail, int sentence) {

    /** The relations newsgraph extracts; each maps to one property of the ontology. */
    public enum Kind {
        /** subject is a member state or member of the object organisation */
        MEMBER_OF,
        /** subject is the nephew or niece of the object */
        NEPHEW_OF,
        /** subject and object are related by blood or marriage in another way */
        RELATIVE_OF,
        /** subject is an ally of the object */
        ALLY_OF
    }

    public Relation {
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(objectKey, "objectKey");
        if (subjectKey.equals(objectKey)) {
            throw new IllegalArgumentException("an actor in relation with itself: " + subjectKey);
        }
    }
}

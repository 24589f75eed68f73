package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something an actor did to another, as one sentence reports it.
 *
 * @param cameo      the CAMEO event code, two to four digits ("173" arrest, "051" praise); its root and
 *                   PLOVER type come from the CAMEO scheme in {@code ontology/}
 * @param trigger    the lexicon key of the trigger that fired ({@code arrest}, {@code dismiss}...)
 * @param triggerSpan where the trigger word stands (code points)
 * @param sourceKey  who did it (actor key), or {@code null} when the text does not say
 * @param targetKey  to whom (actor key), or {@code null}
 * @param placeKey   where (actor key of a place or country), or {@code null}
 * @param date       when, or {@code null}
 * @param quantities the numbers the sentence gives about it (killed, detained, soldiers sent)
 * @param charge     the charge for legal actions ("الخيانة العظمى"), or {@code null}
 * @param sentence   the index of the evidence sentence
 * @param confidence from 0 to 1: how sure the extractor is of source, target and type together
 */
public record Event(String cameo, String trigger, Span triggerSpan, String sourceKey, String targetKey,
                    String placeKey, PartialDate date, List<Quantity> quantities, String charge, int sentence,
                    double confidence) {

    /** Compiled once: every event of every article is checked against it. */
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

    public Event {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerSpan, "triggerSpan");
        if (!CAMEO.matcher(cameo).matches()) {
            throw new IllegalArgumentException("not a CAMEO code: " + cameo);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
        quantities = List.copyOf(quantities);
    }
}

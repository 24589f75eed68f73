package org.newsgraph.extract.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lexicon term that is not an actor: an office, a trigger, an institution pattern, a medium, a counted thing.
 *
 * @param key        the term's key within its kind ({@code president}, {@code arrest}, {@code ministry-of-defence})
 * @param labelsAr   Arabic labels, display label first
 * @param labelsEn   English labels, display label first
 * @param formsAr    further Arabic surface forms ({@code ng:form}), e.g. a trigger's verb forms
 * @param formsEn    further English surface forms
 * @param properties any other literal property of the term, by the local name of its predicate
 *                   ({@code cameoCode -> 173}); multi-valued properties are joined with {@code |}
 */
public record Term(String key, List<String> labelsAr, List<String> labelsEn, List<String> formsAr,
                   List<String> formsEn, Map<String, String> properties) {

    public Term {
        Objects.requireNonNull(key, "key");
        labelsAr = List.copyOf(labelsAr);
        labelsEn = List.copyOf(labelsEn);
        formsAr = List.copyOf(formsAr);
        formsEn = List.copyOf(formsEn);
        properties = Map.copyOf(properties);
    }

    public String property(String name) {
        return properties.get(name);
    }
}

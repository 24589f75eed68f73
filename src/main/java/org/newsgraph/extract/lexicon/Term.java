package org.newsgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lexicon term that is not an actor: an office, a trigger, an institution pattern, a medium, a counted thing.
 *
 * <p>One term serves every language (the Arabic and the English words for an arrest are one trigger, with one
 * key), so a property may hold words of several languages: {@link #values()} keeps each value's language, and
 * {@link #forLanguage} gives the term as one language's extractor must see it.
 *
 * @param key        the term's key within its kind ({@code president}, {@code arrest}, {@code ministry-of-defence})
 * @param labelsAr   Arabic labels, display label first
 * @param labelsEn   English labels, display label first
 * @param formsAr    further Arabic surface forms ({@code ng:form}), e.g. a trigger's verb forms
 * @param formsEn    further English surface forms
 * @param properties any other literal property of the term, by the local name of its predicate
 *                   ({@code cameoCode -> 173}); multi-valued properties are joined with {@code |}, each distinct
 *                   value once, whatever its language
 * @param values     the same properties value by value: local name, then language tag ({@code ""} for a value
 *                   with none, such as a code or a flag), then the values in file order
 */
public record Term(String key, List<String> labelsAr, List<String> labelsEn, List<String> formsAr,
                   List<String> formsEn, Map<String, String> properties, Map<String, Map<String, List<String>>> values) {

    public Term {
        Objects.requireNonNull(key, "key");
        labelsAr = List.copyOf(labelsAr);
        labelsEn = List.copyOf(labelsEn);
        formsAr = List.copyOf(formsAr);
        formsEn = List.copyOf(formsEn);
        // the names interned: the rules ask by literals, so that a name found compares by identity, not letter by letter
        Map<String, String> named = new LinkedHashMap<>();
        properties.forEach((name, value) -> named.put(name.intern(), value));
        properties = Map.copyOf(named);
        Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
        values.forEach((name, byLanguage) -> {
            Map<String, List<String>> inner = new LinkedHashMap<>();
            byLanguage.forEach((language, vs) -> inner.put(language, List.copyOf(vs)));
            copy.put(name, java.util.Collections.unmodifiableMap(inner));
        });
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** A term whose properties carry no language (the form this record had first): every value counts as untagged. */
    public Term(String key, List<String> labelsAr, List<String> labelsEn, List<String> formsAr, List<String> formsEn,
                Map<String, String> properties) {
        this(key, labelsAr, labelsEn, formsAr, formsEn, properties, untagged(properties));
    }

    private static Map<String, Map<String, List<String>>> untagged(Map<String, String> properties) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        properties.forEach((name, joined) -> out.put(name, Map.of("", List.of(joined.split("\\|")))));
        return out;
    }

    /** A property's values in every language, joined with {@code |}; {@code null} when the term has none. */
    public String property(String name) {
        return properties.get(name);
    }

    /**
     * A property's values that carry no language or the given one, joined with {@code |}; {@code null} when there
     * is none. The English words of a trigger ({@code "to"@en} as a target marker) are not the Arabic ones.
     */
    public String property(String name, String language) {
        List<String> out = new ArrayList<>();
        values.getOrDefault(name, Map.of()).forEach((tag, vs) -> {
            if (tag.isEmpty() || tag.equalsIgnoreCase(language)) {
                vs.stream().filter(v -> !out.contains(v)).forEach(out::add);
            }
        });
        return out.isEmpty() ? null : String.join("|", out);
    }

    /**
     * The term as one language's extractor sees it: labels and forms of every language as they are (each is
     * already per language), properties reduced to the values that carry no language or this one.
     */
    public Term forLanguage(String language) {
        Map<String, String> props = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> kept = new LinkedHashMap<>();
        values.forEach((name, byLanguage) -> {
            String joined = property(name, language);
            if (joined != null) {
                props.put(name, joined);
                Map<String, List<String>> inner = new LinkedHashMap<>();
                byLanguage.forEach((tag, vs) -> {
                    if (tag.isEmpty() || tag.equalsIgnoreCase(language)) {
                        inner.put(tag, vs);
                    }
                });
                kept.put(name, inner);
            }
        });
        return new Term(key, labelsAr, labelsEn, formsAr, formsEn, props, kept);
    }
}

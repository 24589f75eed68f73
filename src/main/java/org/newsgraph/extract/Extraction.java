package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one extractor found in one article: the stage's whole output, handed to the RDF stage.
 *
 * <p>The compact constructor checks the references between the parts (every key names an actor of this
 * extraction, every sentence index exists), so a broken extraction fails here, not as a dangling IRI in the
 * store.
 *
 * @param extractor  the extractor's name and version ({@code newsgraph-ar/0.1.0}), recorded as provenance
 */
public record Extraction(String extractor, List<Sentence> sentences, List<Actor> actors, List<Mention> mentions,
                         List<Role> roles, List<Event> events, List<Relation> relations,
                         List<Statement> statements) {

    public Extraction {
        Objects.requireNonNull(extractor, "extractor");
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
        statements = List.copyOf(statements);

        Set<String> keys = new HashSet<>();
        for (Actor a : actors) {
            if (!keys.add(a.key())) {
                throw new IllegalArgumentException("actor listed twice: " + a.key());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentences out of order at " + i);
            }
        }
        int n = sentences.size();
        for (Mention m : mentions) {
            check(keys, m.actorKey(), "mention");
            checkSentence(n, m.sentence());
        }
        for (Role r : roles) {
            check(keys, r.personKey(), "role holder");
            check(keys, r.organizationKey(), "role organisation");
            checkSentence(n, r.sentence());
        }
        for (Event e : events) {
            checkOptional(keys, e.sourceKey(), "event source");
            checkOptional(keys, e.targetKey(), "event target");
            checkOptional(keys, e.placeKey(), "event place");
            checkSentence(n, e.sentence());
        }
        for (Relation r : relations) {
            check(keys, r.subjectKey(), "relation subject");
            check(keys, r.objectKey(), "relation object");
            checkSentence(n, r.sentence());
        }
        for (Statement s : statements) {
            check(keys, s.speakerKey(), "speaker");
            s.aboutKeys().forEach(k -> check(keys, k, "statement topic"));
            checkSentence(n, s.sentence());
        }
    }

    /** An extraction that found nothing but the sentences. */
    public static Extraction empty(String extractor, List<Sentence> sentences) {
        return new Extraction(extractor, sentences, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static void check(Set<String> keys, String key, String what) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException(what + " names no actor of this extraction: " + key);
        }
    }

    private static void checkOptional(Set<String> keys, String key, String what) {
        if (key != null) {
            check(keys, key, what);
        }
    }

    private static void checkSentence(int count, int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("no sentence " + index + " (there are " + count + ")");
        }
    }
}

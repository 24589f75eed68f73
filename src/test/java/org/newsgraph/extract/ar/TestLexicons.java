package org.newsgraph.extract.ar;

import org.newsgraph.read.Article;

import org.newsgraph.extract.Extraction;

import org.newsgraph.extract.Event;

import org.newsgraph.extract.Actor;

import java.time.LocalDate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;

/**
 * The lexicons the extractor's tests run with: the shipped ones of {@code ontology/lexicon/} this extractor's
 * rules depend on (offices, triggers, cues, people, groups, media) plus the small test gazetteer of {@code src/test/resources/extract/lexicon/}, so tests do not depend on
 * the shipped gazetteer's contents.
 */
final class TestLexicons {

    private static Extractor extractor;

    private TestLexicons() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new ArabicExtractorFactory().create(lexicon());
        }
        return extractor;
    }

    /** The gazetteer's files, left out so the tests run on the small test gazetteer instead. */
    private static final List<String> GAZETTEER = List.of("countries.ttl", "places.ttl", "organizations.ttl",
            "institutions.ttl");

    static Lexicon lexicon() {
        Lexicon shipped = LexiconReader.read(Path.of("ontology/lexicon"), name -> !GAZETTEER.contains(name));
        Lexicon test = LexiconReader.read(Path.of("src/test/resources/extract/lexicon"));
        return new Lexicon(concat(shipped.actors(), test.actors()), concat(shipped.institutions(), test.institutions()),
                concat(shipped.offices(), test.offices()), concat(shipped.triggers(), test.triggers()),
                concat(shipped.media(), test.media()), concat(shipped.cues(), test.cues()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Extractor shipped;

    /** The extractor with every shipped lexicon, gazetteer included: for rules that need the whole lexicon. */
    static synchronized Extractor shippedExtractor() {
        if (shipped == null) {
            shipped = new ArabicExtractorFactory().create(LexiconReader.read(Path.of("ontology/lexicon")));
        }
        return shipped;
    }

    /** What the shipped extractor finds in {@code text}, read as an Arabic article published on {@code published}. */
    static Extraction extractShipped(String text, LocalDate published) {
        return shippedExtractor().extract(new Article("test", text, null, "ar", published, null));
    }

    /** What the test extractor finds in {@code text}, read as an Arabic article published on {@code published}. */
    static Extraction extract(String text, LocalDate published) {
        return extractor().extract(new Article("test", text, null, "ar", published, null));
    }

    /** Whether the extraction has a person with this Arabic label (no failure when it has none, or another type). */
    static boolean hasPerson(Extraction x, String labelAr) {
        return x.actors().stream().anyMatch(a -> a.type() == org.newsgraph.extract.ActorType.PERSON
                && labelAr.equals(a.labelAr()));
    }

    /** The Arabic label of the actor with this key. */
    static String label(Extraction x, String key) {
        return x.actors().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow().labelAr();
    }

    /** Each role of the extraction as "person label: office key of organisation key", "(former)" after former ones. */
    static List<String> roles(Extraction x) {
        return x.roles().stream()
                .map(r -> label(x, r.personKey()) + ": " + r.office() + " of " + r.organizationKey() + (r.former() ? " (former)" : ""))
                .toList();
    }

    /** The actor with this Arabic label, or a failure listing the actors found. */
    static Actor actor(Extraction x, String labelAr) {
        return x.actors().stream().filter(a -> labelAr.equals(a.labelAr())).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + labelAr + " in " + x.actors()));
    }

    /** The actor of this key, or null when the extraction has none. */
    static Actor actorByKey(Extraction x, String key) {
        return x.actors().stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
    }

    /** The events whose CAMEO code starts with {@code prefix}, in the order found. */
    static List<Event> coded(Extraction x, String prefix) {
        return x.events().stream().filter(e -> e.cameo().startsWith(prefix)).toList();
    }

    /** Every event of this trigger, in the order found. */
    static List<Event> events(Extraction x, String trigger) {
        return x.events().stream().filter(e -> e.trigger().equals(trigger)).toList();
    }

    /** The first event of this trigger, or a failure listing the events found. */
    static Event event(Extraction x, String trigger) {
        return x.events().stream().filter(e -> e.trigger().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + trigger + " event in " + x.events()));
    }

    /** The Arabic labels of the actors found. */
    static List<String> labels(Extraction x) {
        return x.actors().stream().map(Actor::labelAr).toList();
    }

    /** The person with this Arabic label, failing when it is found as another type. */
    static Actor person(Extraction x, String labelAr) {
        Actor a = actor(x, labelAr);
        org.assertj.core.api.Assertions.assertThat(a.type()).isEqualTo(org.newsgraph.extract.ActorType.PERSON);
        return a;
    }

    /** The organisation with this Arabic label, failing when it is found as another type. */
    static Actor organization(Extraction x, String labelAr) {
        Actor a = actor(x, labelAr);
        org.assertj.core.api.Assertions.assertThat(a.type()).isEqualTo(org.newsgraph.extract.ActorType.ORGANIZATION);
        return a;
    }

    /** The roles of the person with this Arabic label. */
    static List<org.newsgraph.extract.Role> rolesOf(Extraction x, String labelAr) {
        String key = person(x, labelAr).key();
        return x.roles().stream().filter(r -> r.personKey().equals(key)).toList();
    }

    /** The memberships of an extraction, each as "member key in body key". */
    static List<String> members(Extraction x) {
        return x.relations().stream().filter(r -> r.kind() == org.newsgraph.extract.Relation.Kind.MEMBER_OF)
                .map(r -> r.subjectKey() + " in " + r.objectKey()).toList();
    }

    /** The membership of the actor labelled {@code member} in the one labelled {@code body}, as {@link #members} gives it. */
    static String member(Extraction x, String member, String body) {
        return actor(x, member).key() + " in " + actor(x, body).key();
    }
}

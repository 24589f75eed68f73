package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Statement;
import org.newsgraph.read.Article;

/**
 * Short news texts about other events than the sample (a coup, sanctions, an arrest, a dismissal), each with
 * the facts the extractor must find, listed in {@code src/test/resources/extract/ar/manifest}: a new case is a
 * text, an expected file and a manifest line, no Java. Expected facts, one per line, tab-separated; an actor is
 * named by its key or by its Arabic label as the text writes it, {@code -} for "any":
 * <pre>
 * actor      TYPE ref                      role      person office org
 * event      cameo-prefix source target    date      YYYY-MM-DD (of some event)
 * quantity   value counts exact|approximate statement speaker medium
 * since      person year                   relation  KIND subject object
 * charge     text                          mention   actor anchor
 * no-mention-in  sentence-prefix           no-event-in  sentence-prefix
 * </pre>
 */
class ArabicCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/extract/ar");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("manifest"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String name = f[0];
            LocalDate published = LocalDate.parse(f[1]);
            String text = Files.readString(DIR.resolve("corpus/" + name + ".txt"));
            Extraction x = TestLexicons.extractor().extract(new Article(name, text, null, "ar", published, null));
            for (String fact : Files.readAllLines(DIR.resolve("corpus/" + name + ".expected"), StandardCharsets.UTF_8)) {
                if (fact.isBlank() || fact.startsWith("#")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + ": " + fact, () -> check(x, fact.split("\t"))));
            }
        }
        return tests.stream();
    }

    private static void check(Extraction x, String[] f) {
        String summary = summary(x);
        switch (f[0]) {
            case "actor" -> {
                String key = ref(x, f[2]);
                assertThat(x.actors()).as(summary).anyMatch(a -> a.key().equals(key) && a.type() == ActorType.valueOf(f[1]));
            }
            case "role" -> {
                String person = ref(x, f[1]);
                String org = ref(x, f[3]);
                assertThat(x.roles()).as(summary).anyMatch(r -> r.personKey().equals(person) && r.office().equals(f[2])
                        && r.organizationKey().equals(org));
            }
            case "event" -> {
                String src = f[2].equals("-") ? null : ref(x, f[2]);
                String tgt = f[3].equals("-") ? null : ref(x, f[3]);
                assertThat(x.events()).as(summary).anyMatch(e -> e.cameo().startsWith(f[1])
                        && (src == null || src.equals(e.sourceKey())) && (tgt == null || tgt.equals(e.targetKey())));
            }
            case "date" -> assertThat(x.events()).as(summary)
                    .anyMatch(e -> e.date() != null && e.date().toString().equals(f[1]));
            case "quantity" -> assertThat(x.events().stream().flatMap(e -> e.quantities().stream())).as(summary)
                    .anyMatch(q -> q.value() == Long.parseLong(f[1]) && q.counts().equals(f[2])
                            && q.approximate() == f[3].equals("approximate"));
            case "statement" -> {
                String speaker = ref(x, f[1]);
                assertThat(x.statements()).as(summary).anyMatch(s -> s.speakerKey().equals(speaker)
                        && Objects.equals(s.medium(), f[2]));
            }
            case "since" -> {
                String person = ref(x, f[1]);
                assertThat(x.roles()).as(summary).anyMatch(r -> r.personKey().equals(person) && r.since() != null
                        && r.since().toString().equals(f[2]));
            }
            case "relation" -> {
                String a = ref(x, f[2]);
                String b = ref(x, f[3]);
                assertThat(x.relations()).as(summary).anyMatch(r -> r.kind() == Relation.Kind.valueOf(f[1])
                        && r.subjectKey().equals(a) && r.objectKey().equals(b));
            }
            case "charge" -> assertThat(x.events()).as(summary).anyMatch(e -> f[1].equals(e.charge()));
            case "mention" -> {
                String key = ref(x, f[1]);
                assertThat(x.mentions()).as(summary).anyMatch(m -> m.actorKey().equals(key) && m.anchor().equals(f[2]));
            }
            case "no-mention-in" -> assertThat(x.mentions()).as(summary)
                    .noneMatch(m -> x.sentences().get(m.sentence()).text().startsWith(f[1]));
            case "no-event-in" -> assertThat(x.events()).as(summary)
                    .noneMatch(e -> x.sentences().get(e.sentence()).text().startsWith(f[1]));
            default -> throw new IllegalArgumentException("unknown expected fact: " + f[0]);
        }
    }

    /** An actor key named by key, or by the Arabic label or a mention anchor as the text writes it. */
    private static String ref(Extraction x, String ref) {
        if (ref.contains("/")) {
            return ref;
        }
        String norm = ArabicNormalizer.normalize(ref);
        for (Actor a : x.actors()) {
            if (a.labelAr() != null && ArabicNormalizer.normalize(a.labelAr()).equals(norm)) {
                return a.key();
            }
        }
        for (Mention m : x.mentions()) {
            if (ArabicNormalizer.normalize(m.anchor()).equals(norm)) {
                return m.actorKey();
            }
        }
        return "(no actor named " + ref + ")";
    }

    static String summary(Extraction x) {
        StringBuilder b = new StringBuilder("\n");
        x.actors().forEach(a -> b.append("actor ").append(a.key()).append(' ').append(a.type()).append(' ').append(a.labelAr()).append('\n'));
        for (Role r : x.roles()) {
            b.append("role ").append(r.personKey()).append(' ').append(r.office()).append(' ').append(r.organizationKey())
                    .append(r.former() ? " former" : "").append(r.since() != null ? " since " + r.since() : "").append('\n');
        }
        for (Event e : x.events()) {
            b.append("event ").append(e.cameo()).append(' ').append(e.trigger()).append(' ').append(e.sourceKey()).append(" -> ")
                    .append(e.targetKey()).append(" date=").append(e.date()).append(" q=")
                    .append(e.quantities().stream().map(Quantity::toString).toList()).append(" s").append(e.sentence()).append('\n');
        }
        x.relations().forEach(r -> b.append("relation ").append(r).append('\n'));
        for (Statement s : x.statements()) {
            b.append("statement ").append(s.speakerKey()).append(' ').append(s.medium()).append('\n');
        }
        x.sentences().stream().map(Sentence::text).forEach(t -> b.append("| ").append(t).append('\n'));
        return b.toString();
    }
}

package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.Term;

/**
 * A deterministic generator of Arabic news articles in the style of the sample (a headline, then short
 * paragraphs: who did what to whom, who said what, how many), for measurement only.
 *
 * <p>Every actor, title and verb comes from the lexicon: countries with their nisba, people the lexicon knows
 * with the title of an office it says they hold, event triggers by their past-tense verbs, and counted nouns.
 * Besides the known people, each article names invented people, always after a national title ("وزير الخارجية
 * التركي" + name), as the press introduces someone new, so that the extractor finds them as people; their names
 * are built from Arabic letters, so they are the same across articles of one seed and recur across articles.
 * Only the sentence frames (the words around the slots) are written here.
 *
 * <p>Article {@code n} depends on the seed and {@code n} alone, so any article can be generated (and written)
 * on its own, in any order, on any thread. Publication dates are spread over {@code days} days from {@code start}.
 */
public final class SyntheticCorpus {

    /** Letters for invented names: consonants, and the long vowels between them. */
    private static final String CONSONANTS = "بتجدرزسشصطعغفقكلمنهو";
    private static final String VOWELS = "اوي";

    /** One generated article. Offsets do not matter here: the reader takes it as any page. */
    public record GeneratedArticle(int number, LocalDate published, String headline, String text) {

        public GeneratedArticle {
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(text, "text");
        }

        /** {@code article-0000042.html}: names sort in article order. */
        public String fileName() {
            return String.format(Locale.ROOT, "article-%07d.html", number);
        }

        /** The article as a news page: language, publication date and headline in the head, paragraphs in the body. */
        public String html() {
            StringBuilder b = new StringBuilder(text.length() + 400);
            b.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">")
                    .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">")
                    .append("<title>").append(headline).append("</title></head>\n<body><article><h1>")
                    .append(headline).append("</h1>\n");
            text.lines().forEach(p -> b.append("<p>").append(p).append("</p>\n"));
            return b.append("</article></body></html>\n").toString();
        }
    }

    /** A country with its masculine nisba (الروسي: "روسي"). */
    private record Country(String label, String nisba) {
    }

    /** Someone to name: a title, then a name. */
    private record Person(String title, String name) {
        String phrase() {
            return title + " " + name;
        }
    }

    /** An event trigger's past-tense verb and its verbal noun. */
    private record Verb(String past, String noun) {
    }

    private final long seed;
    private final LocalDate start;
    private final int days;
    private final List<Country> countries;
    private final List<Person> knownPeople;
    /** National offices (a title, completed by a country's nisba), e.g. "وزير الدفاع". */
    private final List<String> offices;
    private final List<Verb> verbs;
    private final List<String> countedNouns;
    /** Invented people, fixed per seed so that they recur across articles. */
    private final List<Person> invented;

    /**
     * @param lexicon the lexicon the extractor reads ({@code LexiconReader.read()})
     * @param seed    the same seed gives the same articles
     * @param start   the first publication date
     * @param days    dates are spread over this many days
     * @throws IllegalArgumentException when the lexicon lacks countries, offices or triggers to build from
     */
    public SyntheticCorpus(Lexicon lexicon, long seed, LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        this.seed = seed;
        this.start = Objects.requireNonNull(start, "start");
        this.days = days;
        Map<String, ActorEntry> byKey = lexicon.actors().stream()
                .collect(Collectors.toMap(ActorEntry::key, Function.identity(), (a, b) -> a));
        this.countries = lexicon.actors().stream()
                .filter(a -> a.type() == ActorType.COUNTRY && !a.labelsAr().isEmpty() && !a.demonymsAr().isEmpty())
                .sorted(Comparator.comparing(ActorEntry::key))
                .map(a -> new Country(a.labelsAr().get(0), a.demonymsAr().get(0)))
                .toList();
        Map<String, Term> officesByKey = lexicon.offices().stream()
                .collect(Collectors.toMap(Term::key, Function.identity(), (a, b) -> a));
        this.offices = lexicon.offices().stream()
                .filter(o -> "true".equals(o.property("national")) && !o.labelsAr().isEmpty())
                .sorted(Comparator.comparing(Term::key))
                .map(o -> o.labelsAr().get(0))
                .toList();
        List<Person> known = new ArrayList<>();
        lexicon.actors().stream()
                .filter(a -> a.type() == ActorType.PERSON && !a.labelsAr().isEmpty() && !a.holds().isEmpty())
                .sorted(Comparator.comparing(ActorEntry::key))
                .forEach(a -> {
                    HeldOffice h = a.holds().get(0);
                    Term office = officesByKey.get(h.office());
                    ActorEntry org = byKey.get(h.organizationKey());
                    if (office != null && !office.labelsAr().isEmpty() && org != null && !org.demonymsAr().isEmpty()) {
                        known.add(new Person(office.labelsAr().get(0) + " " + org.demonymsAr().get(0), a.labelsAr().get(0)));
                    }
                });
        this.knownPeople = List.copyOf(known);
        this.verbs = lexicon.triggers().stream()
                .filter(t -> t.property("verb") != null && t.property("reporting") == null
                        && t.property("noTarget") == null && t.property("targetMarker") == null
                        && t.property("needsObject") == null && !t.labelsAr().isEmpty())
                .sorted(Comparator.comparing(Term::key))
                .flatMap(t -> java.util.Arrays.stream(t.property("verb").split("\\|"))
                        .filter(v -> !v.contains(" "))
                        .map(v -> new Verb(v, t.labelsAr().get(0))))
                .toList();
        this.countedNouns = lexicon.cues("CountedNoun").stream()
                .filter(t -> !t.labelsAr().isEmpty())
                .sorted(Comparator.comparing(Term::key))
                .map(t -> t.labelsAr().get(0))
                .toList();
        if (countries.size() < 2 || offices.isEmpty() || verbs.isEmpty() || countedNouns.isEmpty()) {
            throw new IllegalArgumentException("the lexicon has too little to build articles from: " + countries.size()
                    + " countries with a nisba, " + offices.size() + " national offices, " + verbs.size()
                    + " trigger verbs, " + countedNouns.size() + " counted nouns");
        }
        SplittableRandom r = new SplittableRandom(seed);
        this.invented = IntStream.range(0, 500)
                .mapToObj(i -> new Person(offices.get(r.nextInt(offices.size())) + " "
                        + countries.get(r.nextInt(countries.size())).nisba(), name(r) + " " + name(r)))
                .toList();
    }

    /** Article number {@code n} (0 or more). */
    public GeneratedArticle article(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative article number: " + n);
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        LocalDate published = start.plusDays(r.nextInt(days));
        String day = published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ar"));
        Country where = pick(r, countries);
        Country other = pick(r, countries);
        Person lead = person(r);
        Person object = person(r);
        Verb verb = pick(r, verbs);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("و" + verb.past() + " " + lead.phrase() + " " + object.phrase() + " في " + where.label()
                + " يوم " + day + "، بحسب ما أعلنت السلطات.");
        int more = 4 + r.nextInt(6);
        for (int i = 0; i < more; i++) {
            Person a = person(r);
            Person b = person(r);
            Country c = pick(r, countries);
            Verb v = pick(r, verbs);
            paragraphs.add(switch (r.nextInt(5)) {
                case 0 -> "وقال " + a.phrase() + " في مؤتمر صحافي إن " + c.label() + " لن تقبل أي تدخل في شؤون "
                        + other.label() + ".";
                case 1 -> "و" + v.past() + " " + a.phrase() + " " + b.phrase() + "، وفق ما أعلن متحدث باسمه "
                        + day + ".";
                case 2 -> "وذكرت وسائل إعلام محلية أن عدد الموقوفين في " + c.label() + " ارتفع إلى "
                        + (10 + r.nextInt(5000)) + " " + pick(r, countedNouns) + ".";
                case 3 -> "وأرسلت " + c.label() + " " + (50 + r.nextInt(900)) + " " + pick(r, countedNouns)
                        + " إلى " + where.label() + " بعد أن " + v.past() + " " + a.phrase() + " " + b.name() + ".";
                default -> v.noun() + " في " + c.label() + "\nو" + v.past() + " " + a.phrase() + " "
                        + c.label() + " خلال زيارة إلى " + other.label() + " " + day + ".";
            });
        }
        String headline = verb.noun() + " في " + where.label() + ".. و" + lead.name() + " يلتقي " + object.name();
        return new GeneratedArticle(n, published, headline, String.join("\n", paragraphs) + "\n");
    }

    /**
     * Writes articles {@code 0..count-1} into {@code dir} as HTML pages, on all cores.
     *
     * @return the total size of the pages in bytes
     */
    public long write(Path dir, int count) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IntStream.range(0, count).parallel().mapToLong(n -> {
            GeneratedArticle a = article(n);
            byte[] bytes = a.html().getBytes(StandardCharsets.UTF_8);
            try {
                Files.write(dir.resolve(a.fileName()), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.length;
        }).sum();
    }

    /** A known person two times in three, else one of the invented ones. */
    private Person person(SplittableRandom r) {
        return !knownPeople.isEmpty() && r.nextInt(3) < 2 ? pick(r, knownPeople) : pick(r, invented);
    }

    private static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** An invented name: two or three syllables of a consonant and a long vowel, closed by a consonant. */
    private static String name(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int syllables = 2 + r.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            b.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length())));
            if (i < syllables - 1 || r.nextBoolean()) {
                b.append(VOWELS.charAt(r.nextInt(VOWELS.length())));
            }
        }
        return b.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).toString();
    }
}

package org.newsgraph.rdf;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.read.Article;

/**
 * Hand-built articles and extractions of invented sentences, one Arabic and one English, covering every part
 * of the data model. Spans are found in the text by search, so they are right by construction.
 */
final class Fixtures {

    /** An article with what an extractor would have found in it. */
    record Case(Article article, Extraction extraction) {
    }

    static final RunInfo RUN = new RunInfo(Instant.parse("2026-01-05T10:15:30Z"), "0.1.0");

    private Fixtures() {
    }

    static Case arabic() {
        String s0 = "أوقفت الشرطة الأردنية الصحفي سامر الخطيب في عمان يوم 3 آذار 2021 بتهمة التحريض.";
        String s1 = "وقال وزير الداخلية نادر السعدي في بيان: \"أوقفنا 12 شخصا\".";
        String s2 = "والسعدي ابن شقيق فؤاد الحسن.";
        String text = s0 + " " + s1 + " " + s2;
        Article article = new Article("examples/invented.ar.txt", text, null, "ar", LocalDate.of(2021, 3, 4), null);
        List<Sentence> sentences = sentences(text, s0, s1, s2);

        List<Actor> actors = List.of(
                new Actor("org/JO/police", ActorType.ORGANIZATION, "الشرطة الأردنية", "Police of Jordan", false, null),
                new Actor("country/JO", ActorType.COUNTRY, "الأردن", "Jordan", false, "Q810"),
                new Actor("place/amman", ActorType.PLACE, "عمان", "Amman", false, "Q3805"),
                new Actor("name/samer-alkhatib", ActorType.PERSON, "سامر الخطيب", "Samer al-Khatib", true, null),
                new Actor("name/nader-alsaadi", ActorType.PERSON, "نادر السعدي", "Nader al-Saadi", true, null),
                new Actor("name/fuad-alhasan", ActorType.PERSON, "فؤاد الحسن", null, false, null));
        List<Mention> mentions = List.of(
                mention(text, "org/JO/police", "الشرطة الأردنية", 0, 0),
                mention(text, "country/JO", "الأردنية", 0, 0),
                mention(text, "name/samer-alkhatib", "سامر الخطيب", 0, 0),
                mention(text, "place/amman", "عمان", 0, 0),
                mention(text, "name/nader-alsaadi", "نادر السعدي", 0, 1),
                mention(text, "name/nader-alsaadi", "السعدي", 1, 2),
                mention(text, "name/fuad-alhasan", "فؤاد الحسن", 0, 2));
        List<Event> events = List.of(
                new Event("173", "arrest", span(text, "أوقفت", 0), "org/JO/police", "name/samer-alkhatib",
                        "place/amman", new PartialDate(2021, 3, 3), List.of(), "التحريض", 0, 0.9),
                new Event("173", "arrest", span(text, "أوقفنا", 0), null, null, null, null,
                        List.of(new Quantity(12, "detained", false, span(text, "12", 0))), null, 1, 0.5));
        List<Role> roles = List.of(new Role("name/nader-alsaadi", "minister-of-interior", "Minister of the Interior",
                "وزير الداخلية", "country/JO", false, PartialDate.ofYear(2020), null, 1));
        List<Statement> statements = List.of(new Statement("name/nader-alsaadi", "statement", null,
                "أوقفنا 12 شخصا", span(text, "أوقفنا 12 شخصا", 0), List.of(), 1));
        List<Relation> relations = List.of(new Relation("name/nader-alsaadi", Relation.Kind.NEPHEW_OF,
                "name/fuad-alhasan", "ابن شقيق", 2));
        return new Case(article, new Extraction("test-ar/1", sentences, actors, mentions, roles, events, relations,
                statements));
    }

    static Case english() {
        String s0 = "Foreign minister Lena Ortiz praised Norway on Tuesday.";
        String s1 = "Ortiz has led the ministry since May 2019.";
        String s2 = "Hundreds protested in Oslo in 2022.";
        String s3 = "Spain is a member of NATO.";
        String text = s0 + " " + s1 + "\n\n" + s2 + " " + s3;
        Article article = new Article("https://example.org/news/ortiz?ref=feed", text, "Ortiz praises Norway", "en",
                LocalDate.of(2023, 5, 3), URI.create("https://example.org/news/ortiz"));
        List<Sentence> sentences = sentences(text, s0, s1, s2, s3);

        List<Actor> actors = List.of(
                new Actor("name/lena-ortiz", ActorType.PERSON, null, "Lena Ortiz", false, null),
                new Actor("country/NO", ActorType.COUNTRY, "النرويج", "Norway", false, "Q20"),
                new Actor("country/ES", ActorType.COUNTRY, "إسبانيا", "Spain", false, "Q29"),
                new Actor("place/oslo", ActorType.PLACE, "أوسلو", "Oslo", false, "Q585"),
                new Actor("group/protesters", ActorType.GROUP, "المحتجون", "protesters", false, null),
                new Actor("org/nato", ActorType.ORGANIZATION, "حلف شمال الأطلسي", "NATO", false, "Q7184"));
        List<Mention> mentions = List.of(
                mention(text, "name/lena-ortiz", "Lena Ortiz", 0, 0),
                mention(text, "country/NO", "Norway", 0, 0),
                mention(text, "name/lena-ortiz", "Ortiz", 1, 1),
                mention(text, "place/oslo", "Oslo", 0, 2),
                mention(text, "country/ES", "Spain", 0, 3),
                mention(text, "org/nato", "NATO", 0, 3));
        List<Event> events = List.of(
                new Event("051", "praise", span(text, "praised", 0), "name/lena-ortiz", "country/NO", null,
                        new PartialDate(2023, 5, 2), List.of(), null, 0, 0.85),
                new Event("141", "protest", span(text, "protested", 0), "group/protesters", null, "place/oslo",
                        PartialDate.ofYear(2022), List.of(new Quantity(100, "people", true, span(text, "Hundreds", 0))),
                        null, 2, 0.7));
        List<Role> roles = List.of(new Role("name/lena-ortiz", "minister-of-foreign-affairs",
                "Minister of Foreign Affairs", null, "country/ES", false, new PartialDate(2019, 5, null), null, 1));
        List<Relation> relations = List.of(new Relation("country/ES", Relation.Kind.MEMBER_OF, "org/nato", null, 3));
        return new Case(article, new Extraction("test-en/1", sentences, actors, mentions, roles, events, relations,
                List.of()));
    }

    /** The sentences, in order, each found after the previous one. */
    static List<Sentence> sentences(String text, String... parts) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            int begin = text.codePointCount(0, at);
            out.add(new Sentence(out.size(), new Span(begin, begin + part.codePointCount(0, part.length())), part));
            from = at + part.length();
        }
        return out;
    }

    /** The span of the n-th occurrence (from 0) of {@code needle}, in code points. */
    static Span span(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("fixture text lacks occurrence " + occurrence + " of " + needle);
            }
        }
        int begin = text.codePointCount(0, at);
        return new Span(begin, begin + needle.codePointCount(0, needle.length()));
    }

    static Mention mention(String text, String actorKey, String anchor, int occurrence, int sentence) {
        return new Mention(actorKey, span(text, anchor, occurrence), anchor, sentence);
    }
}

package org.newsgraph.extract.ar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;

/**
 * A developer's harness: prints what the Arabic extractor finds in an article, to iterate on rules.
 * Usage: {@code DumpExtraction ARTICLE PUBLISHED LEXICON_DIR...} (no lexicon folder: the shipped lexicons).
 */
public final class DumpExtraction {

    private DumpExtraction() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate published = LocalDate.parse(args[1]);
        Lexicon lex = LexiconReader.read();
        if (args.length > 2) {
            List<Lexicon> parts = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                parts.add(LexiconReader.read(Path.of(args[i])));
            }
            lex = merge(parts);
        }
        Extractor x = new ArabicExtractorFactory().create(lex);
        Article a = new Article(args[0], text, null, "ar", published, null);
        Extraction e = x.extract(a);
        for (int i = 0; i < 200; i++) {
            e = x.extract(a);
        }
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        int runs = 200;
        for (int i = 0; i < runs; i++) {
            e = x.extract(a);
        }
        System.out.printf("CPU ms per article: %.3f%n", (bean.getCurrentThreadCpuTime() - t0) / 1e6 / runs);
        e.actors().forEach(v -> System.out.println("ACTOR " + v));
        e.roles().forEach(v -> System.out.println("ROLE " + v));
        for (var ev : e.events()) {
            System.out.println("EVENT " + ev.cameo() + " " + ev.trigger() + " src=" + ev.sourceKey() + " tgt=" + ev.targetKey()
                    + " place=" + ev.placeKey() + " date=" + ev.date() + " q=" + ev.quantities() + " charge=" + ev.charge()
                    + " s" + ev.sentence() + " c=" + ev.confidence() + " | "
                    + e.sentences().get(ev.sentence()).text().substring(0, Math.min(60, e.sentences().get(ev.sentence()).text().length())));
        }
        e.relations().forEach(v -> System.out.println("REL " + v));
        e.statements().forEach(v -> System.out.println("STMT " + v));
        e.mentions().forEach(v -> System.out.println("MENTION " + v.actorKey() + " '" + v.anchor() + "' s" + v.sentence()));
    }

    static Lexicon merge(List<Lexicon> parts) {
        List<org.newsgraph.extract.lexicon.ActorEntry> actors = new ArrayList<>();
        List<org.newsgraph.extract.lexicon.Term> inst = new ArrayList<>();
        List<org.newsgraph.extract.lexicon.Term> off = new ArrayList<>();
        List<org.newsgraph.extract.lexicon.Term> trig = new ArrayList<>();
        List<org.newsgraph.extract.lexicon.Term> med = new ArrayList<>();
        List<org.newsgraph.extract.lexicon.Term> cues = new ArrayList<>();
        for (Lexicon l : parts) {
            actors.addAll(l.actors());
            inst.addAll(l.institutions());
            off.addAll(l.offices());
            trig.addAll(l.triggers());
            med.addAll(l.media());
            cues.addAll(l.cues());
        }
        return new Lexicon(actors, inst, off, trig, med, cues);
    }
}

package org.newsgraph.extract.en;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.newsgraph.extract.Extraction;
import org.newsgraph.read.Article;

/** Prints what the English extractor finds in a file: {@code DumpEnglish FILE YYYY-MM-DD}. A test-scope tool. */
public final class DumpEnglish {

    private DumpEnglish() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Article a = new Article(args[0], text, null, "en", LocalDate.parse(args[1]), null);
        Extraction x = TestLexicons.extractor().extract(a);
        x.actors().forEach(v -> System.out.println("ACTOR " + v));
        x.roles().forEach(v -> System.out.println("ROLE " + v));
        x.events().forEach(v -> System.out.println("EVENT " + v.cameo() + " " + v.trigger() + " " + v.sourceKey() + " -> "
                + v.targetKey() + " @" + v.placeKey() + " " + v.date() + " " + v.quantities() + " " + v.charge()
                + " s" + v.sentence()));
        x.relations().forEach(v -> System.out.println("REL " + v));
        x.statements().forEach(v -> System.out.println("STMT " + v));
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 1000; i++) {
            TestLexicons.extractor().extract(a);
        }
        long t0 = System.nanoTime();
        long c0 = bean.getCurrentThreadCpuTime();
        int n = 1000;
        for (int i = 0; i < n; i++) {
            TestLexicons.extractor().extract(a);
        }
        System.out.printf("%.2f ms per extraction (wall), %.2f ms CPU, after 1000 warm-up runs%n",
                (System.nanoTime() - t0) / 1e6 / n, (bean.getCurrentThreadCpuTime() - c0) / 1e6 / n);
    }
}

package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extractor;
import org.newsgraph.read.Article;
import org.newsgraph.rdf.LexiconReader;

/**
 * Extraction of an article of about five thousand characters takes well under 10 ms once warm, with the full
 * shipped lexicons (the whole gazetteer). Measured as this thread's CPU time, so other work on the machine does
 * not count; the median of many runs.
 */
class ArabicExtractorPerformanceIT {

    @Test
    void aSampleSizedArticleTakesUnderTenMillisecondsOnceWarm() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/extract/ar/corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(p)).append('\n');
            }
        }
        String once = text.toString();
        text.append(once);
        assertThat(text.length()).isGreaterThan(4000);
        Extractor x = new ArabicExtractorFactory().create(LexiconReader.read());
        Article article = new Article("perf", text.toString(), null, "ar", LocalDate.of(2024, 4, 18), null);
        for (int i = 0; i < 300; i++) {
            x.extract(article);
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] runs = new long[101];
        for (int i = 0; i < runs.length; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            x.extract(article);
            runs[i] = bean.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(runs);
        double medianMs = runs[runs.length / 2] / 1e6;
        assertThat(medianMs).as("median CPU ms per article").isLessThan(10.0);
    }
}

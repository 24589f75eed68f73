package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extractor;
import org.newsgraph.read.Article;

/**
 * A 500-word article takes well under 10 ms once the extractor is warm. Measured in CPU time of the extracting
 * thread, so a machine busy with other work does not make the test fail.
 */
class EnglishExtractorSpeedIT {

    @Test
    void aWireReportTakesUnderTenMillisecondsOnceWarm() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/eval/kazakhstan-2022-01-08.en.txt"));
        Article article = new Article("speed", text, null, "en", LocalDate.of(2022, 1, 8), null);
        Extractor x = TestLexicons.extractor();
        for (int i = 0; i < 500; i++) {
            x.extract(article);
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[200];
        for (int i = 0; i < cpu.length; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            x.extract(article);
            cpu[i] = bean.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(cpu);
        assertThat(cpu[cpu.length / 2] / 1e6).as("median CPU milliseconds per extraction").isLessThan(10.0);
    }
}

package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.testing.Cli;

/** The benchmark prints its figures; it asserts nothing about speed (that is what the figures are for). */
class BenchCommandTest {

    @Test
    void printsOneRowPerLanguageWithItsRatioToTheReference() {
        Cli.Result r = Cli.run("bench", "--rounds", "3", "examples/kazakhstan-2022-01-08.ar.txt",
                "src/test/resources/eval/kazakhstan-2022-01-08.en.txt");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).first().asString().contains("MB/s").contains("ratio");
        assertThat(r.out().lines().filter(l -> l.startsWith("ar ") || l.startsWith("en ")))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.trim().split("\\s+")).hasSize(8));
    }

    @Test
    void zeroRoundsIsAUsageError() {
        assertThat(Cli.run("bench", "--rounds", "0").code()).isEqualTo(2);
    }
}

package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.Extraction;
import org.newsgraph.read.Article;

/**
 * English wire paragraphs about different events, each with the facts a reader finds in it, listed in
 * {@code src/test/resources/extract/en/manifest.tsv} (file, publication date, expected facts). A line of the
 * expected file is a fact the extraction must hold (format: {@link Facts}); a line starting with {@code !} one
 * it must not.
 */
class EnglishCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/extract/en");

    static Stream<String[]> cases() throws IOException {
        return Files.readAllLines(DIR.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyExpectedFactIsFoundAndNoExcludedOne(String file, String published, String expected) throws IOException {
        String text = Files.readString(DIR.resolve(file));
        Extraction x = TestLexicons.extractor().extract(new Article(file, text, null, "en", LocalDate.parse(published), null));
        Set<String> facts = Facts.of(x);
        List<String> missing = new ArrayList<>();
        List<String> unwanted = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(expected), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("!")) {
                if (facts.contains(line.substring(1))) {
                    unwanted.add(line.substring(1));
                }
            } else if (!facts.contains(line)) {
                missing.add(line);
            }
        }
        assertThat(missing).as("facts of %s not found; it gave:%n%s", file, String.join("\n", facts)).isEmpty();
        assertThat(unwanted).as("facts of %s that are wrong", file).isEmpty();
    }
}

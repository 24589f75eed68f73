package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code read/manifest.tsv}: real-shaped pages and texts against their expected article. */
class GoldenTest {

    record Case(String fixture, String expected, String title, String published, String url, String lang,
                String contentType) {
        @Override
        public String toString() {
            return fixture + (contentType == null ? "" : " [" + contentType + "]");
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : new String(resource("manifest.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("manifest line: %s", line).hasSize(7);
            cases.add(new Case(f[0], f[1], dash(f[2]), dash(f[3]), dash(f[4]), f[5], dash(f[6])));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(11);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(Case c) throws IOException {
        Article a = new ArticleReader().read(c.fixture(), resource("fixtures/" + c.fixture()), c.contentType());
        String expected = new String(resource("expected/" + c.expected()), StandardCharsets.UTF_8).strip();
        assertThat(a.text()).isEqualTo(expected);
        assertThat(a.title()).isEqualTo(c.title());
        assertThat(a.published()).isEqualTo(c.published() == null ? null : LocalDate.parse(c.published()));
        assertThat(a.canonicalUrl()).isEqualTo(c.url() == null ? null : URI.create(c.url()));
        assertThat(a.language()).isEqualTo(c.lang());
        assertThat(a.source()).isEqualTo(c.fixture());
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = GoldenTest.class.getResourceAsStream("/read/" + path)) {
            if (in == null) {
                throw new IOException("missing test resource read/" + path);
            }
            return in.readAllBytes();
        }
    }
}

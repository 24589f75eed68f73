package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Span;
import org.newsgraph.read.Article;

class IrisTest {

    private static final Article BASE = new Article("a.txt", "نص الخبر.", "عنوان", "ar", LocalDate.of(2022, 1, 8),
            URI.create("https://example.org/a"));

    @Test
    void irisAreReadablePathsUnderTheIdNamespace() {
        String a = Iris.article(BASE);
        String key = Iris.articleKey(BASE);
        assertThat(key).matches("[0-9a-f]{16}");
        assertThat(a).isEqualTo("https://w3id.org/newsgraph/id/article/" + key);
        assertThat(Iris.actor("country/KZ")).isEqualTo("https://w3id.org/newsgraph/id/country/KZ");
        assertThat(Iris.event(key, 3)).isEqualTo("https://w3id.org/newsgraph/id/event/" + key + "-3");
        assertThat(Iris.role(key, 0)).isEqualTo("https://w3id.org/newsgraph/id/role/" + key + "-0");
        assertThat(Iris.statement(key, 1)).isEqualTo("https://w3id.org/newsgraph/id/statement/" + key + "-1");
        assertThat(Iris.relation(key, 2)).isEqualTo("https://w3id.org/newsgraph/id/relation/" + key + "-2");
        assertThat(Iris.sentence(a, 4)).isEqualTo(a + "#sentence-4");
        assertThat(Iris.mention(a, new Span(5, 12))).isEqualTo(a + "#char=5,12");
        assertThat(Iris.cameo("173")).isEqualTo("https://w3id.org/newsgraph/cameo/173");
    }

    @Test
    void theArticleKeyFollowsTheUrlWhenThereIsOneElseTheText() {
        Article corrected = new Article("b.txt", "نص الخبر بعد التصحيح.", null, "ar", null, BASE.canonicalUrl());
        assertThat(Iris.article(corrected)).isEqualTo(Iris.article(BASE));

        Article noUrl = new Article("a.txt", BASE.text(), null, "ar", null, null);
        Article otherText = new Article("a.txt", "نص آخر.", null, "ar", null, null);
        assertThat(Iris.article(noUrl)).isNotEqualTo(Iris.article(BASE)).isNotEqualTo(Iris.article(otherText));
        assertThat(Iris.article(new Article("elsewhere.txt", BASE.text(), "x", "en", null, null)))
                .isEqualTo(Iris.article(noUrl));
    }

    @Test
    void theSameArticleAlwaysGetsTheSameIris() {
        Article copy = new Article(BASE.source(), BASE.text(), BASE.title(), BASE.language(), BASE.published(),
                BASE.canonicalUrl());
        assertThat(Iris.article(copy)).isEqualTo(Iris.article(BASE));
        assertThat(Iris.contentHash(copy, "x/1")).isEqualTo(Iris.contentHash(BASE, "x/1"));
    }

    @Test
    void theContentHashChangesWhenAnyInputChanges() {
        List<String> hashes = List.of(
                Iris.contentHash(BASE, "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE, "newsgraph-ar/0.2.0"),
                Iris.contentHash(new Article("a.txt", "نص الخبر!", "عنوان", "ar", BASE.published(), BASE.canonicalUrl()), "newsgraph-ar/0.1.0"),
                Iris.contentHash(new Article("a.txt", BASE.text(), "عنوان آخر", "ar", BASE.published(), BASE.canonicalUrl()), "newsgraph-ar/0.1.0"),
                Iris.contentHash(new Article("a.txt", BASE.text(), null, "ar", BASE.published(), BASE.canonicalUrl()), "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE.withPublished(LocalDate.of(2022, 1, 9)), "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE.withPublished(null), "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE.withLanguage("en"), "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE.withCanonicalUrl(URI.create("https://example.org/b")), "newsgraph-ar/0.1.0"),
                Iris.contentHash(BASE.withCanonicalUrl(null), "newsgraph-ar/0.1.0"));
        assertThat(new HashSet<>(hashes)).hasSameSizeAs(hashes);
        assertThat(hashes).allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void theSourcePathIsNotPartOfTheContentHash() {
        Article moved = new Article("moved/a.txt", BASE.text(), BASE.title(), BASE.language(), BASE.published(),
                BASE.canonicalUrl());
        assertThat(Iris.contentHash(moved, "x/1")).isEqualTo(Iris.contentHash(BASE, "x/1"));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherToCollide() {
        Article a = new Article("s", "ab", "c", "ar", null, null);
        Article b = new Article("s", "a", "bc", "ar", null, null);
        assertThat(Iris.contentHash(a, "x")).isNotEqualTo(Iris.contentHash(b, "x"));
    }

    @Test
    void theRunIriIsDeterministicPerArticleToolVersionAndStartTime() {
        String key = Iris.articleKey(BASE);
        RunInfo run = new RunInfo(Instant.parse("2026-01-05T10:15:30Z"), "0.1.0");
        Set<String> runs = Set.of(
                Iris.run(key, run),
                Iris.run(key, new RunInfo(run.started().plusSeconds(1), "0.1.0")),
                Iris.run(key, new RunInfo(run.started(), "0.1.1")),
                Iris.run("0000000000000000", run));
        assertThat(runs).hasSize(4);
        assertThat(Iris.run(key, new RunInfo(Instant.parse("2026-01-05T10:15:30Z"), "0.1.0"))).isEqualTo(Iris.run(key, run))
                .startsWith("https://w3id.org/newsgraph/id/run/" + key + "-");
    }
}

package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleSource;

/** The benchmark corpus: the same seed gives the same articles, and the real extractor finds what they tell. */
class SyntheticCorpusTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static Lexicon lexicon;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readLexicon() {
        lexicon = LexiconReader.read();
    }

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        SyntheticCorpus a = new SyntheticCorpus(lexicon, 7, START, 30);
        SyntheticCorpus b = new SyntheticCorpus(lexicon, 7, START, 30);
        SyntheticCorpus c = new SyntheticCorpus(lexicon, 8, START, 30);

        // in any order: article n depends on the seed and n alone
        assertThat(a.article(5)).isEqualTo(b.article(5));
        assertThat(IntStream.of(3, 2, 1).mapToObj(a::article).map(SyntheticCorpus.GeneratedArticle::html))
                .containsExactly(b.article(3).html(), b.article(2).html(), b.article(1).html());
        assertThat(a.article(5).text()).isNotEqualTo(c.article(5).text());
        assertThat(IntStream.range(0, 50).mapToObj(n -> a.article(n).text()).distinct()).hasSize(50);
    }

    @Test
    void datesAreSpreadOverThePeriod() {
        SyntheticCorpus corpus = new SyntheticCorpus(lexicon, 1, START, 30);
        Set<LocalDate> dates = IntStream.range(0, 200).mapToObj(n -> corpus.article(n).published()).collect(Collectors.toSet());

        assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(START, START.plusDays(29))).hasSizeGreaterThan(20);
    }

    @Test
    void theExtractorFindsKnownAndInventedActorsAndEventsInTheWrittenPages() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(lexicon, 3, START, 365);
        corpus.write(tmp, 30);
        Extractor extractor = NewsGraph.factories().get("ar").create(lexicon);
        Set<String> lexiconPeople = lexicon.actors().stream().filter(e -> e.type() == ActorType.PERSON)
                .map(ActorEntry::key).collect(Collectors.toSet());
        Set<String> known = new HashSet<>();
        Set<String> invented = new HashSet<>();
        int events = 0;
        List<Path> pages;
        try (var s = Files.list(tmp)) {
            pages = s.sorted().toList();
        }
        assertThat(pages).hasSize(30);
        for (int n = 0; n < pages.size(); n++) {
            Article article = new ArticleReader().read(ArticleSource.file(pages.get(n)));
            assertThat(article.language()).isEqualTo("ar");
            assertThat(article.published()).isEqualTo(corpus.article(n).published());
            Extraction x = extractor.extract(article);
            events += x.events().size();
            for (Actor actor : x.actors()) {
                if (actor.type() == ActorType.PERSON) {
                    (lexiconPeople.contains(actor.key()) ? known : invented).add(actor.key());
                }
            }
        }
        assertThat(events).as("events in 30 articles").isGreaterThan(30);
        assertThat(known).as("people from the lexicon").hasSizeGreaterThan(3);
        assertThat(invented).as("people found after a title").hasSizeGreaterThan(3);
    }
}

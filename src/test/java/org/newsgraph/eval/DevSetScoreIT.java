package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Suppliers;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;

/**
 * The dev set as a regression gate: every article of {@code src/test/resources/eval/} with a gold annotation in
 * {@code eval/gold/} is ingested as {@code newsgraph ingest} does it (the shipped lexicons, the gold's language and
 * publication date, a fresh store of its own), the library queries score.py reads are run over the store, and
 * the rows are scored with score.py's rules ({@link GoldScorer}). Each figure must stay at or above the floor its
 * article has in {@link Floors#FILE floors.tsv} (duplicates and boilerplate at or below), as the summary line shows
 * it (two decimals), so that a change that helps one article and hurts another fails here with a table of what
 * dropped. Every gold file needs a line there: an article without one fails with the line to add, at today's
 * figures.
 *
 * <p>The run prints each article's summary line exactly as score.py prints it, to compare the two; with
 * {@code -Ddevset.verbose=true} also each event pair no gold event has, with its sentence (a NOT-IN-GOLD line), to
 * count the false events of the whole dev set by cause, each core event not found (a MISSING-EVENT line, by its
 * gold "what"), each core quantity, date, membership and kinship not found, and each core entity not found and each
 * actor matching no gold entity (to sort the entity misses by cause).
 */
class DevSetScoreIT {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path GOLD = RESOURCES.resolve("eval/gold");

    @Test
    void everyDevArticleScoresAtLeastItsFloors(@TempDir Path tmp) throws IOException {
        Floors floors = Floors.read();
        Set<String> golds = goldNames();
        List<String> unlisted = golds.stream().filter(n -> !floors.lines().containsKey(n)).toList();
        List<String> noGold = floors.lines().keySet().stream().filter(n -> !golds.contains(n)).toList();
        assertThat(noGold).as("lines of %s naming no gold file in %s", Floors.FILE, GOLD).isEmpty();

        Supplier<Lexicon> lexicon = Suppliers.memoize(LexiconReader::read);
        Table table = new Table();
        List<String> todayLines = new ArrayList<>();
        for (String name : golds) {
            JsonObject gold = JsonParser.parseString(Files.readString(GOLD.resolve(name + ".json"), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            GoldScorer.Score score = GoldScorer.score(gold, extract(gold, tmp.resolve(name), lexicon));
            System.out.println(name + " " + score.summary());
            if (Boolean.getBoolean("devset.verbose")) {
                score.missingEvents().forEach(e -> System.out.println("  MISSING-EVENT " + name + " " + e));
                score.pairsNotInGold().forEach(p -> System.out.println("  NOT-IN-GOLD " + name + " " + p));
                score.missingQuantities().forEach(q -> System.out.println("  MISSING-QUANTITY " + name + " " + q));
                score.missingDates().forEach(d -> System.out.println("  MISSING-DATE " + name + " " + d));
                score.missingRelations().forEach(r -> System.out.println("  MISSING-RELATION " + name + " " + r));
                score.missingRoles().forEach(r -> System.out.println("  MISSING-ROLE " + name + " " + r));
                score.missingEntities().forEach(e -> System.out.println("  MISSING-ENTITY " + name + " " + e));
                score.unmatchedActors().forEach(a -> System.out.println("  UNMATCHED-ACTOR " + name + " " + a));
                score.duplicated().forEach((id, iris) -> System.out.println("  DUPLICATE " + name + " " + id + " " + iris));
            }
            todayLines.add(Floors.line(name, score));
            table.add(name, score, floors.lines().get(name));
        }
        System.out.println(table.render(false));

        assertThat(table.drops()).as("figures below their floors in %s (floor in brackets):%n%s", Floors.FILE,
                table.render(true)).isZero();
        assertThat(unlisted).as("gold files with no line in %s; add these lines (today's figures as floors):%n%s",
                Floors.FILE, todayLines.stream().filter(l -> unlisted.contains(l.substring(0, l.indexOf('\t'))))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The names of the gold files ({@code niger-2023-07-29.ar} for {@code gold/niger-2023-07-29.ar.json}), sorted. */
    private static Set<String> goldNames() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The article of {@code gold} (its {@code article} path, under {@code src/test/resources} as score.py resolves
     * it) ingested into a new store in {@code storeDir}, and the rows of the queries score.py reads.
     */
    private static GoldScorer.Rows extract(JsonObject gold, Path storeDir, Supplier<Lexicon> lexicon) {
        Path article = RESOURCES.resolve(gold.get("article").getAsString()).toAbsolutePath();
        IngestOptions options = new IngestOptions(LocalDate.parse(gold.get("published").getAsString()),
                gold.get("language").getAsString(), null, false);
        try (NewsGraph ng = NewsGraph.open(storeDir, "dev-set-score", lexicon)) {
            IngestSummary summary = ng.ingest(List.of(article.toString()), options, o -> { });
            assertThat(summary.anyFailed()).as("ingest of %s: %s", article, summary.outcomes()).isFalse();
            return new GoldScorer.Rows(LibraryRows.of(ng.store(), "actors"), LibraryRows.of(ng.store(), "events"),
                    LibraryRows.of(ng.store(), "roles"), LibraryRows.of(ng.store(), "relations"));
        }
    }

    /** The per-article table: each figure, and where it fell below its floor, the floor. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final List<Boolean> dropped = new ArrayList<>();
        /** For each article with a figure below its floor, what score.py's --verbose report would show missing. */
        private final List<String> details = new ArrayList<>();
        private int drops;

        void add(String name, GoldScorer.Score score, Floors.Line floor) {
            List<String> cells = new ArrayList<>();
            cells.add(name);
            boolean any = false;
            for (Floors.Figure f : Floors.Figure.values()) {
                String got = f.shown(score);
                String ok = floor == null ? null : floor.violation(f, score);
                cells.add(ok == null ? got : got + " [" + ok + "]");
                if (ok != null) {
                    drops++;
                    any = true;
                }
            }
            rows.add(cells.toArray(String[]::new));
            dropped.add(any);
            if (any) {
                details.add(name + ": missing entities " + score.missingEntities() + "; missing events "
                        + score.missingEvents() + "; actors matching no gold entity " + score.unmatchedActors()
                        + "; found as several actors " + score.duplicated() + "; event pairs no gold event has "
                        + score.pairsNotInGold());
            }
        }

        int drops() {
            return drops;
        }

        /** A fixed-width table of every article, or with {@code onlyDropped} of those with a figure below its floor. */
        String render(boolean onlyDropped) {
            List<String[]> all = new ArrayList<>();
            List<String> head = new ArrayList<>();
            head.add("article");
            for (Floors.Figure f : Floors.Figure.values()) {
                head.add(f.heading);
            }
            all.add(head.toArray(String[]::new));
            for (int i = 0; i < rows.size(); i++) {
                if (!onlyDropped || dropped.get(i)) {
                    all.add(rows.get(i));
                }
            }
            int[] width = new int[head.size()];
            for (String[] r : all) {
                for (int c = 0; c < r.length; c++) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
            StringBuilder b = new StringBuilder();
            for (String[] r : all) {
                for (int c = 0; c < r.length; c++) {
                    b.append(c == 0 ? String.format("%-" + width[c] + "s", r[c]) : String.format("  %" + width[c] + "s", r[c]));
                }
                b.append('\n');
            }
            if (onlyDropped) {
                details.forEach(d -> b.append(d).append('\n'));
            }
            return b.toString();
        }
    }
}

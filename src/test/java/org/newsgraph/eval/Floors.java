package org.newsgraph.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code src/test/resources/eval/floors.tsv}: one line per dev article, its gold file's name without
 * {@code .json} and then, tab-separated, one floor per {@link Figure} in the order of the enum (the file's header
 * comment names them). A ratio's floor is as the summary line shows it (two decimals) and the figure fails when
 * the shown value is below it; a count ("members 2/3") fails when fewer are found; duplicates and boilerplate
 * events are ceilings. {@code -} sets no floor. Lines starting with {@code #} and blank lines are skipped.
 */
record Floors(Map<String, Line> lines) {

    static final Path FILE = Path.of("src/test/resources/eval/floors.tsv");

    /** A figure of the summary line, how the table heads it, and which way is worse. */
    enum Figure {
        ENTITY_RECALL("ent R", Kind.RATIO, GoldScorer.Score::entityRecall),
        ENTITY_PRECISION("ent P", Kind.RATIO, GoldScorer.Score::entityPrecision),
        TYPED("typed", Kind.RATIO, GoldScorer.Score::typed),
        DUPLICATES("dup<=", Kind.CEILING, GoldScorer.Score::duplicates),
        EVENT_RECALL("ev R", Kind.RATIO, GoldScorer.Score::eventRecall),
        EVENT_PRECISION("ev P", Kind.RATIO, GoldScorer.Score::eventPrecision),
        ROLE_RECALL("roles R", Kind.RATIO, GoldScorer.Score::roleRecall),
        MEMBERS("members", Kind.COUNT, s -> s.members().found()),
        KIN("kin", Kind.COUNT, s -> s.kin().found()),
        QUANTITIES("quantities", Kind.COUNT, s -> s.quantities().found()),
        DATES("dates", Kind.COUNT, s -> s.dates().found()),
        BOILERPLATE("boiler<=", Kind.CEILING, GoldScorer.Score::boilerplate);

        /** A ratio shown with two decimals, a count of core gold items found, or a count that must not grow. */
        private enum Kind { RATIO, COUNT, CEILING }

        final String heading;
        private final Kind kind;
        private final ToDoubleFunction<GoldScorer.Score> figure;

        Figure(String heading, Kind kind, ToDoubleFunction<GoldScorer.Score> figure) {
            this.heading = heading;
            this.kind = kind;
            this.figure = figure;
        }

        /** A ceiling rather than a floor: more is worse. */
        boolean ceiling() {
            return kind == Kind.CEILING;
        }

        /** The figure as the summary line shows it: two decimals, or a count. */
        BigDecimal value(GoldScorer.Score s) {
            double v = figure.applyAsDouble(s);
            return kind == Kind.RATIO ? GoldScorer.round2(v) : BigDecimal.valueOf((long) v);
        }

        /** As the table shows it ("2/3" for a count out of the gold's core items). */
        String shown(GoldScorer.Score s) {
            return switch (this) {
                case MEMBERS -> s.members().toString();
                case KIN -> s.kin().toString();
                case QUANTITIES -> s.quantities().toString();
                case DATES -> s.dates().toString();
                default -> value(s).toPlainString();
            };
        }
    }

    /** The floors of one article, by figure; a figure without one is absent. */
    record Line(String article, Map<Figure, BigDecimal> floors) {

        /** How {@code s} breaks this line's floor for {@code f} ("floor 0.80"), or null when it holds. */
        String violation(Figure f, GoldScorer.Score s) {
            BigDecimal floor = floors.get(f);
            if (floor == null) {
                return null;
            }
            int c = f.value(s).compareTo(floor);
            boolean broken = f.ceiling() ? c > 0 : c < 0;
            return broken ? (f.ceiling() ? "max " : "min ") + floor.toPlainString() : null;
        }
    }

    static Floors read() throws IOException {
        Map<String, Line> lines = new LinkedHashMap<>();
        List<String> text = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (int n = 0; n < text.size(); n++) {
            String l = text.get(n);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\t", -1);
            Figure[] figures = Figure.values();
            if (cells.length != figures.length + 1) {
                throw new IllegalArgumentException(FILE + ":" + (n + 1) + ": " + cells.length + " tab-separated cells,"
                        + " want " + (figures.length + 1) + " (the article, then a floor or - for each figure)");
            }
            Map<Figure, BigDecimal> floors = new LinkedHashMap<>();
            for (int i = 0; i < figures.length; i++) {
                String cell = cells[i + 1].strip();
                if (cell.equals("-")) {
                    continue;
                }
                try {
                    floors.put(figures[i], new BigDecimal(cell));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(FILE + ":" + (n + 1) + ": " + figures[i].heading + " floor '" + cell
                            + "' is not a number (nor - for none)");
                }
            }
            String article = cells[0].strip();
            if (lines.put(article, new Line(article, floors)) != null) {
                throw new IllegalArgumentException(FILE + ":" + (n + 1) + ": a second line for " + article);
            }
        }
        return new Floors(lines);
    }

    /** The line that would make today's figures of {@code article} its floors. */
    static String line(String article, GoldScorer.Score s) {
        List<String> cells = new ArrayList<>();
        cells.add(article);
        for (Figure f : Figure.values()) {
            cells.add(f.value(s).toPlainString());
        }
        return String.join("\t", cells);
    }
}

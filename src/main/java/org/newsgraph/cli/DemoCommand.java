package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.IngestSummary;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", description = {
        "Ingests the example articles, shows what was found and how to query it.",
        "examples/manifest.tsv gives each example's publication date and language.",
        "Then, at a terminal, serves the store and its workbench until Ctrl+C (see --serve)."})
final class DemoCommand extends BaseCommand {

    /** The launcher tells where the project is, so the demo runs from any folder. */
    static final String HOME_PROPERTY = "newsgraph.home";

    @Mixin
    StoreOption store;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "The folder with manifest.tsv and the articles (default: the project's examples/).")
    Path examples;

    @Option(names = "--serve", arity = "0..1", paramLabel = "BOOL",
            description = "Then serve the store on http://127.0.0.1:3030/ until Ctrl+C (default: only when run at a terminal).")
    Boolean serve;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = examples != null ? examples : Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve("examples");
        List<Manifest.Entry> entries = Manifest.read(dir.resolve("manifest.tsv"));
        PrintStream out = main.out();
        IngestSummary summary;
        String actor;
        try (NewsGraph ng = NewsGraph.open(store.dir, Main.toolVersion())) {
            summary = ingest(ng, dir, entries);
            out.println(summary);
            out.println();
            actor = report(ng.store(), out);
        }
        nextSteps(out, actor);
        if (!summary.anyFailed() && (serve != null ? serve : System.console() != null)) {
            out.println();
            ServeCommand.serveUntilStopped(out, store.dir, ServeOptions.defaults(NG.ID, ServeOptions.DEFAULT_PORT));
        }
        return summary.anyFailed() ? 1 : 0;
    }

    private IngestSummary ingest(NewsGraph ng, Path dir, List<Manifest.Entry> entries) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        java.time.Duration took = java.time.Duration.ZERO;
        for (Manifest.Entry e : entries) {
            IngestSummary one = ng.ingest(List.of(dir.resolve(e.file()).toString()),
                    new IngestOptions(e.published(), e.language(), null, false), o -> {
                        if (o.status() == IngestOutcome.Status.FAILED) {
                            main.err().println("error: " + o.error());
                        }
                    });
            outcomes.addAll(one.outcomes());
            took = took.plus(one.took());
        }
        return new IngestSummary(outcomes, took);
    }

    /**
     * Prints what the store now holds, read with the library's own queries.
     *
     * @return the IRI of the actor most involved in events (else the most mentioned one), as an example to query
     */
    private String report(Store s, PrintStream out) {
        List<QuerySolution> actors = select(s, "actors");
        Map<String, String> labels = new HashMap<>();
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (QuerySolution r : actors) {
            String label = label(r, "label_en", "label_ar");
            labels.put(r.getResource("actor").getURI(), label);
            byType.computeIfAbsent(r.getResource("type").getLocalName(), t -> new ArrayList<>()).add(label);
        }
        out.println("Actors (" + actors.size() + ")");
        byType.forEach((type, names) -> out.println("  " + type + " (" + names.size() + "): " + String.join(", ", names)));

        List<QuerySolution> events = select(s, "events");
        out.println();
        out.println("Events (" + events.size() + ")");
        for (QuerySolution r : events) {
            out.println("  " + pad(text(r.get("date"), ""), 10) + "  " + pad(text(r.get("code"), ""), 4) + "  "
                    + name(r.get("source"), labels) + " -> " + name(r.get("target"), labels)
                    + (r.contains("place") ? " in " + name(r.get("place"), labels) : "")
                    + (r.contains("what") ? ": " + text(r.get("what"), "") : "")
                    + (r.contains("quantities") ? "  [" + text(r.get("quantities"), "") + "]" : ""));
        }

        Map<String, Integer> involvement = new HashMap<>();
        for (QuerySolution r : events) {
            for (String v : new String[] {"source", "target"}) {
                if (r.contains(v) && r.get(v).isURIResource()) {
                    involvement.merge(r.getResource(v).getURI(), 1, Integer::sum);
                }
            }
        }
        String example = involvement.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(actors.stream().max(java.util.Comparator.comparingInt(r -> r.getLiteral("mentions").getInt()))
                        .map(r -> r.getResource("actor").getURI()).orElse("ACTOR-IRI"));

        List<QuerySolution> roles = select(s, "roles");
        out.println();
        out.println("Roles (" + roles.size() + ")");
        for (QuerySolution r : roles) {
            boolean former = r.contains("former") && r.getLiteral("former").getBoolean();
            out.println("  " + name(r.get("person"), labels) + ": " + (former ? "former " : "")
                    + text(r.get("role"), "") + " of " + name(r.get("organization"), labels));
        }
        return example;
    }

    /** The commands to run next, with the demo's own store and an actor it found. */
    private void nextSteps(PrintStream out, String actor) {
        String st = store.dir.toString().equals(StoreOption.DEFAULT) ? "" : " --store " + store.dir;
        String[][] steps = {
            {"./newsgraph query" + st + " actors", "every actor, with its Wikidata id"},
            {"./newsgraph query" + st + " events --format csv", "every event, as CSV"},
            {"./newsgraph query" + st + " actor-events --param actor=" + actor, "what one actor did, and to whom"},
            {"./newsgraph query --list", "the whole query library"},
            {"./newsgraph export" + st + " --format trig --output newsgraph.trig", "everything, as linked data"},
            {"./newsgraph stats" + st, "what the store holds"},
            {"./newsgraph validate" + st, "check every graph against the shapes"},
            {"./newsgraph serve" + st, "SPARQL endpoint and workbench on http://127.0.0.1:3030/"},
        };
        out.println();
        out.println("Next, try:");
        for (String[] x : steps) {
            out.println("  # " + x[1]);
            out.println("  " + x[0]);
        }
    }

    private static List<QuerySolution> select(Store s, String name) {
        return s.query(QueryFactory.create(QueryLibrary.text(name).orElseThrow()), Map.of(),
                qe -> ResultSetFormatter.toList(qe.execSelect()));
    }

    private static String label(QuerySolution r, String... vars) {
        for (String v : vars) {
            if (r.contains(v)) {
                return r.getLiteral(v).getString();
            }
        }
        return "?";
    }

    private static String name(RDFNode n, Map<String, String> labels) {
        if (n == null) {
            return "?";
        }
        return n.isURIResource() ? labels.getOrDefault(n.asResource().getURI(), n.asResource().getURI()) : n.toString();
    }

    private static String text(RDFNode n, String none) {
        return n == null ? none : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** {@code examples/manifest.tsv}: file, publication date, language; {@code #} starts a comment. */
    static final class Manifest {

        record Entry(String file, java.time.LocalDate published, String language) {
        }

        static List<Entry> read(Path manifest) throws IOException {
            if (!Files.isRegularFile(manifest)) {
                throw new IllegalArgumentException("no manifest " + manifest + " (give the examples folder with --examples)");
            }
            List<Entry> out = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalArgumentException(manifest + ":" + n + ": want file, date and language separated by tabs");
                }
                try {
                    out.add(new Entry(f[0].strip(), new Dates.Converter().convert(f[1].strip()), f[2].strip()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(manifest + ":" + n + ": " + e.getMessage());
                }
            }
            return out;
        }
    }
}

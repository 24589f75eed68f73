package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.newsgraph.QueryLibrary;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = {
        "Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all articles of the store, or at an --endpoint.",
        "QUERY is a .rq file, the name of a library query (${COMMAND-NAME} actors; see --list), or the query text.",
        "CONSTRUCT and DESCRIBE print Turtle."})
final class QueryCommand extends BaseCommand {

    enum Format { TABLE, JSON, CSV, TSV }

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"Runs the query at this SPARQL endpoint instead of over --store, such as"
                    + " http://localhost:3030/newsgraph/sparql (a `newsgraph serve` or a Fuseki fed by ingest --target)."})
    String endpoint;

    @Option(names = "--endpoint-timeout", paramLabel = "DURATION", converter = IngestCommand.Durations.class,
            description = "How long to wait for the --endpoint's answer: seconds, or with ms, s, m (default: 60s).")
    Duration endpointTimeout;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json (SPARQL 1.1 JSON results), csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = {"Binds the query variable ?NAME before it runs, e.g. --param actor=https://w3id.org/newsgraph/id/country/FR.",
                    "VALUE is an IRI (<...>, http(s)://..., or prefix:name with a prefix of the query or store),"
                            + " a YYYY-MM-DD date, an integer, or else a plain string."})
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "Lists the library queries and what each answers.")
    boolean list;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "A .rq file, a library query name, or SPARQL text.")
    String query;

    @Override
    public Integer call() throws IOException {
        PrintStream out = main.out();
        if (list) {
            int width = QueryLibrary.names().stream().mapToInt(String::length).max().orElse(0);
            for (String name : QueryLibrary.names()) {
                String question = QueryLibrary.question(QueryLibrary.text(name).orElseThrow());
                out.println(name + " ".repeat(width - name.length()) + "  " + question);
            }
            return 0;
        }
        if (query == null) {
            throw usage("a QUERY is needed (a .rq file, a library query name, or SPARQL text); --list shows the library");
        }
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw usage("--endpoint and --store: give one (the query runs at the endpoint or over the store)");
        }
        if (endpoint != null && !endpoint.matches("(?i)https?://[^/\\s]+.*")) {
            throw usage("--endpoint " + endpoint + ": not an http(s) URL");
        }
        if (endpointTimeout != null && endpoint == null) {
            throw usage("--endpoint-timeout needs --endpoint");
        }
        Query q = parse(queryText());
        if (endpoint != null) {
            // a remote store records no prefixes: use those an embedded store records, the vocabulary's
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Ontology.prefixes())
                    .setNsPrefixes(q.getPrefixMapping());
            RemoteStore.query(endpoint, q, bindings(q, prefixes),
                    endpointTimeout != null ? endpointTimeout : RemoteStore.DEFAULT_TIMEOUT, qe -> print(q, qe, prefixes, out));
        } else {
            try (Store s = Store.openExisting(store.dir)) {
                PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(s.prefixes().getMapping())
                        .setNsPrefixes(q.getPrefixMapping());
                Map<String, RDFNode> bindings = bindings(q, prefixes);
                s.query(q, bindings, qe -> print(q, qe, prefixes, out));
            }
        }
        out.flush();
        return 0;
    }

    /** Prints the results in {@link #format}; the same for the store and an endpoint. */
    private Void print(Query q, QueryExecution qe, PrefixMapping prefixes, PrintStream out) {
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, prefixes);
                case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            }
        } else if (q.isAskType()) {
            boolean yes = qe.execAsk();
            switch (format) {
                case TABLE -> out.println(yes ? "yes" : "no");
                case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
                case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
                case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
            }
        } else {
            Graph g = q.isConstructType() ? qe.execConstruct().getGraph() : qe.execDescribe().getGraph();
            Model m = ModelFactory.createModelForGraph(g);
            m.setNsPrefixes(prefixes);
            m.removeNsPrefix("");
            RDFDataMgr.write(out, m, Lang.TURTLE);
        }
        return null;
    }

    /** The query text from a file, else the library, else the argument itself. */
    private String queryText() throws IOException {
        if (!query.contains("\n") && !query.isBlank()) {
            Path given;
            try {
                given = Path.of(query);
            } catch (java.nio.file.InvalidPathException e) {
                return query;
            }
            if (Files.isRegularFile(given)) {
                return readUtf8(given);
            }
            // "actors", "actors.rq" and "queries/actors.rq" name the library query when no such file is here
            Path parent = given.getParent();
            if (given.getFileName() != null && (parent == null || parent.toString().equals("queries"))) {
                var library = QueryLibrary.text(given.getFileName().toString());
                if (library.isPresent()) {
                    return library.get();
                }
            }
            if (query.endsWith(".rq")) {
                throw new IllegalArgumentException("no query file " + query + " (nor a library query of that name: see --list)");
            }
        }
        return query;
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("not a SPARQL query (" + (query.length() > 60 ? query.substring(0, 60) + "..." : query)
                    + "): " + Errors.oneLine(e));
        }
    }

    private Map<String, RDFNode> bindings(Query q, PrefixMapping prefixes) {
        Set<String> vars = OpVars.mentionedVars(Algebra.compile(q)).stream().filter(v -> v.isNamedVar()).map(Var::getVarName).collect(Collectors.toSet());
        Map<String, RDFNode> out = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            String n = name.startsWith("?") ? name.substring(1) : name;
            if (!vars.contains(n)) {
                throw usage("--param " + name + ": the query has no variable ?" + n
                        + (vars.isEmpty() ? "" : " (it has " + vars.stream().sorted().map(v -> "?" + v).collect(Collectors.joining(", ")) + ")"));
            }
            out.put(n, term(value, prefixes));
        });
        return out;
    }

    /** A parameter value as an RDF term; see the --param help. */
    static RDFNode term(String value, PrefixMapping prefixes) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return ResourceFactory.createResource(v.substring(1, v.length() - 1));
        }
        if (v.matches("(?i)(https?|urn|mailto|file):\\S+")) {
            return ResourceFactory.createResource(v);
        }
        int colon = v.indexOf(':');
        if (colon > 0 && !v.contains(" ") && prefixes.getNsPrefixURI(v.substring(0, colon)) != null) {
            return ResourceFactory.createResource(prefixes.expandPrefix(v));
        }
        if (v.matches("-?[0-9]+")) {
            return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDinteger);
        }
        if (v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                LocalDate.parse(v);
                return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                // not a real date: a string, like any other value
            }
        }
        return ResourceFactory.createStringLiteral(value);
    }
}

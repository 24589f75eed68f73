package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The ontology files shipped in the jar ({@code ontology/} on the classpath): the vocabulary, the CAMEO scheme
 * and the SHACL shapes, each read once.
 */
public final class Ontology {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("ngid", NG.ID)
            .setNsPrefix("lex", NG.LEX)
            .setNsPrefix("cameo", NG.CAMEO)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("itsrdf", ITSRDF.NS)
            .setNsPrefix("sem", SEM.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("wd", NG.WD)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .lock();

    // After PREFIXES: the vocabulary carries them, so whoever stores it can record them for exports.
    private static final Graph VOCABULARY = readOnly("ontology/newsgraph.ttl", "ontology/cameo.ttl");
    private static final Shapes SHAPES = Shapes.parse(readOnly("ontology/shapes.ttl"));

    private Ontology() {
    }

    /** {@code ontology/newsgraph.ttl} and {@code ontology/cameo.ttl}, read-only, with all of {@link #prefixes()}. */
    public static Graph vocabulary() {
        return VOCABULARY;
    }

    /** The SHACL shapes of {@code ontology/shapes.ttl}. */
    public static Shapes shapes() {
        return SHAPES;
    }

    /** The prefixes of {@code ontology/README.md}, for writers and queries. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /**
     * Validates data against the shapes. The data is seen together with the vocabulary, so that subclasses count
     * ({@code ng:Person} is an {@code ng:Actor}) and an event type can be checked to be a CAMEO concept.
     */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, new Union(data, VOCABULARY));
    }

    /**
     * Validates one node of {@code data} against the shapes that target it, the data again seen together with the
     * vocabulary: for a node whose shape looks beyond its own graph (a merged event and its reports).
     */
    public static ValidationReport validate(Graph data, Node focus) {
        return ShaclValidator.get().validate(SHAPES, new Union(data, VOCABULARY), focus);
    }

    /**
     * The report as readable lines, one per violation: the focus node (shortened by the prefixes), the path and
     * the shape's message, sorted so the same data always gives the same text. Empty when the data conforms.
     */
    public static List<String> describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> PREFIXES.shortForm(str(e.focusNode()))
                        + (e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(PREFIXES)))
                        + ": " + e.message()
                        + (e.value() == null || e.value().equals(e.focusNode()) ? "" : " (value " + str(e.value()) + ")"))
                .sorted()
                .toList();
    }

    private static String str(Node n) {
        return n.isURI() ? PREFIXES.shortForm(n.getURI()) : NodeFmtLib.strNT(n);
    }

    private static Graph readOnly(String... resources) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String resource : resources) {
            try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath (is ontology/ in the jar?)");
                }
                RDFParser.source(in).lang(Lang.TURTLE).base("urn:newsgraph:" + resource).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        return new GraphReadOnly(g);
    }
}

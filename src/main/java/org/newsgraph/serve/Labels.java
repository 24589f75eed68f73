package org.newsgraph.serve;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Display labels, Arabic and English, for the IRIs a page shows. The store's {@code rdfs:label} (or
 * {@code skos:prefLabel}) wins; terms the store only points to, such as CAMEO concepts and lexicon offices, take
 * their labels from the vocabulary files shipped in the jar.
 */
final class Labels {

    /** An IRI's Arabic and English display labels; either may be null. */
    record Label(String ar, String en) {
        static final Label NONE = new Label(null, null);

        JsonObject json() {
            JsonObject o = new JsonObject();
            if (ar != null) {
                o.put("ar", ar);
            }
            if (en != null) {
                o.put("en", en);
            }
            return o;
        }

        Label merge(String lang, String value) {
            if (lang.equals("ar") && ar == null) {
                return new Label(value, en);
            }
            if ((lang.equals("en") || lang.startsWith("en-")) && en == null) {
                return new Label(ar, value);
            }
            return this;
        }
    }

    /** Vocabulary files whose labels name terms the store only refers to. */
    private static final List<String> VOCABULARY = List.of("ontology/cameo.ttl", "ontology/newsgraph.ttl");

    private static final String LABELS = Workbench.PREFIXES + """
            SELECT ?s ?label WHERE { ?s rdfs:label|skos:prefLabel ?label }
            """;

    private final Workbench.Selector store;
    private final Graph vocabulary;

    Labels(Workbench.Selector store) {
        this.store = store;
        this.vocabulary = loadVocabulary();
    }

    Map<Node, Label> of(Collection<Node> nodes) {
        Map<Node, Label> out = new HashMap<>();
        List<Node> iris = new LinkedHashSet<>(nodes).stream().filter(Node::isURI).toList();
        if (iris.isEmpty()) {
            return out;
        }
        Query query = new ParameterizedSparqlString(LABELS).asQuery();
        Workbench.withValues(query, "s", iris);
        for (Binding row : store.select(query)) {
            Node label = row.get("label");
            if (label.isLiteral()) {
                Node s = row.get("s");
                out.put(s, out.getOrDefault(s, Label.NONE).merge(label.getLiteralLanguage(), label.getLiteralLexicalForm()));
            }
        }
        for (Node iri : iris) {
            Label known = out.getOrDefault(iri, Label.NONE);
            if (known.ar() == null || known.en() == null) {
                for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
                    for (Triple t : vocabulary.find(iri, p, Node.ANY).toList()) {
                        if (t.getObject().isLiteral()) {
                            known = known.merge(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
                        }
                    }
                }
                if (known != Label.NONE) {
                    out.put(iri, known);
                }
            }
        }
        return out;
    }

    private static Graph loadVocabulary() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClassLoader loader = Labels.class.getClassLoader();
        for (String name : VOCABULARY) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + name + " from the jar", e);
            }
        }
        return graph;
    }
}

package org.newsgraph.rdf;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * The CAMEO scheme of {@code ontology/cameo.ttl} as a lookup from a code to what the mapper states about an
 * event of that code. Read once from the vocabulary, so the codes live in one Turtle file and nowhere in Java.
 */
final class Cameo {

    /** One concept: its notation, PLOVER type and quad class. */
    record Concept(String code, String ploverType, String quadClass) {
    }

    private static final Map<String, Concept> CONCEPTS = load(Ontology.vocabulary());

    private Cameo() {
    }

    static Optional<Concept> lookup(String code) {
        return Optional.ofNullable(CONCEPTS.get(code));
    }

    static Map<String, Concept> all() {
        return CONCEPTS;
    }

    private static Map<String, Concept> load(Graph g) {
        Map<String, Concept> out = new TreeMap<>();
        for (Triple t : g.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).toList()) {
            Node c = t.getSubject();
            if (!c.isURI() || !c.getURI().startsWith(NG.CAMEO)) {
                continue;
            }
            String code = t.getObject().getLiteralLexicalForm();
            out.put(code, new Concept(code, string(g, c, NG.ploverType.asNode()), string(g, c, NG.quadClass.asNode())));
        }
        return Map.copyOf(out);
    }

    private static String string(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }
}

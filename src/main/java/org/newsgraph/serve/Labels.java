package org.newsgraph.serve;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Display labels, Arabic and English, for the IRIs a page shows: the first {@code rdfs:label} or
 * {@code skos:prefLabel} per language in the union graph, which includes the store's vocabulary graph (so CAMEO
 * concepts are named too).
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

    private static final String LABELS = Workbench.PREFIXES + """
            SELECT ?s ?label WHERE { VALUES ?lp { rdfs:label skos:prefLabel } ?s ?lp ?label }
            """;

    private final Workbench.Selector store;

    Labels(Workbench.Selector store) {
        this.store = store;
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
        return out;
    }
}

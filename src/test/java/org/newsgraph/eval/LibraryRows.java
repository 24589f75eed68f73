package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.QueryLibrary;
import org.newsgraph.store.Store;

/**
 * The rows of a library query over a store, as {@code newsgraph query --format json} gives them to score.py:
 * each bound variable's plain value (an IRI, a literal's lexical form, a blank node's label), in result order.
 */
final class LibraryRows {

    private LibraryRows() {
    }

    static List<Map<String, String>> of(Store store, String name) {
        String text = QueryLibrary.text(name).orElseThrow(() -> new IllegalStateException("no library query " + name));
        return store.query(QueryFactory.create(text), Map.of(), qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(solution -> rows.add(row(solution)));
            return rows;
        });
    }

    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> row = new LinkedHashMap<>();
        s.varNames().forEachRemaining(v -> {
            RDFNode n = s.get(v);
            if (n != null) {
                row.put(v, n.isURIResource() ? n.asResource().getURI()
                        : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asNode().getBlankNodeLabel());
            }
        });
        return row;
    }
}

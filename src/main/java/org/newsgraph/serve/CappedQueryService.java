package org.newsgraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a ceiling on the result size: a query without LIMIT, or with a larger one,
 * is run with {@code LIMIT cap}, so one careless {@code SELECT *} cannot stream the whole store.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    private final long cap;

    CappedQueryService(long cap) {
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        return Pair.create(decided.getLeft(), capped(decided.getRight(), cap));
    }

    /** The query itself when it already asks for at most {@code cap} solutions, otherwise a capped copy. */
    static Query capped(Query query, long cap) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(cap);
        return copy;
    }
}

/**
 * The {@code store} stage: takes the graphs of articles, in batches ({@link org.newsgraph.store.ArticleGraph}), and keeps them
 * in an Apache Jena TDB2 dataset, one named graph per article, the union of all graphs as the default graph.
 *
 * <p>The only package that opens transactions (always through {@code Txn}). Must not import {@code extract}
 * rules, {@code serve} or {@code cli}.
 */
package org.newsgraph.store;

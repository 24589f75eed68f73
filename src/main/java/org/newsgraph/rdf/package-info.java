/**
 * The {@code rdf} stage: takes {@link org.newsgraph.extract.Extraction} records and an
 * {@link org.newsgraph.read.Article}, gives triples to a {@link org.apache.jena.riot.system.StreamRDF} through the
 * vocabulary classes of this package (one per namespace). Also reads the lexicons in {@code ontology/} into the
 * plain records the extractors use.
 *
 * <p>Must not open transactions or know where triples go: the store, an export file and a test are all just
 * destinations. Must not import {@code store}, {@code serve} or {@code cli}.
 */
package org.newsgraph.rdf;

/**
 * The {@code rdf} stage: takes {@link org.newsgraph.extract.Extraction} records and an
 * {@link org.newsgraph.read.Article}, gives triples to a {@link org.apache.jena.riot.system.StreamRDF} through the
 * vocabulary classes of this package (one per namespace). Also reads the lexicons in {@code ontology/} into the
 * plain records the extractors use.
 *
 * <ul>
 *   <li>{@link org.newsgraph.rdf.ExtractionMapper} emits one article as quads in the article's named graph,
 *       following the data model of {@code ontology/README.md}: deterministic, without blank nodes, with every
 *       fact pointing back to its sentence ({@code ng:evidence}) and the article to its extraction run (PROV-O).
 *       It checks that the extraction fits the article (spans inside the text, anchors equal to the text at
 *       their spans, CAMEO codes known) and says which article and which part when not.</li>
 *   <li>{@link org.newsgraph.rdf.Iris} mints every IRI: actors by their key, articles by a hash of their URL or
 *       text, their parts by number; offsets in mention IRIs are Unicode code points, as everywhere.</li>
 *   <li>{@link org.newsgraph.rdf.Ontology} reads {@code ontology/newsgraph.ttl}, {@code ontology/cameo.ttl} and
 *       {@code ontology/shapes.ttl} from the classpath and validates data against the shapes.</li>
 *   <li>Vocabulary classes: {@link org.newsgraph.rdf.NG} ({@code ng:}, declared in {@code newsgraph.ttl}),
 *       {@link org.newsgraph.rdf.NIF}, {@link org.newsgraph.rdf.ITSRDF}, {@link org.newsgraph.rdf.SEM},
 *       {@link org.newsgraph.rdf.PROV}, {@link org.newsgraph.rdf.SCHEMA}; Jena's own for RDF, RDFS, OWL, XSD,
 *       SKOS. No IRI is written as a string literal anywhere else.</li>
 * </ul>
 *
 * <p>Must not open transactions or know where triples go: the store, an export file and a test are all just
 * destinations. Must not import {@code store}, {@code serve} or {@code cli}.
 */
package org.newsgraph.rdf;

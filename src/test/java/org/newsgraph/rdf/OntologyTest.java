package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntologyTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void mapperOutputConformsToTheShapes(String lang) {
        Fixtures.Case c = ExtractionMapperTest.fixture(lang);
        DatasetGraph ds = ExtractionMapperTest.map(c);
        Graph g = ds.getUnionGraph();
        ValidationReport report = Ontology.validate(g);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
    }
}

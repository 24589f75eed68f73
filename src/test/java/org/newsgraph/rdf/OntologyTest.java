package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** What the store and the command line get from {@link Ontology}, read from the classpath as in the jar. */
class OntologyTest {

    @Test
    void theVocabularyHoldsTheOntologyAndTheCameoScheme() {
        Graph v = Ontology.vocabulary();
        assertThat(v.contains(NG.Event.asNode(), RDF.type.asNode(), OWL.Class.asNode())).isTrue();
        assertThat(v.contains(NodeFactory.createURI(Iris.cameo("173")), RDF.type.asNode(), SKOS.Concept.asNode()))
                .isTrue();
    }

    @Test
    void theVocabularyCarriesEveryPrefixSoAStoreCanRecordThemForExports() {
        assertThat(Ontology.vocabulary().getPrefixMapping().getNsPrefixMap())
                .containsAllEntriesOf(Ontology.prefixes().getNsPrefixMap())
                .containsEntry("ngid", NG.ID).containsEntry("wd", NG.WD).containsEntry("itsrdf", ITSRDF.NS);
    }

    @Test
    void theVocabularyCannotBeChangedByAUser() {
        Triple t = Triple.create(NG.Event.asNode(), RDF.type.asNode(), OWL.Thing.asNode());
        assertThatThrownBy(() -> Ontology.vocabulary().add(t)).isInstanceOf(RuntimeException.class);
        assertThat(Ontology.vocabulary().contains(t)).isFalse();
    }

    @Test
    void theShapesCoverEveryKindOfNodeTheMapperEmits() {
        assertThat(Ontology.shapes().getTargetShapes()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Ontology.shapes().getTargetShapes().stream().flatMap(s -> s.getTargets().stream())
                .map(target -> target.getObject()))
                .contains(NG.Article.asNode(), NG.ExtractionRun.asNode(), NG.Actor.asNode(), NG.Event.asNode(),
                        NG.Role.asNode(), NG.Statement.asNode(), NG.Quantity.asNode(), NG.RelationAssertion.asNode(),
                        NIF.Phrase.asNode(), NIF.Sentence.asNode());
    }
}

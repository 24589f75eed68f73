package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;

/**
 * A state body (the Jordanian police of the fixture) says which country it is a body of with ng:country, so an
 * analyst can go from "الشرطة الأردنية" to Jordan; only to a country the article names, which the graph types.
 */
class ActorCountryMappingTest {

    private static final Node POLICE = NodeFactory.createURI(Iris.actor("org/JO/police"));

    @Test
    void aStateBodyIsLinkedToItsCountryAndTheGraphStillConforms() {
        Graph g = mapWithPoliceOf("country/JO");
        assertThat(g.contains(POLICE, NG.country.asNode(), NodeFactory.createURI(Iris.actor("country/JO")))).isTrue();
        assertThat(Ontology.describe(Ontology.validate(g))).isEmpty();
    }

    @Test
    void noLinkToACountryTheArticleDoesNotName() {
        Graph g = mapWithPoliceOf("country/SE");
        assertThat(g.contains(POLICE, NG.country.asNode(), Node.ANY)).isFalse();
        assertThat(Ontology.describe(Ontology.validate(g))).isEmpty();
    }

    private static Graph mapWithPoliceOf(String country) {
        Fixtures.Case c = Fixtures.arabic();
        Extraction x = c.extraction();
        List<Actor> actors = x.actors().stream()
                .map(a -> a.key().equals("org/JO/police")
                        ? new Actor(a.key(), a.type(), a.labelAr(), a.labelEn(), a.transliterated(), a.wikidata(), country, a.altLabelsEn())
                        : a)
                .toList();
        Extraction withCountry = new Extraction(x.extractor(), x.sentences(), actors, x.mentions(), x.roles(), x.events(),
                x.relations(), x.statements());
        DatasetGraph ds = DatasetGraphFactory.create();
        ExtractionMapper.emit(c.article(), withCountry, Fixtures.RUN, StreamRDFLib.dataset(ds));
        Graph copy = GraphFactory.createDefaultGraph();
        ds.getUnionGraph().find().forEach(copy::add);
        return copy;
    }
}

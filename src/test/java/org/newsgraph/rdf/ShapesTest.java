package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes accept what the mapper emits and reject hand-broken graphs with a message saying what is wrong. */
class ShapesTest {

    private static final String KEY = Iris.articleKey(Fixtures.arabic().article());
    private static final Node ARTICLE = uri(Iris.article(Fixtures.arabic().article()));
    private static final Node EVENT = uri(Iris.event(KEY, 0));
    private static final Node QUANTITY = uri(Iris.quantity(Iris.event(KEY, 1), 0));
    private static final Node ROLE = uri(Iris.role(KEY, 0));
    private static final Node RELATION = uri(Iris.relation(KEY, 0));
    private static final Node SAMER = uri(Iris.actor("name/samer-alkhatib"));
    private static final Node POLICE = uri(Iris.actor("org/JO/police"));
    private static final Node NADER = uri(Iris.actor("name/nader-alsaadi"));
    private static final Node FUAD = uri(Iris.actor("name/fuad-alhasan"));
    private static final Node SAMER_MENTION = uri(Iris.mention(ARTICLE.getURI(),
            Fixtures.span(Fixtures.arabic().article().text(), "سامر الخطيب", 0)));

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void mapperOutputConforms(String lang) {
        ValidationReport report = Ontology.validate(mapped(lang));
        assertThat(Ontology.describe(report)).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void anEventWithoutEvidenceFails() {
        assertFails(g -> g.remove(EVENT, NG.evidence.asNode(), Node.ANY),
                "event/" + KEY + "-0 ng:evidence: an event has one ng:evidence, a nif:Sentence");
    }

    @Test
    void anEventWithTwoSourcesFails() {
        assertFails(g -> g.add(EVENT, NG.source.asNode(), NADER), "at most one ng:source, an actor");
    }

    @Test
    void anEventTypeOutsideTheCameoSchemeFails() {
        assertFails(g -> {
            g.remove(EVENT, NG.eventType.asNode(), Node.ANY);
            g.add(EVENT, NG.eventType.asNode(), uri(NG.CAMEO + "999"));
        }, "an event has one ng:eventType, a concept of the CAMEO scheme");
    }

    @Test
    void aCameoCodeThatIsNotTheNotationOfTheEventTypeFails() {
        assertFails(g -> {
            g.remove(EVENT, NG.cameoCode.asNode(), Node.ANY);
            g.add(EVENT, NG.cameoCode.asNode(), NodeFactory.createLiteralString("172"));
        }, "ng:cameoCode 172 is not the notation of the event's ng:eventType");
    }

    @Test
    void aMalformedCameoCodeFails() {
        assertFails(g -> {
            g.remove(EVENT, NG.cameoCode.asNode(), Node.ANY);
            g.add(EVENT, NG.cameoCode.asNode(), NodeFactory.createLiteralString("17a"));
        }, "an event has one ng:cameoCode of 2 to 4 digits");
    }

    @Test
    void anEventDateThatIsAPlainStringFails() {
        assertFails(g -> g.add(EVENT, NG.date.asNode(), NodeFactory.createLiteralString("3 March 2021")),
                "at most one ng:date, an xsd:date, xsd:gYearMonth or xsd:gYear");
    }

    @Test
    void anActorWithTwoTypesFails() {
        assertFails(g -> g.add(SAMER, RDF.type.asNode(), NG.Organization.asNode()),
                "an actor has exactly one of the types");
    }

    @Test
    void anActorWithoutLabelFails() {
        assertFails(g -> g.remove(SAMER, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY),
                "an actor has at least one label");
    }

    @Test
    void anActorSameAsSomethingOtherThanAWikidataEntityFails() {
        assertFails(g -> g.add(POLICE, OWL.sameAs.asNode(), uri("https://en.wikipedia.org/wiki/Police")),
                "owl:sameAs only Wikidata entities");
    }

    @Test
    void aMentionEndingBeforeItBeginsFails() {
        assertFails(g -> {
            g.remove(SAMER_MENTION, NIF.endIndex.asNode(), Node.ANY);
            g.add(SAMER_MENTION, NIF.endIndex.asNode(), NodeFactory.createLiteralDT("3", XSDDatatype.XSDnonNegativeInteger));
        }, "nif:beginIndex is greater than nif:endIndex");
    }

    @Test
    void aMentionWithAStringOffsetFails() {
        assertFails(g -> {
            g.remove(SAMER_MENTION, NIF.beginIndex.asNode(), Node.ANY);
            g.add(SAMER_MENTION, NIF.beginIndex.asNode(), NodeFactory.createLiteralString("29"));
        }, "one nif:beginIndex, an xsd:nonNegativeInteger (code points)");
    }

    @Test
    void aMentionWithoutAnchorFails() {
        assertFails(g -> g.remove(SAMER_MENTION, NIF.anchorOf.asNode(), Node.ANY),
                "one nif:anchorOf, the text at the offsets");
    }

    @Test
    void aMentionIdentifyingSomethingOtherThanAnActorFails() {
        assertFails(g -> g.add(SAMER_MENTION, ITSRDF.taIdentRef.asNode(), uri(Iris.office("president"))),
                "a mention's itsrdf:taIdentRef is an actor");
    }

    @Test
    void aQuantityWithANegativeValueFails() {
        assertFails(g -> {
            g.remove(QUANTITY, NG.value.asNode(), Node.ANY);
            g.add(QUANTITY, NG.value.asNode(), NodeFactory.createLiteralDT("-3", XSDDatatype.XSDinteger));
        }, "a quantity has one ng:value, a non-negative integer");
    }

    @Test
    void aShareWithDecimalsInPercentConforms() {
        Graph g = mapped("ar");
        g.remove(QUANTITY, NG.value.asNode(), Node.ANY);
        g.add(QUANTITY, NG.value.asNode(), NodeFactory.createLiteralDT("64.27", XSDDatatype.XSDdecimal));
        g.add(QUANTITY, NG.unit.asNode(), NodeFactory.createLiteralString("percent"));
        ValidationReport report = Ontology.validate(g);
        assertThat(Ontology.describe(report)).isEmpty();
    }

    @Test
    void aQuantityInAnUnknownUnitFails() {
        assertFails(g -> g.add(QUANTITY, NG.unit.asNode(), NodeFactory.createLiteralString("furlongs")),
                "percent is the only unit the extractors give");
    }

    @Test
    void aQuantityThatDoesNotSayWhatItCountsFails() {
        assertFails(g -> g.remove(QUANTITY, NG.counts.asNode(), Node.ANY), "a quantity says what it ng:counts");
    }

    @Test
    void aRoleHeldByAnOrganisationFails() {
        assertFails(g -> {
            g.remove(ROLE, NG.holder.asNode(), Node.ANY);
            g.add(ROLE, NG.holder.asNode(), POLICE);
        }, "a role has one ng:holder, an ng:Person");
    }

    @Test
    void aRoleWithoutOfficeFails() {
        assertFails(g -> g.remove(ROLE, NG.office.asNode(), Node.ANY), "a role has one ng:office");
    }

    @Test
    void aStatementWithoutSpeakerFails() {
        assertFails(g -> g.remove(uri(Iris.statement(KEY, 0)), NG.speaker.asNode(), Node.ANY),
                "a statement has one ng:speaker, an actor");
    }

    @Test
    void aRelationAssertionWithoutItsDirectTripleFails() {
        assertFails(g -> g.remove(NADER, NG.nephewOf.asNode(), FUAD),
                "the direct triple of a relation assertion is missing");
        assertFails(g -> g.remove(RELATION, RDF.predicate.asNode(), Node.ANY),
                "a relation assertion's rdf:predicate is");
    }

    @Test
    void anArticleWithoutTextOrRunFails() {
        assertFails(g -> g.remove(ARTICLE, NIF.isString.asNode(), Node.ANY),
                "an article has exactly one non-empty text (nif:isString)");
        assertFails(g -> g.remove(ARTICLE, PROV.wasGeneratedBy.asNode(), Node.ANY),
                "an article was generated by an ng:ExtractionRun");
    }

    @Test
    void anArticlePublishedOnADateTimeFails() {
        assertFails(g -> {
            g.remove(ARTICLE, SCHEMA.datePublished.asNode(), Node.ANY);
            g.add(ARTICLE, SCHEMA.datePublished.asNode(),
                    NodeFactory.createLiteralDT("2021-03-04T00:00:00Z", XSDDatatype.XSDdateTime));
        }, "an article's schema:datePublished is one xsd:date");
    }

    @Test
    void theLexiconsConform() throws Exception {
        Graph lexicons = GraphFactory.createDefaultGraph();
        for (var file : VocabularyTest.ontologyFiles()) {
            if (file.startsWith("ontology/lexicon")) {
                RDFDataMgr.read(lexicons, file.toString());
            }
        }
        assertThat(lexicons.size()).as("triples in ontology/lexicon").isPositive();
        assertThat(Ontology.describe(Ontology.validate(lexicons))).isEmpty();
    }

    @Test
    void aLexiconCountryWithAMalformedIsoCodeOrAPersonAsCapitalFails() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, new java.io.StringReader("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <https://w3id.org/newsgraph/id/country/XX> a ng:Country ; skos:prefLabel "Xland"@en ;
                    ng:isoCode "xxx" ; ng:capital <https://w3id.org/newsgraph/id/person/mayor> .
                <https://w3id.org/newsgraph/id/person/mayor> a ng:Person ; skos:prefLabel "Mayor"@en .
                """), null, org.apache.jena.riot.Lang.TURTLE);
        List<String> lines = Ontology.describe(Ontology.validate(g));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("two capital letters"))
                .anySatisfy(l -> assertThat(l).contains("a country's ng:capital is one ng:Place"));
    }

    private static void assertFails(Consumer<Graph> breakIt, String expected) {
        Graph g = mapped("ar");
        breakIt.accept(g);
        ValidationReport report = Ontology.validate(g);
        List<String> lines = Ontology.describe(report);
        assertThat(report.conforms()).isFalse();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(expected));
    }

    private static Graph mapped(String lang) {
        Graph copy = GraphFactory.createDefaultGraph();
        ExtractionMapperTest.map(ExtractionMapperTest.fixture(lang)).getUnionGraph().find().forEach(copy::add);
        return copy;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}

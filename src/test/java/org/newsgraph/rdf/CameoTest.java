package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** ontology/cameo.ttl is a complete, well-formed SKOS scheme the mapper and the workbench can rely on. */
class CameoTest {

    private static final Graph CAMEO = RDFDataMgr.loadGraph("ontology/cameo.ttl");
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT", "STATEMENT");

    @Test
    void everyConceptHasItsNotationLabelsInEnglishAndArabicAPloverTypeAndAQuadClass() {
        List<Node> concepts = concepts();
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(300);
        for (Node c : concepts) {
            String code = c.getURI().substring(NG.CAMEO.length());
            assertThat(strings(c, SKOS.notation.asNode())).as("notation of %s", c).containsExactly(code);
            assertThat(code).matches("[0-9]{2,4}");
            Set<String> langs = new HashSet<>();
            CAMEO.find(c, SKOS.prefLabel.asNode(), Node.ANY).forEach(t -> langs.add(t.getObject().getLiteralLanguage()));
            assertThat(langs).as("labels of %s", code).containsExactlyInAnyOrder("en", "ar");
            assertThat(strings(c, NG.ploverType.asNode())).as("PLOVER type of %s", code).hasSize(1)
                    .allMatch(PLOVER::contains);
            assertThat(strings(c, NG.quadClass.asNode())).as("quad class of %s", code)
                    .containsExactly(quadClass(Integer.parseInt(code.substring(0, 2))));
        }
    }

    @Test
    void theRootsAreTheTwentyTwoDigitCodesAndTopConceptsOfTheScheme() {
        Set<String> roots = new TreeSet<>();
        for (Node c : concepts()) {
            if (CAMEO.find(c, SKOS.broader.asNode(), Node.ANY).hasNext()) {
                continue;
            }
            roots.add(c.getURI().substring(NG.CAMEO.length()));
            assertThat(CAMEO.contains(c, SKOS.topConceptOf.asNode(), scheme())).as("%s is a top concept", c).isTrue();
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            expected.add(String.format("%02d", i));
        }
        assertThat(roots).isEqualTo(expected);
    }

    @Test
    void everyConceptReachesItsRootThroughBroaderConceptsWhoseCodesArePrefixesOfItsOwn() {
        for (Node c : concepts()) {
            String code = c.getURI().substring(NG.CAMEO.length());
            Node at = c;
            int steps = 0;
            while (true) {
                Set<Node> broader = new HashSet<>();
                CAMEO.find(at, SKOS.broader.asNode(), Node.ANY).forEach(t -> broader.add(t.getObject()));
                if (broader.isEmpty()) {
                    break;
                }
                assertThat(broader).as("broader of %s", at).hasSize(1);
                Node up = broader.iterator().next();
                String upCode = up.getURI().substring(NG.CAMEO.length());
                assertThat(code).as("%s is under %s", code, upCode).startsWith(upCode);
                assertThat(CAMEO.contains(up, RDF.type.asNode(), SKOS.Concept.asNode())).as("%s is defined", up).isTrue();
                at = up;
                assertThat(++steps).as("broader chain of %s loops", code).isLessThan(4);
            }
            assertThat(at.getURI().substring(NG.CAMEO.length())).as("root of %s", code).hasSize(2);
        }
    }

    @Test
    void theCodesANewsExtractorNeedsAreThere() {
        Map<String, String> needed = Map.ofEntries(
                Map.entry("010", "STATEMENT"), Map.entry("020", "REQUEST"), Map.entry("051", "SUPPORT"),
                Map.entry("111", "ACCUSE"), Map.entry("112", "ACCUSE"), Map.entry("130", "THREATEN"),
                Map.entry("141", "PROTEST"), Map.entry("145", "PROTEST"), Map.entry("154", "MOBILIZE"),
                Map.entry("163", "SANCTION"), Map.entry("172", "COERCE"), Map.entry("173", "COERCE"),
                Map.entry("1823", "ASSAULT"), Map.entry("186", "ASSAULT"), Map.entry("190", "ASSAULT"),
                Map.entry("0871", "RETREAT"), Map.entry("0841", "CONCEDE"), Map.entry("057", "AGREE"),
                Map.entry("074", "AID"), Map.entry("062", "COOPERATE"), Map.entry("042", "CONSULT"),
                Map.entry("125", "REJECT"));
        needed.forEach((code, plover) -> assertThat(Cameo.lookup(code)).as(code).hasValueSatisfying(
                c -> assertThat(c.ploverType()).isEqualTo(plover)));
        assertThat(Cameo.all()).hasSize(concepts().size());
    }

    @Test
    void everyCameoCodeTheLexiconsGiveIsAConceptOfTheScheme() throws Exception {
        for (var file : VocabularyTest.ontologyFiles()) {
            RDFDataMgr.loadGraph(file.toString()).find(Node.ANY, NG.cameoCode.asNode(), Node.ANY).forEach(t -> {
                String code = t.getObject().getLiteralLexicalForm();
                assertThat(Cameo.lookup(code)).as("CAMEO code %s of %s in %s", code, t.getSubject(), file).isPresent();
            });
        }
    }

    private static String quadClass(int root) {
        return root <= 5 ? "verbal-cooperation" : root <= 9 ? "material-cooperation"
                : root <= 14 ? "verbal-conflict" : "material-conflict";
    }

    private static Node scheme() {
        return NodeFactory.createURI(NG.CAMEO + "scheme");
    }

    private static List<Node> concepts() {
        return CAMEO.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(t -> t.getSubject()).toList();
    }

    private static List<String> strings(Node s, Node p) {
        return CAMEO.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }
}

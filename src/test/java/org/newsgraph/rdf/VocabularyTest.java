package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The vocabulary classes and ontology/newsgraph.ttl agree, and ontology/newsgraph.ttl is consistent OWL. */
class VocabularyTest {

    private static final Graph NG_TTL = RDFDataMgr.loadGraph("ontology/newsgraph.ttl");
    private static final List<Class<?>> STANDARDS = List.of(NIF.class, ITSRDF.class, SEM.class, PROV.class, SCHEMA.class);

    @Test
    void everyNgConstantIsDeclaredWithTheRightKindLabelsAndComment() {
        for (Resource term : constants(NG.class)) {
            Node n = term.asNode();
            Set<Node> types = objects(n, RDF.type.asNode());
            if (term instanceof Property) {
                assertThat(types).as("%s is declared an OWL property", term)
                        .containsAnyOf(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode());
            } else {
                assertThat(types).as("%s is declared an owl:Class", term).contains(OWL.Class.asNode());
            }
            Set<String> labelLangs = new HashSet<>();
            objects(n, RDFS.label.asNode()).forEach(l -> labelLangs.add(l.getLiteralLanguage()));
            assertThat(labelLangs).as("labels of %s", term).contains("en", "ar");
            assertThat(objects(n, RDFS.comment.asNode())).as("comment of %s", term).isNotEmpty();
        }
    }

    @Test
    void everyNgTermDeclaredInTheOntologyHasAnNgConstant() {
        Set<String> constants = new TreeSet<>();
        constants(NG.class).forEach(r -> constants.add(r.getURI()));
        Set<String> declared = new TreeSet<>();
        NG_TTL.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });
        assertThat(declared).isEqualTo(constants);
    }

    @Test
    void everyNgTermUsedInAnyOntologyFileIncludingTheLexiconsIsDeclared() throws IOException {
        Set<String> declared = new TreeSet<>();
        constants(NG.class).forEach(r -> declared.add(r.getURI()));
        for (Path file : ontologyFiles()) {
            Graph g = RDFDataMgr.loadGraph(file.toString());
            g.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                    .filter(n -> n.isURI() && n.getURI().startsWith(NG.NS))
                    .forEach(n -> assertThat(declared).as("%s in %s", n.getURI(), file).contains(n.getURI())));
        }
    }

    /** Every Turtle file under ontology/, lexicons included. */
    static List<Path> ontologyFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("ontology"))) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @Test
    void everyStandardConstantIsARealTermOfItsStandard() throws IOException {
        Set<String> known = standardTerms();
        for (Class<?> vocabulary : STANDARDS) {
            for (Resource term : constants(vocabulary)) {
                assertThat(known).as("%s.%s", vocabulary.getSimpleName(), term.getLocalName()).contains(term.getURI());
            }
        }
    }

    @Test
    void everyStandardTermTheOntologyFilesUseIsARealTermOfItsStandard() throws IOException {
        Set<String> known = standardTerms();
        List<String> namespaces = STANDARDS.stream().map(VocabularyTest::namespace).toList();
        for (Path file : ontologyFiles()) {
            Graph g = RDFDataMgr.loadGraph(file.toString());
            g.find().forEach(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())
                    .filter(Node::isURI)
                    .map(Node::getURI)
                    .filter(u -> namespaces.stream().anyMatch(ns -> u.startsWith(ns) && u.length() > ns.length()))
                    .forEach(u -> assertThat(known).as("%s in %s", u, file).contains(u)));
        }
    }

    @Test
    void theOntologyIsConsistentAndTheMapperOutputIsConsistentWithIt() {
        Model vocabulary = ModelFactory.createModelForGraph(NG_TTL);
        assertValid(vocabulary);
        Model data = ModelFactory.createDefaultModel().add(vocabulary);
        ExtractionMapperTest.map(Fixtures.arabic()).getUnionGraph().find()
                .forEach(t -> data.getGraph().add(t));
        assertValid(data);
    }

    @Test
    void anActorOfTwoKindsContradictsTheOntology() {
        Model data = ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(NG_TTL));
        Node actor = NodeFactory.createURI(Iris.actor("name/somebody"));
        data.getGraph().add(Triple.create(actor, RDF.type.asNode(), NG.Person.asNode()));
        data.getGraph().add(Triple.create(actor, RDF.type.asNode(), NG.Country.asNode()));
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), data);
        assertThat(inf.validate().isValid()).isFalse();
    }

    private static void assertValid(Model m) {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), m);
        ValidityReport report = inf.validate();
        StringBuilder problems = new StringBuilder();
        report.getReports().forEachRemaining(r -> problems.append(r.getDescription()).append('\n'));
        assertThat(report.isValid()).as(problems.toString()).isTrue();
    }

    private static Set<String> standardTerms() throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/rdf/standard-terms.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            Arrays.stream(cols[1].trim().split(" +")).forEach(local -> out.add(cols[0] + local));
        }
        return out;
    }

    private static Set<Node> objects(Node s, Node p) {
        Set<Node> out = new HashSet<>();
        NG_TTL.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        return out;
    }

    private static String namespace(Class<?> vocabulary) {
        try {
            return (String) vocabulary.getField("NS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(vocabulary + " has no public NS", e);
        }
    }

    /** The public static Resource and Property constants of a vocabulary class. */
    static List<Resource> constants(Class<?> vocabulary) {
        return Arrays.stream(vocabulary.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(VocabularyTest::value)
                .toList();
    }

    private static Resource value(Field f) {
        try {
            return (Resource) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}

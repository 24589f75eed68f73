package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NLP Interchange Format core ({@code nif:}), used for the article text, its sentences and the mentions of
 * actors. NIF counts offsets in Unicode code points, as newsgraph's records do.
 */
public final class NIF {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Context = resource("Context");
    public static final Resource String = resource("String");
    public static final Resource Phrase = resource("Phrase");
    public static final Resource Sentence = resource("Sentence");

    public static final Property isString = property("isString");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property anchorOf = property("anchorOf");
    public static final Property referenceContext = property("referenceContext");
    public static final Property sentence = property("sentence");
    public static final Property nextSentence = property("nextSentence");
}

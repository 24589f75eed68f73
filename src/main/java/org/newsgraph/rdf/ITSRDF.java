package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Internationalization Tag Set in RDF ({@code itsrdf:}): links a mention to the actor it names. */
public final class ITSRDF {

    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    private ITSRDF() {
    }

    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
}

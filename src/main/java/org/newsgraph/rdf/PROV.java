package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C provenance ontology PROV-O ({@code prov:}): articles are entities, extraction runs activities. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Entity = resource("Entity");
    public static final Resource Activity = resource("Activity");

    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property startedAtTime = property("startedAtTime");
}

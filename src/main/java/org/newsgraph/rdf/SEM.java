package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Simple Event Model ({@code sem:}), the event model newsgraph's events, actors and places are aligned
 * with in {@code ontology/newsgraph.ttl}.
 */
public final class SEM {

    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private SEM() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Event = resource("Event");
    public static final Resource Actor = resource("Actor");
    public static final Resource Place = resource("Place");
    public static final Resource EventType = resource("EventType");

    public static final Property hasActor = property("hasActor");
    public static final Property hasPlace = property("hasPlace");
    public static final Property hasTime = property("hasTime");
    public static final Property hasTimeStamp = property("hasTimeStamp");
    public static final Property eventType = property("eventType");
    public static final Property hasEarliestBeginTimeStamp = property("hasEarliestBeginTimeStamp");
    public static final Property hasLatestEndTimeStamp = property("hasLatestEndTimeStamp");
}

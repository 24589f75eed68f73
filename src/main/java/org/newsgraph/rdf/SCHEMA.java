package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * schema.org ({@code schema:}), in its {@code https} namespace: article metadata, and the classes newsgraph's
 * actors and events are aligned with.
 */
public final class SCHEMA {

    public static final String NS = "https://schema.org/";

    private SCHEMA() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource NewsArticle = resource("NewsArticle");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Event = resource("Event");
    public static final Resource Role = resource("Role");
    public static final Resource QuantitativeValue = resource("QuantitativeValue");

    public static final Property headline = property("headline");
    public static final Property datePublished = property("datePublished");
    public static final Property url = property("url");
    public static final Property inLanguage = property("inLanguage");
    public static final Property memberOf = property("memberOf");
    public static final Property about = property("about");
    public static final Property value = property("value");
}

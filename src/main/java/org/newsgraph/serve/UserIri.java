package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * An IRI typed by a user (query string, path): checked before it reaches a query, so that it can only ever
 * name a resource. Characters SPARQL's IRI syntax forbids ({@code <>"{}|^`\} and spaces) are refused outright,
 * and the rest must parse as an absolute IRI.
 */
final class UserIri {

    private static final int MAX_LENGTH = 2048;

    private UserIri() {
    }

    static Node parse(String name, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("missing parameter: " + name);
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.badRequest(name + " is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw ApiException.badRequest(name + " is not an IRI: it contains '" + (c <= ' ' ? "a space" : c) + "'");
            }
        }
        try {
            if (!IRIx.create(text).isAbsolute()) {
                throw ApiException.badRequest(name + " is not an absolute IRI: " + text);
            }
        } catch (IRIException e) {
            throw ApiException.badRequest(name + " is not an IRI: " + text);
        }
        return NodeFactory.createURI(text);
    }
}

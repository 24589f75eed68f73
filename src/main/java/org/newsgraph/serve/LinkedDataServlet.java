package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;

/**
 * Dereferenceable IRIs: {@code GET /id/{path}} describes {@code baseIri + path}. RDF formats get the resource's
 * description (its own triples, blank nodes they lead to such as quantities, the triples pointing at it, and its
 * evidence sentences); {@code text/html} is sent on (303 See Other) to the workbench page for it. Unknown IRIs
 * get 404, an Accept header no format satisfies 406.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final MediaType HTML = MediaType.create("text/html");
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD,
            "application/n-triples", RDFFormat.NTRIPLES,
            "application/rdf+xml", RDFFormat.RDFXML_PRETTY);
    /** What this servlet offers, in order of preference when the client has none. */
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml", "text/html");

    private static final String DESCRIPTION = Workbench.PREFIXES + """
            CONSTRUCT { ?pIri ?p ?o . ?o ?p2 ?o2 . ?s ?in ?pIri . ?sentence ?ps ?os . }
            WHERE {
              { ?pIri ?p ?o . OPTIONAL { ?o ?p2 ?o2 . FILTER(isBlank(?o)) } }
              UNION { ?s ?in ?pIri }
              UNION { ?pIri ng:evidence ?sentence . ?sentence ?ps ?os }
            }
            """;
    private static final String TYPES = "SELECT ?t WHERE { ?pIri a ?t }";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("ng", NG.NS)
            .setNsPrefix("lex", NG.LEX)
            .setNsPrefix("cameo", NG.CAMEO)
            .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
            .setNsPrefix("itsrdf", "http://www.w3.org/2005/11/its/rdf#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .lock();

    private final transient RDFLink link;
    private final String baseIri;

    LinkedDataServlet(DatasetGraph dataset, String baseIri) {
        this.link = RDFLink.connect(dataset);
        this.baseIri = baseIri;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            describe(request, response);
        } catch (QueryCancelledException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query took too long and was stopped");
        }
    }

    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String raw = request.getRequestURI().substring((request.getContextPath() + request.getServletPath()).length());
        if (raw.startsWith("/")) {
            raw = raw.substring(1);
        }
        Node iri = null;
        List<Node> types = List.of();
        for (String candidate : candidates(raw)) {
            Node node;
            try {
                node = UserIri.parse("IRI", baseIri + candidate);
            } catch (ApiException e) {
                continue;
            }
            types = types(node);
            if (!types.isEmpty() || link.queryAsk(withIri("ASK { ?pIri ?p ?o }", node))) {
                iri = node;
                break;
            }
        }
        if (raw.isEmpty() || iri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no resource " + baseIri + raw);
            return;
        }
        String accept = request.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? MediaType.create("text/turtle")
                : AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available as text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html");
            return;
        }
        if (chosen.getContentTypeStr().equals(HTML.getContentTypeStr())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/#/" + Workbench.kind(types) + "?iri="
                    + URLEncoder.encode(iri.getURI(), StandardCharsets.UTF_8));
            return;
        }
        Graph description = link.queryConstruct(withIri(DESCRIPTION, iri));
        description.getPrefixMapping().setNsPrefixes(PREFIXES);
        RDFFormat format = FORMATS.get(chosen.getContentTypeStr());
        Lang lang = RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        response.setContentType(lang.getHeaderString() + "; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, description, format);
        }
    }

    /** The path as sent, and with its percent-encoded UTF-8 decoded (IRIs may hold Arabic as it is). */
    private static Set<String> candidates(String raw) {
        Set<String> out = new LinkedHashSet<>();
        out.add(raw);
        try {
            out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // not valid percent-encoding: only the path as sent can name a resource
        }
        return out;
    }

    private List<Node> types(Node iri) {
        return Workbench.select(link, withIri(TYPES, iri)).stream().map(b -> b.get("t")).toList();
    }

    private static Query withIri(String template, Node iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setParam("pIri", NodeFactory.createURI(iri.getURI()));
        return pss.asQuery();
    }
}

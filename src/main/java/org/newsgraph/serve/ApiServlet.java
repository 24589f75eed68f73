package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;


import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.newsgraph.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's JSON API under {@code /api/}: {@code search?q=}, {@code actor?iri=}, {@code event?iri=},
 * {@code article?iri=}, {@code resource?iri=}, {@code network[?actor=]}, {@code events?actor=&code=&from=&to=
 * [&format=csv]}, {@code overview}, {@code queries} (the project's query library). Errors come back as {@code {"error": "..."}} with a 4xx/5xx
 * status, never as a stack trace.
 */
final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final int MAX_SEARCH_RESULTS = 50;
    private static final int MAX_NETWORK_NODES = 400;
    private static final int MAX_EVENTS = 5000;

    private final transient Workbench workbench;

    ApiServlet(Workbench workbench) {
        this.workbench = workbench;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (path) {
                case "/search" -> json(response, workbench.search(request.getParameter("q"),
                        intParam(request, "limit", 12, 1, MAX_SEARCH_RESULTS)));
                case "/actor" -> json(response, workbench.actor(iri(request, "iri")));
                case "/event" -> json(response, workbench.event(iri(request, "iri")));
                case "/article" -> json(response, workbench.article(iri(request, "iri")));
                case "/resource" -> json(response, workbench.resource(iri(request, "iri")));
                case "/network" -> json(response, workbench.network(optionalIri(request, "actor"),
                        intParam(request, "limit", 150, 1, MAX_NETWORK_NODES)));
                case "/events" -> events(request, response);
                case "/overview" -> json(response, workbench.overview());
                case "/queries" -> json(response, queryLibrary());
                default -> throw ApiException.notFound("no API " + path);
            }
        } catch (ApiException e) {
            error(response, e.status, e.getMessage());
        } catch (QueryCancelledException e) {
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query took too long and was stopped");
        } catch (BadMessageException e) {
            // Jetty decodes the parameters on first use, and refuses broken percent-encoding or an oversized form
            error(response, e.getCode(), "the request's parameters cannot be read: " + HttpStatus.getMessage(e.getCode()));
        } catch (RuntimeException e) {
            LOG.warn("API {} failed", path, e);
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error (the server's log has the details)");
        }
    }

    private void events(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        if (code != null && !code.isBlank() && !code.strip().matches("\\d{1,4}")) {
            throw ApiException.badRequest("code must be a CAMEO code or its first digits, such as 17 or 173: " + code);
        }
        Workbench.EventFilter filter = new Workbench.EventFilter(optionalIri(request, "actor"), null, null,
                code == null || code.isBlank() ? null : code.strip(), date(request, "from"), date(request, "to"),
                intParam(request, "limit", MAX_EVENTS, 1, MAX_EVENTS));
        JsonArray events = workbench.events(filter);
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv; charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"newsgraph-events.csv\"");
            try (PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8)) {
                EventsCsv.write(events, out);
            }
            return;
        }
        JsonObject out = new JsonObject();
        out.put("events", events);
        json(response, out);
    }

    /** The project's query library (queries/*.rq in the jar): name, title (its leading comment) and text. */
    private static JsonArray queryLibrary() {
        JsonArray out = new JsonArray();
        for (String name : QueryLibrary.names()) {
            String text = QueryLibrary.text(name).orElseThrow();
            JsonObject q = new JsonObject();
            q.put("name", name);
            String description = QueryLibrary.description(text);
            q.put("title", description.isEmpty() ? name : name + " — " + description);
            q.put("text", text);
            out.add(q);
        }
        return out;
    }

    private static String date(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date like 2022-01-08: " + value);
        }
    }

    private static Node iri(HttpServletRequest request, String name) {
        return UserIri.parse(name, request.getParameter(name));
    }

    private static Node optionalIri(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : UserIri.parse(name, value.strip());
    }

    private static int intParam(HttpServletRequest request, String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number: " + value);
        }
    }

    private static void json(HttpServletResponse response, JsonValue value) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, value);
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        JsonObject body = new JsonObject();
        body.put("error", message);
        json(response, body);
    }

}

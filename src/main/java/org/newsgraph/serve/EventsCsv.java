package org.newsgraph.serve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The events table as CSV (RFC 4180, UTF-8). A cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) is prefixed with an apostrophe: the text comes from news articles, not from the analyst.
 */
final class EventsCsv {

    static final List<String> COLUMNS = List.of("event", "date", "cameo_code", "event_type", "quad_class",
            "source", "source_label", "target", "target_label", "quantities", "evidence", "article", "headline");

    private EventsCsv() {
    }

    static void write(JsonArray events, PrintWriter out) {
        out.print(String.join(",", COLUMNS));
        out.print("\r\n");
        for (JsonValue value : events) {
            JsonObject e = value.getAsObject();
            List<String> cells = new ArrayList<>();
            cells.add(string(e, "iri"));
            cells.add(string(e, "date"));
            cells.add(string(e, "code"));
            cells.add(e.hasKey("eventType") ? label(e.get("eventType").getAsObject()) : "");
            cells.add(string(e, "quadLabel"));
            cells.add(iris(e.get("sources").getAsArray()));
            cells.add(labels(e.get("sources").getAsArray()));
            cells.add(iris(e.get("targets").getAsArray()));
            cells.add(labels(e.get("targets").getAsArray()));
            cells.add(e.get("quantities").getAsArray().stream().map(q -> string(q.getAsObject(), "value") + " "
                    + string(q.getAsObject(), "counts")).map(String::strip).collect(Collectors.joining("; ")));
            cells.add(e.hasKey("evidence") ? string(e.get("evidence").getAsObject(), "text") : "");
            cells.add(e.hasKey("article") ? string(e.get("article").getAsObject(), "iri") : "");
            cells.add(e.hasKey("article") ? string(e.get("article").getAsObject(), "headline") : "");
            out.print(cells.stream().map(EventsCsv::cell).collect(Collectors.joining(",")));
            out.print("\r\n");
        }
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String string(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : "";
    }

    private static String label(JsonObject ref) {
        JsonObject label = ref.get("label").getAsObject();
        String en = string(label, "en");
        return en.isEmpty() ? string(label, "ar") : en;
    }

    private static String iris(JsonArray refs) {
        return refs.stream().map(r -> string(r.getAsObject(), "iri")).collect(Collectors.joining(" "));
    }

    private static String labels(JsonArray refs) {
        return refs.stream().map(r -> {
            JsonObject label = r.getAsObject().get("label").getAsObject();
            String en = string(label, "en");
            String ar = string(label, "ar");
            return en.isEmpty() ? ar : ar.isEmpty() ? en : en + " / " + ar;
        }).collect(Collectors.joining("; "));
    }
}

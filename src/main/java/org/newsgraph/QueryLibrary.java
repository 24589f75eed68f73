package org.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The analysts' query library, {@code queries/*.rq}, shipped inside the jar so that {@code newsgraph query actors}
 * works from any folder. {@code queries/INDEX} lists the names (a jar cannot be listed); a test keeps it equal to
 * the folder.
 */
public final class QueryLibrary {

    private static final String DIR = "queries/";

    private QueryLibrary() {
    }

    /** The names of the library's queries ({@code actors}, {@code events}...), in index order. */
    public static List<String> names() {
        String index = read(DIR + "INDEX").orElseThrow(() -> new IllegalStateException("queries/INDEX is not on the classpath"));
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The text of a library query by name ({@code actors} or {@code actors.rq}), if there is one. */
    public static Optional<String> text(String name) {
        String n = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        if (!n.matches("[a-z0-9][a-z0-9-]*")) {
            return Optional.empty();
        }
        return read(DIR + n + ".rq");
    }

    /** The question a query answers: the first line of its header comment. */
    public static String question(String queryText) {
        String first = queryText.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : "";
    }

    /** What a query answers: its leading comment lines, without the {@code #}. */
    public static String description(String queryText) {
        List<String> lines = new ArrayList<>();
        for (String line : queryText.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            lines.add(line.substring(1).strip());
        }
        return String.join(" ", lines).strip();
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

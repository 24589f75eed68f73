package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The project's SPARQL query library ({@code queries/*.rq}, packed into the jar by the build), offered in the
 * workbench's SPARQL editor. A query's title is its first comment line.
 */
final class QueryLibrary {

    /** One library query: its file name, title and text. */
    record Entry(String name, String title, String text) {
    }

    private final List<Entry> entries;

    QueryLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Reads every {@code .rq} under {@code folder} on the class path, by name; none when there is no folder. */
    static QueryLibrary fromClasspath(String folder) {
        URL url = QueryLibrary.class.getClassLoader().getResource(folder);
        if (url == null) {
            return new QueryLibrary(List.of());
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new QueryLibrary(read(Path.of(uri)));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return new QueryLibrary(read(jar.getPath(folder)));
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else holds the jar open: read through theirs, and leave it open for them.
                return new QueryLibrary(read(FileSystems.getFileSystem(uri).getPath(folder)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("odd class path URL " + url, e);
        }
    }

    private static List<Entry> read(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String name = file.getFileName().toString();
                out.add(new Entry(name, title(name, text), text));
            }
        }
        return out;
    }

    static String title(String name, String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("#"))
                   .map(l -> l.replaceFirst("^#+\\s*", "")).filter(l -> !l.isEmpty()).findFirst()
                   .orElse(name.replaceFirst("\\.rq$", "").replace('-', ' '));
    }

    JsonArray json() {
        JsonArray out = new JsonArray();
        for (Entry e : entries) {
            JsonObject o = new JsonObject();
            o.put("name", e.name());
            o.put("title", e.title());
            o.put("text", e.text());
            out.add(o);
        }
        return out;
    }
}

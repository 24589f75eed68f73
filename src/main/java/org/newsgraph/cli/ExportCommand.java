package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = {
        "Writes the store as linked data: TriG, N-Quads, Turtle, N-Triples or JSON-LD.",
        "Quad formats (trig, nquads) keep one graph per article; triple formats merge all graphs into one;",
        "--graph writes one article's graph. Streams, except JSON-LD."})
final class ExportCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, trig, nquads, ntriples or jsonld.")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "ARTICLE-IRI",
            description = "Only this article's graph (see: newsgraph query articles).")
    String graph;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (graph != null && !graph.matches("(?i)https?://\\S+")) {
            throw usage("--graph " + graph + ": not an article IRI (https://w3id.org/newsgraph/id/article/...)");
        }
        try (Store s = Store.openExisting(store.dir)) {
            if (output == null) {
                StoreExport.write(s, format, graph == null ? null : NodeFactory.createURI(graph), main.out());
                main.out().flush();
                return 0;
            }
            // write beside the target, then move: a failed export leaves no half-written file
            Path target = output.toAbsolutePath();
            Path dir = target.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try {
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                    StoreExport.write(s, format, graph == null ? null : NodeFactory.createURI(graph), out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            main.err().println("wrote " + output + " (" + Files.size(target) + " bytes)");
        }
        return 0;
    }
}

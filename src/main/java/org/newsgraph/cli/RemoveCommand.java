package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.ArticleSource;
import org.newsgraph.read.ArticleSources;
import org.newsgraph.read.ReaderOptions;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {
        "Removes articles from the store, or from a SPARQL store with --target: each article's graph, and its",
        "reports from the merged events, which are recomputed (a merged event left with the reports of one",
        "article is dropped). All or nothing: when one article is not there, nothing is removed and the exit",
        "code is 1; at a --target, the removal is one SPARQL Update request."})
final class RemoveCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Mixin
    TargetOption target;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = {
            "An article IRI (" + NG.ID + "article/...), or a file or folder of articles as given to ingest:",
            "the article is the one that file would be ingested as (its URL, else its text, decides)."})
    List<String> articles;

    @Override
    public Integer call() {
        boolean remote = target.given(spec.commandLine());
        List<Node> graphs = new ArrayList<>();
        ArticleReader reader = null;
        for (String a : articles) {
            if (a.startsWith(NG.ID)) {
                graphs.add(NodeFactory.createURI(a));
                continue;
            }
            if (reader == null) {
                reader = new ArticleReader(ReaderOptions.defaults());
            }
            for (ArticleSource source : ArticleSources.expand(List.of(a))) {
                graphs.add(NodeFactory.createURI(Iris.article(reader.read(source))));
            }
        }
        if (remote) {
            try (RemoteStore r = target.remote()) {
                r.removeGraphs(graphs);
            }
        } else {
            try (Store s = Store.openExisting(store.dir)) {
                s.removeGraphs(graphs);
            }
        }
        for (Node g : graphs) {
            main.out().println("removed " + g.getURI());
        }
        return 0;
    }
}

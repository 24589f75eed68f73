package org.newsgraph.testing;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.store.Store;

/** What a store holds, as sorted N-Quads lines, read through the store's own export. */
public final class StoreView {

    /** A run's IRI ends in a hash of its start time; see {@code Iris.run}. */
    private static final Pattern RUN_IRI = Pattern.compile("<https://w3id\\.org/newsgraph/id/run/([0-9a-f]+)-[0-9a-f]+>");
    private static final Pattern STARTED = Pattern.compile(
            "(<http://www\\.w3\\.org/ns/prov#startedAtTime>) \"[^\"]*\"");

    private StoreView() {
    }

    /** Every quad of the store in {@code dir}, one N-Quads line each, sorted. */
    public static Set<String> quads(Path dir) {
        try (Store s = Store.openExisting(dir)) {
            return quadsOf(s);
        }
    }

    /** Every quad of an open store, one N-Quads line each, sorted. */
    public static Set<String> quadsOf(Store s) {
        Set<String> out = new TreeSet<>();
        s.export(null, true, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                        + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()));
            }
        });
        return out;
    }

    /**
     * As {@link #quads}, with each extraction run's IRI and start time blanked: they record when a run happened,
     * so two runs of the same command differ there and nowhere else.
     */
    public static Set<String> quadsApartFromRunTimes(Path dir) {
        try (Store s = Store.openExisting(dir)) {
            return quadsApartFromRunTimes(s);
        }
    }

    /** As {@link #quadsApartFromRunTimes(Path)}, for an open store. */
    public static Set<String> quadsApartFromRunTimes(Store store) {
        Set<String> out = new TreeSet<>();
        for (String q : quadsOf(store)) {
            out.add(STARTED.matcher(RUN_IRI.matcher(q).replaceAll("<https://w3id.org/newsgraph/id/run/$1-RUN>"))
                    .replaceAll("$1 \"START\""));
        }
        return out;
    }

    /** The article graphs' IRIs, sorted. */
    public static Set<String> articles(Path dir) {
        try (Store s = Store.openExisting(dir)) {
            return new TreeSet<>(s.articleGraphs());
        }
    }

    /** The quads of one graph (its N-Quads lines end with the graph's IRI). */
    public static Set<String> graph(Set<String> quads, String graphIri) {
        Set<String> out = new TreeSet<>();
        String suffix = " <" + graphIri + ">";
        quads.stream().filter(q -> q.endsWith(suffix)).forEach(out::add);
        return out;
    }
}

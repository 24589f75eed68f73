package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphReport;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", description = {
        "Checks every article graph, and the merged events, against the SHACL shapes of ontology/shapes.ttl.",
        "Prints each violation (graph, node, property, message); exit code 1 when there is any."})
final class ValidateCommand extends BaseCommand {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        List<GraphReport> reports;
        GraphReport merged;
        try (Store s = Store.openExisting(store.dir)) {
            reports = s.validate(Ontology::validate);
            merged = s.validateMerged(Ontology::validate);
        }
        PrintStream out = main.out();
        long bad = 0;
        for (GraphReport r : reports) {
            if (!r.conforms()) {
                bad++;
                out.println(r.graph() + ": " + r.violations().size() + (r.violations().size() == 1 ? " violation" : " violations"));
                r.violations().forEach(v -> out.println("  " + v));
            }
        }
        if (!merged.conforms()) {
            out.println(merged.graph() + " (merged events): " + merged.violations().size()
                    + (merged.violations().size() == 1 ? " violation" : " violations"));
            merged.violations().forEach(v -> out.println("  " + v));
        }
        if (bad == 0 && merged.conforms()) {
            out.println(reports.size() + (reports.size() == 1 ? " article conforms" : " articles conform") + " to the shapes");
            return 0;
        }
        out.println(bad + " of " + reports.size() + " articles have violations"
                + (merged.conforms() ? "" : "; the merged events have violations"));
        return 1;
    }
}

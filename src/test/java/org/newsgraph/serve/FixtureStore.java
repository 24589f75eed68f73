package org.newsgraph.serve;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** A TDB2 store in a temporary folder filled from {@code serve/fixture.trig}, as the serve tests' data. */
final class FixtureStore {

    static final String FIXTURE = "serve/fixture.trig";

    private FixtureStore() {
    }

    static Dataset create(Path dir) {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(dataset, () -> RDFParser.source(FixtureStore.class.getClassLoader().getResource(FIXTURE).toString())
                .lang(Lang.TRIG).parse(dataset.asDatasetGraph()));
        return dataset;
    }
}

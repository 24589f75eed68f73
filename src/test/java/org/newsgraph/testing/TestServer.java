package org.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsgraph.rdf.NG;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServeOptions;
import org.newsgraph.store.Store;

/**
 * A newsgraph server on a free loopback port for the tests of one class, on a store in a temporary folder:
 * registered as {@code @RegisterExtension static final TestServer SERVER = TestServer.onFixture(o -> o...)}, it
 * starts before the class's first test and is stopped, its store closed and folder deleted, after the last.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {

    /** The IRI prefix the served stores mint under: the project's own. */
    public static final String ID = NG.ID;

    private final Function<Path, Store> storeFactory;
    private final UnaryOperator<ServeOptions> options;
    private Path dir;
    private Store store;
    private NewsgraphServer server;
    private final HttpTestClient http = new HttpTestClient(() -> server.url());

    private TestServer(Function<Path, Store> storeFactory, UnaryOperator<ServeOptions> options) {
        this.storeFactory = storeFactory;
        this.options = options;
    }

    /** Serves {@link FixtureStore#serving the server fixture}, with the defaults changed by {@code options}. */
    public static TestServer onFixture(UnaryOperator<ServeOptions> options) {
        return new TestServer(FixtureStore::serving, options);
    }

    /** Serves the store {@code storeFactory} opens in the folder it is given. */
    public static TestServer on(Function<Path, Store> storeFactory, UnaryOperator<ServeOptions> options) {
        return new TestServer(storeFactory, options);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("newsgraph-server-test");
        store = storeFactory.apply(dir.resolve("store"));
        server = NewsgraphServer.start(store.datasetGraph(), options.apply(ServeOptions.defaults(ID, 0)));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (store != null) {
                store.close();
            }
            delete(dir);
        }
    }

    /** A client of this server; it may be taken before the server starts, and used once it has. */
    public HttpTestClient http() {
        return http;
    }

    public NewsgraphServer server() {
        return server;
    }

    public Store store() {
        return store;
    }

    /** The folder the store is in (tests check that no error message names it). */
    public Path storeDir() {
        return dir.resolve("store");
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

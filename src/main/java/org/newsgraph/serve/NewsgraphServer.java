package org.newsgraph.serve;

import java.net.URI;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one newsgraph store, started by {@link #start}:
 * <ul>
 * <li>{@code /newsgraph/sparql} and {@code /newsgraph/query}: SPARQL 1.1 query (every standard result format,
 * by Accept), over the union of all article graphs as the default graph; {@code /newsgraph/data}: Graph Store
 * Protocol, read-only;</li>
 * <li>{@code /newsgraph/update} and GSP writes exist only when the options carry a write token, and then only for
 * requests bearing it;</li>
 * <li>{@code /id/…}: linked data for every IRI the store mints; {@code /api/…}: the workbench's JSON;
 * {@code /}: the workbench.</li>
 * </ul>
 * Every query, on the endpoint or behind the workbench, stops after the options' timeout; endpoint results are cut
 * to the options' result limit; request bodies larger than the options' limits are refused (413) unread. Every
 * response carries a Content-Security-Policy.
 */
public final class NewsgraphServer implements AutoCloseable {

    /** Where the dataset is served, as Fuseki users expect. */
    public static final String DATASET_PATH = "/newsgraph";
    static final String QUERY_ENDPOINT = "sparql";
    static final String ALT_QUERY_ENDPOINT = "query";
    static final String DATA_ENDPOINT = "data";
    static final String UPDATE_ENDPOINT = "update";

    private final FusekiServer fuseki;
    private final ServeOptions options;

    private NewsgraphServer(FusekiServer fuseki, ServeOptions options) {
        this.fuseki = fuseki;
        this.options = options;
    }

    /**
     * Starts serving {@code dataset}. The server sets the dataset's query timeout and union-default-graph
     * settings; the caller keeps ownership of the dataset and closes it after {@link #close()}.
     */
    public static NewsgraphServer start(DatasetGraph dataset, ServeOptions options) {
        TextFold.register();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);

        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new CappedQueryService(options.resultLimit()));

        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, QUERY_ENDPOINT)
                .addEndpoint(Operation.Query, ALT_QUERY_ENDPOINT);
        if (options.writable()) {
            service.addEndpoint(Operation.GSP_RW, DATA_ENDPOINT).addEndpoint(Operation.Update, UPDATE_ENDPOINT);
        } else {
            service.addEndpoint(Operation.GSP_R, DATA_ENDPOINT);
        }

        Workbench workbench = new Workbench(dataset);
        FusekiServer.Builder builder = FusekiServer.create(operations)
                .port(options.port())
                .enablePing(true)
                .add(DATASET_PATH, service)
                .addFilter("/*", new SecurityHeadersFilter())
                .addFilter("/*", new QueryStringFilter())
                .addServlet("/api/*", new ApiServlet(workbench))
                .addServlet("/id/*", new LinkedDataServlet(dataset, options.baseIri()))
                .addServlet("", new WorkbenchServlet())
                .addServlet("/index.html", new WorkbenchServlet())
                .addServlet("/app/*", new WorkbenchServlet())
                .addServlet("/vendor/*", new WorkbenchServlet());
        if (options.writable()) {
            builder.addFilter(DATASET_PATH + "/*", new WriteTokenFilter(options.writeToken(), DATASET_PATH));
        }
        // after the token check, so that a stranger's large write is refused unread as unauthorised
        builder.addFilter("/*", new BodySizeLimitFilter(options, DATASET_PATH));
        FusekiServer server = builder.build();
        // Jetty's own ceiling on form bodies (200 kB) would otherwise refuse, with its own message, a form-encoded
        // query that is within the server's limit
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        // Fuseki's error pages answer only clients that accept HTML, JSON or text, and may show an exception's text
        server.getJettyServer().setErrorHandler(new PlainErrorHandler());
        context.setErrorHandler(new PlainErrorHandler());
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, Math.max(options.maxQueryBytes(), options.maxWriteBytes())));
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector http) {
                http.setHost(options.host());
            }
        }
        server.start();
        return new NewsgraphServer(server, options);
    }

    /** The port actually listened on (the chosen one when the options asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The workbench's address, such as {@code http://127.0.0.1:3030/}. */
    public URI url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The SPARQL endpoint's address. */
    public URI sparqlEndpoint() {
        return url().resolve(DATASET_PATH.substring(1) + "/" + QUERY_ENDPOINT);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}

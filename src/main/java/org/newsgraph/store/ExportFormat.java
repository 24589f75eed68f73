package org.newsgraph.store;

import org.apache.jena.riot.RDFFormat;

/** The serialisations the store exports; quad formats keep the graphs, triple formats merge them. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false, "ttl"),
    TRIG(RDFFormat.TRIG_BLOCKS, true, "trig"),
    NQUADS(RDFFormat.NQUADS, true, "nq"),
    NTRIPLES(RDFFormat.NTRIPLES, false, "nt"),
    /** JSON-LD cannot be written as a stream: the graph is built in memory first. */
    JSONLD(RDFFormat.JSONLD11, false, "jsonld");

    private final RDFFormat format;
    private final boolean quads;
    private final String extension;

    ExportFormat(RDFFormat format, boolean quads, String extension) {
        this.format = format;
        this.quads = quads;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when the format keeps named graphs (TriG, N-Quads). */
    public boolean keepsGraphs() {
        return quads;
    }

    /** True when Jena can write the format as a stream, without building the graph in memory. */
    public boolean streams() {
        return this != JSONLD;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}

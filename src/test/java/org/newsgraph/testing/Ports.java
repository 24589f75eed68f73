package org.newsgraph.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for tests: one to start a server on, or a URL where nothing listens. */
public final class Ports {

    private Ports() {
    }

    /** A loopback port that was free a moment ago (the socket that found it is closed again). */
    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** {@code http://127.0.0.1:PORT} + {@code path} on a port nothing listens on: connections are refused. */
    public static String nobodyListening(String path) throws IOException {
        return "http://127.0.0.1:" + freeLoopbackPort() + path;
    }
}

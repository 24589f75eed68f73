package org.newsgraph.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port that takes connections and never answers: the operating system completes each TCP handshake
 * from the listen backlog, and nothing ever reads the request or writes a byte back, as with a server that hangs.
 * Closing it closes the port, which ends the connections the clients still hold.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;

    public SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** {@code http://127.0.0.1:PORT} + {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

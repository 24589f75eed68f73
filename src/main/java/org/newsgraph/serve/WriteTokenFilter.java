package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the write endpoints of a server started with a write token: SPARQL Update and any Graph Store request
 * that is not a read must carry {@code Authorization: Bearer <token>}. The token is compared in constant time
 * (on SHA-256 digests, so neither content nor length leaks through timing).
 */
final class WriteTokenFilter implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] tokenDigest;
    private final String datasetPath;

    WriteTokenFilter(String token, String datasetPath) {
        this.tokenDigest = sha256(token);
        this.datasetPath = datasetPath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (isWrite(http, datasetPath) && !authorised(http.getHeader("Authorization"))) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setHeader("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
            out.sendError(HttpServletResponse.SC_UNAUTHORIZED, "writing needs the server's bearer token");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the request goes to SPARQL Update or writes through the Graph Store Protocol of the dataset. */
    static boolean isWrite(HttpServletRequest request, String datasetPath) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(datasetPath + "/" + NewsgraphServer.UPDATE_ENDPOINT)) {
            return true;
        }
        return path.equals(datasetPath + "/" + NewsgraphServer.DATA_ENDPOINT) && !READ_METHODS.contains(request.getMethod());
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

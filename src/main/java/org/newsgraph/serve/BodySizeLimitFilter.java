package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body larger than the server's limit with {@code 413 Content Too Large} and a one-line reason,
 * before Fuseki parses it: writes (SPARQL Update, Graph Store PUT/POST/DELETE on a writable server) may be as large
 * as {@link ServeOptions#maxWriteBytes()}, every other body (a POSTed query) {@link ServeOptions#maxQueryBytes()}.
 *
 * <p>A body with a {@code Content-Length} is judged by it and never read when too large. A body without one
 * (chunked) is read here up to the limit, so that a client cannot get round the limit by not announcing a length;
 * what was read is then handed on as the request's body, and, for an HTML form, as its parameters.
 */
final class BodySizeLimitFilter implements Filter {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final long maxQueryBytes;
    private final long maxWriteBytes;
    private final String datasetPath;
    private final boolean writable;

    BodySizeLimitFilter(ServeOptions options, String datasetPath) {
        this.maxQueryBytes = options.maxQueryBytes();
        this.maxWriteBytes = options.maxWriteBytes();
        this.writable = options.writable();
        this.datasetPath = datasetPath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean write = writable && WriteTokenFilter.isWrite(http, datasetPath);
        long limit = write ? maxWriteBytes : maxQueryBytes;
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            refuse((HttpServletResponse) response, limit, write);
            return;
        }
        if (declared >= 0 || !hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(http.getInputStream(), limit);
        if (body == null) {
            refuse((HttpServletResponse) response, limit, write);
            return;
        }
        chain.doFilter(new BufferedBody(http, body), response);
    }

    /** A request without Content-Length has a body only when it is sent in chunks. */
    private static boolean hasBody(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    /** The whole stream, or {@code null} when it holds more than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, long limit, boolean write) throws IOException {
        response.setStatus(413);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Connection", "close");
        try (PrintWriter out = response.getWriter()) {
            out.println("request body too large: this server takes at most " + limit + " bytes for a "
                    + (write ? "write" : "query") + " (" + (write ? "serve --max-write-bytes" : "serve --max-query-bytes") + ")");
        }
    }

    /** The request with its body already read: served from memory, and parsed as parameters if it is a form. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was already read; no asynchronous reading");
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        /** The query string's parameters, then, for a form, the body's (as the servlet API merges them). */
        @Override
        public synchronized Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> merged = new LinkedHashMap<>();
                parse(getQueryString(), merged);
                String type = getContentType();
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM)) {
                    parse(new String(body, StandardCharsets.UTF_8), merged);
                }
                Map<String, String[]> out = new LinkedHashMap<>();
                merged.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(out);
            }
            return parameters;
        }

        private static void parse(String encoded, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // malformed percent-encoding: keep the text as sent, and let the query parser say what is wrong
                return s;
            }
        }
    }
}

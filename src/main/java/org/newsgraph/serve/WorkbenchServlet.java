package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workbench's files, from the jar: {@code /} is {@code web/index.html}, {@code /app/…} the scripts and
 * styles under {@code web/app/}, {@code /vendor/cytoscape.mjs} Cytoscape.js from its WebJar (and
 * {@code /vendor/cytoscape.LICENSE} its licence). Nothing is fetched from another site, so the workbench works
 * offline.
 */
final class WorkbenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8",
            "LICENSE", "text/plain; charset=utf-8");

    private final String cytoscapeBase;

    WorkbenchServlet() {
        this.cytoscapeBase = "META-INF/resources/webjars/cytoscape/" + webjarVersion("cytoscape") + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String resource = resourceFor(path);
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no page " + path);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no page " + path);
                return;
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private String resourceFor(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            return "web/index.html";
        }
        if (path.equals("/vendor/cytoscape.mjs")) {
            return cytoscapeBase + "dist/cytoscape.esm.min.mjs";
        }
        if (path.equals("/vendor/cytoscape.LICENSE")) {
            return cytoscapeBase + "LICENSE";
        }
        if (path.startsWith("/app/") && SAFE_PATH.matcher(path.substring(5)).matches()) {
            return "web/app/" + path.substring(5);
        }
        return null;
    }

    private static String webjarVersion(String artifact) {
        String name = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WorkbenchServlet.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.newsgraph.serve;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The body of every error the server sends itself (unknown paths, refused methods, an exception that escaped a
 * servlet): one line of plain text, {@code 404 Not Found: <reason>}, whatever the client accepts, so a SPARQL or
 * linked-data client that asked for Turtle still reads why it failed. The reason is the message the code gave with
 * {@code sendError}; when the error is an exception, only the status is said, for an exception's message and stack
 * can name classes and files of the server.
 */
final class PlainErrorHandler extends ErrorHandler {

    PlainErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    /** Jetty explains errors to GET and POST only; a refused PUT or DELETE deserves its reason as much. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) {
        String reason = HttpStatus.getMessage(code);
        String line = code + " " + reason;
        if (cause == null && message != null && !message.isBlank() && !message.equals(reason)) {
            line += ": " + firstLine(message);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

package org.newsgraph.cli;

/** Turns an exception into the one line a user reads. */
final class Errors {

    private Errors() {
    }

    /**
     * The exception's own message, first line only; for exceptions without a message (a bug), the class name, so
     * the user has something to report.
     */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName() + (e.getCause() != null ? ": " + oneLine(e.getCause()) : "");
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}

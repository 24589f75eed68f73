package org.newsgraph.read;

/**
 * An input that cannot be read as an article. The message is one line, {@code "<input>: <reason>"}, fit to show
 * a user as it is (for example {@code "a.html: binary content (PDF), not an article"}).
 */
public class ReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    /**
     * @param input  the input as the user named it (a path, a URL, or {@code -})
     * @param reason why it cannot be read, lower case, without the input's name
     */
    public ReadException(String input, String reason) {
        this(input, reason, null);
    }

    /**
     * @param input  the input as the user named it
     * @param reason why it cannot be read
     * @param cause  the underlying failure, kept for logs; never part of the message
     */
    public ReadException(String input, String reason, Throwable cause) {
        super(oneLine(input) + ": " + oneLine(reason), cause);
        this.input = input;
        this.reason = reason;
    }

    /** The input as the user named it. */
    public String input() {
        return input;
    }

    /** The reason alone, without the input's name. */
    public String reason() {
        return reason;
    }

    private static String oneLine(String s) {
        return s == null ? "null" : s.replaceAll("\\s+", " ").strip();
    }
}

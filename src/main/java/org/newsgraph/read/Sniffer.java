package org.newsgraph.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Recognises bytes that are not text at all, and text that is HTML, before anything is decoded. */
final class Sniffer {

    /** How far into the input a NUL byte betrays binary content; text never has one. */
    private static final int NUL_WINDOW = 8192;

    private Sniffer() {
    }

    /**
     * The kind of binary content, e.g. {@code "PDF"}, or empty for bytes that may be text.
     *
     * @param utf16 whether a BOM or declaration says UTF-16, whose ASCII characters contain NUL bytes
     */
    static Optional<String> binaryKind(byte[] b, boolean utf16) {
        if (startsWith(b, "%PDF")) {
            return Optional.of("PDF");
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG");
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return Optional.of("ZIP");
        }
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) {
            return Optional.of("GIF");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("gzip");
        }
        if (startsWith(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of("WebP");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("MS Office");
        }
        if (!utf16) {
            int end = Math.min(b.length, NUL_WINDOW);
            for (int i = 0; i < end; i++) {
                if (b[i] == 0) {
                    return Optional.of("NUL bytes");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text starts as an HTML document does: a saved page is HTML whatever its file is called. */
    static boolean isHtmlDocument(String text) {
        String head = head(text);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Whether decoded text looks like an HTML document or fragment rather than plain text. */
    static boolean looksLikeHtml(String text) {
        String head = head(text);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<!--") && head.contains("<html")
                || head.startsWith("<meta") || head.startsWith("<title")
                || head.contains("<body") || head.contains("<p>") && head.contains("</p>");
    }

    private static String head(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048));
        if (head.startsWith("\ufeff")) {
            head = head.substring(1);
        }
        return head.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, String ascii) {
        return startsWith(b, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

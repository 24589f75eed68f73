package org.newsgraph.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises text to what every later stage counts offsets in: NFC, no invisible format characters, one
 * paragraph per line with single spaces inside and no blank lines.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    /** The non-blank lines of {@code raw}, each normalised (see the class comment). */
    static List<String> lines(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLineBreak(cp)) {
                // A CR LF pair is one break; blank lines vanish anyway.
                flush(line, lines);
                pendingSpace = false;
            } else if (isInvisible(cp)) {
                continue;
            } else if (isSpace(cp)) {
                pendingSpace = line.length() > 0;
            } else {
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.appendCodePoint(cp);
            }
        }
        flush(line, lines);
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * Zero-width and bidi control characters, soft hyphens and other controls: invisible, yet they would break
     * matching of names and shift offsets.
     */
    static boolean isInvisible(int cp) {
        return cp >= 0x200B && cp <= 0x200F
                || cp >= 0x202A && cp <= 0x202E
                || cp >= 0x2066 && cp <= 0x2069
                || cp == 0xFEFF || cp == 0x00AD || cp == 0x061C || cp == 0x2060
                || Character.getType(cp) == Character.CONTROL && !isSpace(cp) && !isLineBreak(cp);
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }
}

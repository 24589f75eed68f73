package org.newsgraph.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises text to what every later stage counts offsets in: NFC, Arabic presentation forms unfolded to
 * letters, no invisible format characters, one paragraph per line with single spaces inside and no blank lines.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    /**
     * Hard-wrapped paragraphs are joined only when the text looks wrapped: blank lines between blocks, no line
     * much longer than a terminal, and most lines inside blocks filling at least this share of the longest line.
     */
    private static final int WRAP_MAX_WIDTH = 120;
    private static final double WRAPPED_SHARE = 0.6;

    /** The non-blank lines of {@code raw}, each normalised (see the class comment). */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        blocks(raw).forEach(lines::addAll);
        return lines;
    }

    /**
     * The paragraphs of plain text, one per line: like {@link #lines}, but a text hard-wrapped at a fixed width
     * (paragraphs separated by blank lines, each broken into lines near the same length) has the lines of each
     * paragraph joined. A line well short of the wrap width ends its paragraph, so headings stay on their own.
     */
    static List<String> paragraphs(String raw) {
        List<List<String>> blocks = blocks(raw);
        int width = 0;
        int inner = 0;
        for (List<String> block : blocks) {
            for (String line : block) {
                width = Math.max(width, line.codePointCount(0, line.length()));
            }
            inner += block.size() - 1;
        }
        if (blocks.size() < 2 || inner == 0 || width > WRAP_MAX_WIDTH) {
            return lines(raw);
        }
        int wrapped = 0;
        for (List<String> block : blocks) {
            for (int i = 0; i < block.size() - 1; i++) {
                if (fillsLine(block.get(i), width)) {
                    wrapped++;
                }
            }
        }
        if (wrapped < WRAPPED_SHARE * inner) {
            return lines(raw);
        }
        List<String> paragraphs = new ArrayList<>();
        for (List<String> block : blocks) {
            StringBuilder paragraph = new StringBuilder(block.get(0));
            for (int i = 1; i < block.size(); i++) {
                if (fillsLine(block.get(i - 1), width)) {
                    paragraph.append(' ').append(block.get(i));
                } else {
                    paragraphs.add(paragraph.toString());
                    paragraph = new StringBuilder(block.get(i));
                }
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    /**
     * Arabic presentation forms (the contextual shapes of letters and ligatures, U+FB50 to U+FDFF and U+FE70 to
     * U+FEFC) replaced by the letters they show: text copied from PDFs and old software is full of them, and no
     * name in a lexicon would match them. NFC leaves them alone; their compatibility decomposition undoes them.
     */
    static String unfoldArabicPresentationForms(String text) {
        if (text.codePoints().noneMatch(TextCleaner::isArabicPresentationForm)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isArabicPresentationForm(cp)) {
                b.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean isArabicPresentationForm(int cp) {
        return cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFC;
    }

    private static boolean fillsLine(String line, int width) {
        return line.codePointCount(0, line.length()) >= WRAPPED_SHARE * width;
    }

    /** Normalised non-blank lines, grouped into the blocks that blank lines separate. */
    private static List<List<String>> blocks(String raw) {
        String text = Normalizer.normalize(unfoldArabicPresentationForms(raw), Normalizer.Form.NFC);
        List<List<String>> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // CR LF is one break
            }
            if (isLineBreak(cp)) {
                if (line.length() == 0 && !lines.isEmpty()) {
                    blocks.add(lines);
                    lines = new ArrayList<>();
                }
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
        if (!lines.isEmpty()) {
            blocks.add(lines);
        }
        return blocks;
    }

    /** Whether any character would survive {@link #lines}: not a space, line break or invisible character. */
    static boolean hasVisibleText(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (!isLineBreak(cp) && !isSpace(cp) && !isInvisible(cp)) {
                return true;
            }
        }
        return false;
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

package org.newsgraph.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text, choosing the charset in this order: a byte-order mark; the charset of the HTTP
 * {@code Content-Type}; an HTML {@code <meta charset>} or {@code http-equiv} declaration; UTF-8 when the bytes
 * are valid UTF-8; windows-1256 when that decoding is plausibly Arabic. A declared charset loses to UTF-8 when
 * the bytes are valid UTF-8 with multi-byte sequences: text in a legacy charset is practically never valid UTF-8
 * once it has non-ASCII bytes, so decoding it as declared would give mojibake.
 */
final class Decoding {

    /**
     * The bytes scanned for a {@code <meta>} charset: HTML requires the declaration within the first 1024, but
     * pages put it after long inline scripts and browsers look further.
     */
    private static final int META_WINDOW = 8192;

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<Charset> LATIN_SINGLE_BYTE =
            Set.of(WINDOWS_1252, StandardCharsets.ISO_8859_1, Charset.forName("ISO-8859-15"));

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+\\-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?is)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+\\-]+)");

    /** Text decoded from bytes, and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    private Decoding() {
    }

    /**
     * @param bytes       the input, not empty
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @param name        the input's name, for the error message
     * @throws ReadException when no charset is declared, the bytes are not UTF-8 and not plausibly Arabic
     *                       windows-1256
     */
    static Decoded decode(byte[] bytes, String contentType, String name) {
        Optional<Decoded> bom = decodeBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = headerCharset(contentType).or(() -> metaCharset(bytes));
        boolean validUtf8 = isValidUtf8(bytes);
        if (declared.isPresent()) {
            Charset cs = declared.get();
            if (cs.equals(StandardCharsets.UTF_8)) {
                if (validUtf8) {
                    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                }
                String w = new String(bytes, WINDOWS_1256);
                if (isMostlyArabic(w)) {
                    return new Decoded(w, WINDOWS_1256);
                }
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
            if (validUtf8 && hasNonAscii(bytes)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
            String asDeclared = new String(bytes, cs);
            if (LATIN_SINGLE_BYTE.contains(cs) && isMostlyLatin1Supplement(asDeclared)) {
                // Arabic sites long declared ISO-8859-1 over windows-1256 text: "ÞÇá" for "قال".
                String w = new String(bytes, WINDOWS_1256);
                if (isMostlyArabic(w)) {
                    return new Decoded(w, WINDOWS_1256);
                }
            }
            return new Decoded(asDeclared, cs);
        }
        if (validUtf8) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        String w = new String(bytes, WINDOWS_1256);
        if (isMostlyArabic(w)) {
            return new Decoded(w, WINDOWS_1256);
        }
        throw new ReadException(name, "not valid UTF-8 and no declared charset");
    }

    /** Whether a BOM or the {@code Content-Type} says UTF-16, whose text legitimately holds NUL bytes. */
    static boolean declaresUtf16(byte[] bytes, String contentType) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        return headerCharset(contentType).map(cs -> cs.name().startsWith("UTF-16")).orElse(false);
    }

    private static Optional<Decoded> decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    static Optional<Charset> headerCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /**
     * The charset a label names, as browsers read it: ISO-8859-1 and US-ASCII labels mean windows-1252 (a
     * superset pages rely on). Unknown labels are ignored, so detection goes on as if none were declared.
     */
    static Optional<Charset> charset(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("iso8859-1") || l.equals("us-ascii")
                || l.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        if (l.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether most letters are accented Latin-1 letters (À to ÿ): never so in a Western language, where they are
     * a few per word at most, but what Arabic bytes look like through a Latin charset.
     */
    private static boolean isMostlyLatin1Supplement(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long supplement = text.codePoints().filter(cp -> cp >= 0xC0 && cp <= 0xFF && Character.isLetter(cp)).count();
        return letters > 0 && supplement * 2 > letters;
    }

    /**
     * Whether more than half the letters outside markup are Arabic-script letters. Tags are left out: an HTML
     * page's element and attribute names are Latin, and on a short article they outnumber its words.
     */
    static boolean isMostlyArabic(String text) {
        return Language.arabicShare(MARKUP.matcher(text).replaceAll(" ")) > 0.5;
    }

    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>");
}

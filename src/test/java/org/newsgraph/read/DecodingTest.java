package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {

    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final String ARABIC = "سافر الوفد إلى العاصمة صباح الاثنين";

    private static Decoding.Decoded decode(byte[] bytes, String contentType) {
        return Decoding.decode(bytes, contentType, "in");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Decoding.Decoded d = decode(concat(bom, ARABIC.getBytes(StandardCharsets.UTF_8)), "text/plain; charset=windows-1256");
        assertThat(d.text()).isEqualTo(ARABIC);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));
        assertThat(decode(le, null).text()).isEqualTo(ARABIC);
    }

    @Test
    void headerCharsetIsUsed() {
        assertThat(decode(ARABIC.getBytes(CP1256), "text/html; charset=\"windows-1256\"").charset()).isEqualTo(CP1256);
        assertThat(decode(ARABIC.getBytes(CP1256), "text/html; charset=windows-1256").text()).isEqualTo(ARABIC);
    }

    @Test
    void headerCharsetWinsOverMeta() {
        byte[] page = ("<meta charset=\"utf-8\"><p>" + ARABIC + "</p>").getBytes(ISO_8859_6);
        assertThat(decode(page, "text/html; charset=ISO-8859-6").text()).contains(ARABIC);
    }

    @Test
    void metaCharsetAndHttpEquivAreUsed() {
        byte[] meta = ("<html><head><meta charset='iso-8859-6'></head><body>" + ARABIC + "</body></html>").getBytes(ISO_8859_6);
        assertThat(decode(meta, null).text()).contains(ARABIC);
        byte[] equiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">" + ARABIC).getBytes(CP1256);
        assertThat(decode(equiv, null).text()).contains(ARABIC);
    }

    @Test
    void validUtf8WithoutDeclaration() {
        assertThat(decode(ARABIC.getBytes(StandardCharsets.UTF_8), null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void undeclaredWindows1256IsRecognisedWhenMostLettersAreArabic() {
        Decoding.Decoded d = decode(("Reuters: " + ARABIC).getBytes(CP1256), null);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.text()).isEqualTo("Reuters: " + ARABIC);
    }

    @Test
    void undeclaredLatin1FailsRatherThanGuessing() {
        assertThatThrownBy(() -> decode("Ça a été un été très chaud à Genève.".getBytes(StandardCharsets.ISO_8859_1), null))
                .isInstanceOf(ReadException.class)
                .hasMessage("in: not valid UTF-8 and no declared charset");
    }

    @Test
    void aWrongDeclarationLosesToValidUtf8() {
        byte[] utf8 = ("<meta charset=windows-1256><p>" + ARABIC + "</p>").getBytes(StandardCharsets.UTF_8);
        assertThat(decode(utf8, null).text()).contains(ARABIC);
        assertThat(decode(ARABIC.getBytes(StandardCharsets.UTF_8), "text/plain; charset=iso-8859-1").text()).isEqualTo(ARABIC);
        assertThat(decode(ARABIC.getBytes(StandardCharsets.UTF_8), "text/plain; charset=iso-8859-6").text()).isEqualTo(ARABIC);
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1256() {
        assertThat(decode(ARABIC.getBytes(CP1256), "text/html; charset=utf-8").text()).isEqualTo(ARABIC);
    }

    @Test
    void latin1LabelMeansWindows1252AsInBrowsers() {
        byte[] bytes = {'a', ' ', (byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0xE9};
        assertThat(decode(bytes, "text/plain; charset=ISO-8859-1").text()).isEqualTo("a “q” é");
    }

    @Test
    void unknownCharsetLabelIsIgnored() {
        assertThat(decode(ARABIC.getBytes(StandardCharsets.UTF_8), "text/plain; charset=x-no-such-thing").text())
                .isEqualTo(ARABIC);
    }
    @Test
    void arabicDeclaredAsLatin1IsReadAsWindows1256() {
        assertThat(decode(ARABIC.getBytes(CP1256), "text/html; charset=iso-8859-1").text()).isEqualTo(ARABIC);
        byte[] french = "Ça a été un été très chaud à Genève.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode(french, "text/html; charset=iso-8859-1").text()).isEqualTo("Ça a été un été très chaud à Genève.");
    }

    @Test
    void metaCharsetAfterALongInlineScriptIsFound() {
        String page = "<html><head><script>" + "var a = 1;\n".repeat(600) + "</script><meta charset=iso-8859-6>"
                + "</head><body>" + ARABIC + "</body></html>";
        Decoding.Decoded d = decode(page.getBytes(ISO_8859_6), null);
        assertThat(d.charset()).isEqualTo(ISO_8859_6);
        assertThat(d.text()).contains(ARABIC);
    }
}

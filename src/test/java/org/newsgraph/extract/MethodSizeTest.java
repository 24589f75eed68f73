package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the extractors is too large for the JIT: HotSpot never compiles a method of more than 8000 bytes of
 * bytecode (-XX:HugeMethodLimit), so such a method runs interpreted on every article. Session 31's rules grew the
 * Arabic event finder's loop past that size, and warm extraction of the sample slowed from about 2.5 to 3-4 ms with
 * no error anywhere; this test names the method instead. Reads the compiled classes' Code attributes.
 */
class MethodSizeTest {

    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyExtractorMethodIsSmallEnoughToBeCompiled() throws IOException, URISyntaxException {
        Path root = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("org/newsgraph/extract");
        List<String> huge = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                for (String[] m : codeLengths(Files.readAllBytes(f))) {
                    methods++;
                    if (Integer.parseInt(m[1]) > HUGE_METHOD_LIMIT) {
                        huge.add(root.relativize(f) + " " + m[0] + ": " + m[1] + " bytes");
                    }
                }
            }
        }
        assertThat(methods).as("methods read").isGreaterThan(500);
        assertThat(huge).as("methods over %d bytes of bytecode, which HotSpot leaves interpreted: split them",
                HUGE_METHOD_LIMIT).isEmpty();
    }

    /** Each method of a class file with its Code attribute's length, as {name, length}. */
    private static List<String[]> codeLengths(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6);
        in.skipBytes(2 * in.readUnsignedShort());
        skipMembers(in);
        List<String[]> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4);
                    int code = in.readInt();
                    out.add(new String[] {name, Integer.toString(code)});
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
            in.skipBytes(6);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipBytes(2);
                in.skipBytes(in.readInt());
            }
        }
    }
}

package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The sizes `serve --max-query-bytes` and `--max-write-bytes` take: bytes, or K, M, G as powers of 1024. */
class ByteSizeTest {

    private final ServeCommand.ByteSize size = new ServeCommand.ByteSize();

    @Test
    void bytesOrBinaryMultiples() {
        assertThat(size.convert("100")).isEqualTo(100L);
        assertThat(size.convert("512K")).isEqualTo(512L * 1024);
        assertThat(size.convert("1m")).isEqualTo(1L << 20);
        assertThat(size.convert("64MiB")).isEqualTo(64L << 20);
        assertThat(size.convert("2G")).isEqualTo(2L << 30);
    }

    @Test
    void anythingElseIsRefusedWithTheValue() {
        for (String bad : new String[] {"", "lots", "1.5M", "-1", "0", "3T", "1MMB"}) {
            assertThatThrownBy(() -> size.convert(bad)).as(bad).isInstanceOf(CommandLine.TypeConversionException.class)
                    .hasMessageContaining(bad.isEmpty() ? "size" : bad);
        }
    }
}

package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PathTextTest {

    @Test
    void bytesThatAreNotUtf8AreEscapedOneByOneAndValidTextIsKept() {
        assertEquals("r-\\xff.txt", PathText.escape(new byte[] {'r', '-', (byte) 0xff, '.', 't', 'x', 't'}));
        assertEquals("r-\\xfe.txt", PathText.escape(new byte[] {'r', '-', (byte) 0xfe, '.', 't', 'x', 't'}));
        // a GBK name (报告 = B1 A8 B8 E6): not UTF-8 as a whole, yet each byte recorded
        assertEquals("\\xb1\\xa8\\xb8\\xe6.doc", PathText.escape(new byte[] {(byte) 0xb1, (byte) 0xa8, (byte) 0xb8,
                (byte) 0xe6, '.', 'd', 'o', 'c'}));
        assertEquals("年度报告.pdf", PathText.escape("年度报告.pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a\\\\b\\xc3", PathText.escape(new byte[] {'a', '\\', 'b', (byte) 0xc3}),
                "a backslash doubled, so an escape can never be read from a real name");
    }

    @Test
    void anOrdinaryPathIsItsTextAndABackslashIsDoubled() {
        assertEquals("reports/2020/报告.pdf", PathText.of(Path.of("reports/2020/报告.pdf")));
        assertEquals("/tmp/a\\\\b.txt", PathText.of(Path.of("/tmp/a\\b.txt")));
    }
}

package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final String REPORT = """
            一、总体情况
            2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。
            二、主动公开政府信息情况
            规章 0 0 3
            行政许可 125
            一、本年新收政府信息公开申请数量 35 2 0 0 0 0 37
            """.repeat(5);

    private final DocumentReader reader = new DocumentReader(1L << 20);

    private static byte[] encoded(String charset, boolean byteOrderMark) {
        return ((byteOrderMark ? "\uFEFF" : "") + REPORT).getBytes(Charset.forName(charset));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false", "UTF-8, true",
            "UTF-8, false", "GB18030, false", "GBK, false", "UTF-32BE, true"})
    void reportTextIsDecodedExactlyWithoutItsByteOrderMark(String charset, boolean byteOrderMark) {
        assertEquals(REPORT, TextEncoding.decode(encoded(charset, byteOrderMark)));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false", "UTF-8, true",
            "UTF-8, false", "GB18030, false"})
    void reportTextWithoutAFileExtensionIsTextNotBinary(String charset, boolean byteOrderMark) {
        byte[] bytes = encoded(charset, byteOrderMark);
        for (String name : new String[] {"report", "download", "report.txt", "报告"}) {
            assertEquals("text/plain", reader.detect(Path.of(name), bytes), name + " in " + charset);
        }
    }

    @Test
    void validUtf8IsUtf8AndOtherChineseTextIsGb18030() {
        assertEquals(StandardCharsets.UTF_8, TextEncoding.of(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("GB18030", TextEncoding.of(REPORT.getBytes(Charset.forName("GBK"))).name());
        assertNull(TextEncoding.utf16(REPORT.getBytes(Charset.forName("GB18030"))), "GB18030 has no zero byte");
    }

    @Test
    void binaryDataWithoutAnExtensionStaysBinary() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertFalse(ObviousTypes.isTextOfAnyName(noise));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(REPORT.getBytes(StandardCharsets.UTF_16LE));
        }
        assertFalse(ObviousTypes.isTextOfAnyName(zip.toByteArray()));
        assertFalse(ObviousTypes.isTextOfAnyName(new byte[] {0, 0, 0, 0, 1, 2, 3, 4}));
        assertEquals("application/zip", reader.detect(Path.of("archive"), zip.toByteArray()));
    }

    @Test
    void aWebPageInUtf16IsNotTakenAsPlainText() {
        byte[] page = "\uFEFF<html><body>一、总体情况</body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertFalse(ObviousTypes.isTextOfAnyName(page), "markup is for Tika to name");
    }
}

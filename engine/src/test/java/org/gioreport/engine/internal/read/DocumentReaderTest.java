package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.util.RecordFormatException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.gioreport.engine.UnreadableInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(200L * 1024 * 1024);

    @Test
    void textWithMoreCharactersThanTheLimitIsTooLarge() {
        byte[] ascii = new byte[DocumentReader.MAX_TEXT_CHARS + 10];
        Arrays.fill(ascii, (byte) 'x');
        UnreadableInput e = assertThrows(UnreadableInput.class,
                () -> reader.read(Path.of("long.txt"), ascii, "text/plain"));
        assertEquals("INPUT_TOO_LARGE", e.code());
        assertFalse(e.unrecognized());
    }

    @Test
    void textJustUnderTheLimitIsRead() throws UnreadableInput {
        byte[] ascii = new byte[1000];
        Arrays.fill(ascii, (byte) 'x');
        assertEquals(1000, reader.read(Path.of("short.txt"), ascii, "text/plain").text().length());
    }

    @Test
    void gbkAndGb18030TextIsDecodedAndUtf8KeepsItsCharacters() {
        String text = "二、主动公开政府信息情况\n第二十条第（一）项\n规章 0 0 3\n".repeat(20);
        for (Charset cs : new Charset[] {Charset.forName("GBK"), Charset.forName("GB18030"), StandardCharsets.UTF_8}) {
            assertEquals(text, TextEncoding.decode(text.getBytes(cs)), cs.name());
        }
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bom = "\uFEFF报告".getBytes(StandardCharsets.UTF_8);
        assertEquals("报告", TextEncoding.decode(bom));
    }

    @Test
    void folderIsUnreadableAsAFile() {
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.bytes(dir));
        assertEquals("INPUT_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> new DocumentReader(1024).bytes(big));
        assertEquals("INPUT_TOO_LARGE", e.code());
    }

    @Test
    void poiZipBombGuardsAreReportedAsBombs() {
        UnreadableInput tooBig = ReadFailures.classify(new TikaException("parse failed", new RecordFormatException(
                "Tried to read data but the maximum length for this record type is 100,000,000.")),
                "application/msword", 5000);
        assertEquals("INPUT_BOMB", tooBig.code());
        UnreadableInput ratio = ReadFailures.classify(new IOException("Zip bomb detected! The file would exceed"
                + " the max. ratio of compressed file size to the size of the expanded data."), "x", 5000);
        assertEquals("INPUT_BOMB", ratio.code());
    }

    @Test
    void encryptionWrappedInAnotherExceptionIsStillReportedAsEncrypted() {
        UnreadableInput e = ReadFailures.classify(new TikaException("outer", new EncryptedDocumentException("inner")),
                "application/pdf", 100);
        assertEquals("INPUT_ENCRYPTED", e.code());
    }

    @Test
    void otherParseErrorsAreCorruptWithTheirRootCause() {
        UnreadableInput e = ReadFailures.classify(new TikaException("outer", new IOException("Missing root object")),
                "application/pdf", 100);
        assertEquals("INPUT_CORRUPT", e.code());
        assertTrue(e.getMessage().contains("IOException: Missing root object"), e.getMessage());
    }

    @Test
    void fileTheSystemRefusesToReadIsUnreadableWithPermissionDenied() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.txt"), "一、总体情况");
        DocumentReader refusing = new DocumentReader(1000, p -> {
            throw new java.nio.file.AccessDeniedException(p.toString());
        });
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> refusing.bytes(file));
        assertEquals("INPUT_UNREADABLE", e.code());
        assertEquals("permission denied: " + file, e.getMessage());
        assertFalse(e.unrecognized());
    }

    @Test
    void fileWhoseReadFailsHalfwayIsUnreadableWithTheSystemsReason() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-sector.txt"), "一、总体情况");
        DocumentReader failing = new DocumentReader(1000, p -> {
            throw new IOException("Input/output error");
        });
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> failing.bytes(file));
        assertEquals("INPUT_UNREADABLE", e.code());
        assertTrue(e.getMessage().contains("Input/output error"), e.getMessage());
    }
}

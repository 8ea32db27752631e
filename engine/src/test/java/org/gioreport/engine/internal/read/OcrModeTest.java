package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.engine.OcrMode;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code --ocr auto} leaves a PDF with a text layer on every page alone: no page is read by OCR, and the document
 * the plugins see is the one read without OCR. A scanned PDF read without OCR has no text.
 */
class OcrModeTest {

    private static final Path TEXT_PDF = Path.of("..", "formats", "corpus", "files", "pdf", "syn07.pdf");
    private static final Path SCANNED_PDF = Path.of("..", "ocr", "src", "test", "resources", "scanned",
            "syn07-150-tilt.pdf");

    /** The PDF read with {@code mode}, each page read by OCR told to {@code ocrPages}. */
    static SourceDocument read(Path pdf, OcrMode mode, List<String> ocrPages) throws Exception {
        DocumentReader reader = new DocumentReader(100L << 20, mode, 2,
                (name, done, total) -> ocrPages.add(name + " " + done + "/" + total));
        byte[] bytes = Files.readAllBytes(pdf);
        return reader.read(pdf, bytes, reader.detect(pdf, bytes));
    }

    @Test
    void aPdfWithATextLayerIsNeverReadByOcrUnderAutoAndReadsAsWithoutOcr() throws Exception {
        List<String> ocrPages = new ArrayList<>();
        SourceDocument auto = read(TEXT_PDF, OcrMode.AUTO, ocrPages);
        assertEquals(List.of(), ocrPages);
        assertFalse(auto.metadata().containsKey(DocumentReader.OCR_PAGES));
        assertEquals(read(TEXT_PDF, OcrMode.NEVER, ocrPages), auto);
        assertTrue(auto.text().contains("本年新收政府信息公开申请数量"));
        assertEquals(OcrCells.NONE, auto.view(OcrCells.class, d -> OcrCells.NONE));
    }

    @Test
    void aScannedPdfReadWithoutOcrHasNoText() throws Exception {
        List<String> ocrPages = new ArrayList<>();
        SourceDocument never = read(SCANNED_PDF, OcrMode.NEVER, ocrPages);
        assertEquals(List.of(), ocrPages);
        assertEquals("", never.text().strip());
    }
}

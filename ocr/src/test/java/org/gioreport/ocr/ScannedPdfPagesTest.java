package org.gioreport.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Which pages OCR reads: only pages without a text layer that show an image, or every page when asked. */
class ScannedPdfPagesTest {

    private static final Path TEXT_PDF = Path.of("..", "formats", "corpus", "files", "pdf", "syn11.pdf");
    private static final Path SCANNED = Path.of("src", "test", "resources", "scanned");

    private static List<Integer> pages(Path pdf, boolean everyPage) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return ScannedPdf.pagesToRead(doc, everyPage);
        }
    }

    @Test
    void aTextLayerPdfHasNoPageToReadByOcrUnlessEveryPageIsAskedFor() throws IOException {
        assertEquals(List.of(), pages(TEXT_PDF, false));
        assertEquals(List.of(1, 2, 3), pages(TEXT_PDF, true));
    }

    @Test
    void aScannedPdfIsReadWhole() throws IOException {
        assertEquals(List.of(1, 2, 3), pages(SCANNED.resolve("syn11-300.pdf"), false));
    }

    @Test
    void aMixedPdfIsReadPageByPage() throws IOException {
        assertEquals(List.of(2, 3), pages(SCANNED.resolve("syn11-mixed.pdf"), false));
    }

    @Test
    void aScannedPageIsRenderedAtItsImagesResolution() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SCANNED.resolve("syn01-150.pdf").toFile())) {
            assertEquals(150, ScannedPdf.imageDpi(doc.getPage(0)));
        }
        try (PDDocument doc = Loader.loadPDF(SCANNED.resolve("syn04-300-tilt.pdf").toFile())) {
            assertEquals(300, ScannedPdf.imageDpi(doc.getPage(0)));
        }
    }
}

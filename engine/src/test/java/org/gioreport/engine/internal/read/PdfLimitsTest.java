package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gioreport.engine.UnreadableInput;
import org.junit.jupiter.api.Test;

/**
 * PDFs that ask for far more work than any report are refused from their structure before Tika reads a page, with
 * {@code INPUT_TOO_LARGE}: before, a 300,000-page file was read page by page up to the page limit, and a page of
 * gigabytes of text operators ran to the time limit (or out of memory), since PDFBox hands over a page's text only
 * when the page ends. The time bound is generous (a busy machine); without the checks these took minutes.
 */
class PdfLimitsTest {

    /** Far above what these take when refused (about a second), far below what reading them took before. */
    private static final Duration GENEROUS = Duration.ofSeconds(40);

    private final DocumentReader reader = new DocumentReader(200L * 1024 * 1024);

    @Test
    void pdfOfThreeHundredThousandPagesIsRefusedAtThePageLimitBeforeItsPagesAreRead() {
        byte[] pdf = HostilePdfs.manyPages(600, 500, 300_000);
        assertTrue(pdf.length < 100_000, "small on disk: " + pdf.length);
        UnreadableInput e = refused(pdf);
        assertEquals("INPUT_TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("more than 5000 pages"), e.getMessage());
    }

    @Test
    void pageTreeIsCountedByItsPagesNotByTheCountItDeclares() throws IOException {
        byte[] pdf = HostilePdfs.manyPages(60, 100, 1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "PDFBox trusts /Count");
            UnreadableInput e = assertThrows(UnreadableInput.class, () -> PdfLimits.check(document));
            assertEquals("INPUT_TOO_LARGE", e.code());
        }
    }

    @Test
    void pdfOfFiveThousandPagesIsNotRefused() throws IOException, UnreadableInput {
        try (PDDocument document = Loader.loadPDF(HostilePdfs.manyPages(50, 100, 5_000))) {
            PdfLimits.check(document);
        }
    }

    @Test
    void pageOfFourGigabytesOfTextOperatorsIsRefusedBeforeItIsParsed() {
        byte[] pdf = HostilePdfs.textOperators(4096);
        assertTrue(pdf.length < 20_000_000, "small on disk: " + pdf.length);
        UnreadableInput e = refused(pdf);
        assertEquals("INPUT_TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("MB of drawing and text operators"), e.getMessage());
    }

    @Test
    void contentStreamsAreMeasuredDecodedAndAPageUnderTheLimitIsRead() throws Exception {
        try (PDDocument document = Loader.loadPDF(HostilePdfs.textOperators(1))) {
            PdfLimits.check(document);
        }
        try (PDDocument document = Loader.loadPDF(HostilePdfs.textOperators(17))) {
            assertThrows(UnreadableInput.class, () -> PdfLimits.check(document));
        }
    }

    @Test
    void scannedPageOfTwentyThousandPixelsSquareIsRefusedBeforeItIsRendered() {
        UnreadableInput e = refused(HostilePdfs.scannedPage(595, 842, 20_000, 20_000));
        assertEquals("INPUT_TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("image of 20000×20000 pixels"), e.getMessage());
    }

    @Test
    void a4ScanOnAPageOfFourteenThousandFourHundredPointsIsRefusedBeforeItIsRendered() {
        UnreadableInput e = refused(HostilePdfs.scannedPage(14_400, 14_400, 1654, 2339));
        assertEquals("INPUT_TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("30000×30000 pixels at 150 dpi"), e.getMessage());
    }

    private UnreadableInput refused(byte[] pdf) {
        return assertTimeoutPreemptively(GENEROUS, () -> assertThrows(UnreadableInput.class,
                () -> reader.read(Path.of("hostile.pdf"), pdf, DocumentReader.PDF)));
    }
}

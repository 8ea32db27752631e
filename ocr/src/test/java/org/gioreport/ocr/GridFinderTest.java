package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bytedeco.leptonica.PIX;
import org.junit.jupiter.api.Test;

/** The ruled tables of a scanned page, from its ruling lines (Leptonica morphology), cells and spans included. */
class GridFinderTest {

    @Test
    void theApplicationsTableOfAScannedPageIsFoundRowByRowWithItsSpanningCells() throws IOException {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(Path.of("src", "test", "resources", "scanned", "syn11-300.pdf").toFile())) {
            page = new PDFRenderer(doc).renderImageWithDPI(1, 300, ImageType.GRAY);
        }
        PIX gray = PageImage.toPix(page);
        PIX binary = pixConvertTo1(gray, GridFinder.RULE_BELOW);
        PIX rules = GridFinder.rules(binary, 300);
        List<GridTable> tables;
        try {
            tables = GridFinder.tables(rules, 300);
        } finally {
            pixDestroy(rules);
            pixDestroy(binary);
            pixDestroy(gray);
        }
        // page 2 of a 2021 report: the end of table 二, table 三 and the head of table 四
        GridTable applications = tables.stream().max(java.util.Comparator.comparingInt(t -> t.rows().size())).get();
        assertEquals(28, applications.rows().size(), applications.rows().toString());
        List<GridCell> newlyReceived = applications.rows().get(3);
        assertEquals(8, newlyReceived.size(), "the label spanning the three label columns, and seven values");
        assertEquals(3, newlyReceived.get(0).colSpan());
        GridCell resultsLabel = applications.rows().get(5).get(0); // 三、本年度办理结果, spanning the outcome rows
        assertEquals(22, resultsLabel.rowSpan(), resultsLabel.toString());
    }
}

package org.gioreport.formats.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.core.testing.Seeds;
import org.gioreport.spi.SourceDocument;
import org.gioreport.template.TableRegion;
import org.junit.jupiter.api.Test;

class PdfTextLayoutTest {

    private static final Path CORPUS = Path.of("../corpus/files");
    private final PdfTextLayout plugin = new PdfTextLayout();

    @Test
    void realPdfExtractedSeedsAreReadWithoutAWrongOrMissingValue() throws Exception {
        FixtureRunner.scoreSeeds(plugin, "000_e5a8dc90a2ee1929", "002_76b9ee9e1217577a")
                .assertAllCorrect(2, 202 + 202);
    }

    @Test
    void seed000KeepsTheProcurementNumbersAndLeavesRowsLostAtThePageBreakNull() throws Exception {
        var e = FixtureRunner.normalize(plugin, Seeds.text("000_e5a8dc90a2ee1929"));
        var v = org.gioreport.core.json.ReportPaths.flatten(e.report());
        assertEquals(46, v.get("activeDisclosure.procurement.projects"));
        assertEquals("415802", v.get("activeDisclosure.procurement.amount").toString());
        assertEquals(6, v.get("applications.newlyReceived.total"));
        assertEquals(null, v.get("applications.totalHandled.total"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("ROW_MISSING")
                && "applications.totalHandled".equals(d.path())));
    }

    @Test
    void generatedTabSeparatedPdfTextOfBothEditionsIsReadExactly() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("pdf-text"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void generatedPdftotextLayoutOutputIsReadExactly() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("pdftotext-layout"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void damagedPdfTextWithCutRowsAndALostCellInventsNothing() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("damaged"), "syn0[15]-.*").assertNothingWrongOrInvented(2, 397);
    }

    @Test
    void numbersOnLinesDrawnAsATableFrameAreNotCountedAsRowsOfPdfText() {
        TableRegion region = TableRegion.of(List.of(
                "信息内容 本年制发件数 本年废止件数 现行有效件数",
                "| 规章 | 0 | 1 | 14 |",
                "│ 规范性文件 │ 3 │ 2 │ 9 │",
                "┃ 行政许可 ┃ 5 ┃ 6 ┃ 7 ┃",
                "行政处罚 4 8 12"));

        assertEquals(12, region.numbers());
        assertEquals(3, PdfTextLayout.severalToALine(region), "only the unframed row's three numbers");
    }

    @Test
    void fitsTabSeparatedTablesButNotOneCellPerLine() throws Exception {
        String seed = java.nio.file.Files.readString(Seeds.text("000_e5a8dc90a2ee1929"));
        assertTrue(plugin.fit(SourceDocument.ofText("a", seed)).score() > 0.5);
        String dump = java.nio.file.Files.readString(CORPUS.resolve("cell-dump/syn01.txt"));
        assertTrue(plugin.fit(SourceDocument.ofText("b", dump)).score() < 0.2);
        assertEquals(0, plugin.fit(SourceDocument.ofText("c", "会议通知\n请准时参加。")).score());
    }
}

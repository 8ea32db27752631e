package org.gioreport.formats.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

class PdfTextLayoutTest {

    private static final Path SEEDS = Path.of("src/test/resources/pdf-text");
    private static final Path CORPUS = Path.of("../corpus/files");
    private final PdfTextLayout plugin = new PdfTextLayout();

    private static void assertScore(ExpectedValues.Score s, double minimum) {
        assertEquals(0, s.wrong, s::toString);
        assertEquals(0, s.invented, s::toString);
        assertTrue(s.percentCorrect() >= minimum, s::toString);
    }

    @Test
    void realPdfExtractedSeedsAreReadWithoutAWrongOrMissingValue() throws Exception {
        List<Path> seeds = FixtureRunner.fixtures(SEEDS, null);
        assertEquals(2, seeds.size());
        ExpectedValues.Score s = FixtureRunner.score(plugin, seeds);
        assertEquals(s.judged, s.correct, s::toString);
    }

    @Test
    void seed000KeepsTheProcurementNumbersAndLeavesRowsLostAtThePageBreakNull() throws Exception {
        var e = FixtureRunner.normalize(plugin, SEEDS.resolve("000_e5a8dc90a2ee1929.txt"));
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
        assertScore(FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("pdf-text"), null)), 100);
    }

    @Test
    void generatedPdftotextLayoutOutputIsReadExactly() throws Exception {
        assertScore(FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("pdftotext-layout"), null)), 100);
    }

    @Test
    void damagedPdfTextWithCutRowsAndALostCellInventsNothing() throws Exception {
        assertScore(FixtureRunner.score(plugin, FixtureRunner.fixtures(CORPUS.resolve("damaged"), "syn0[15]-.*")), 99);
    }

    @Test
    void fitsTabSeparatedTablesButNotOneCellPerLine() throws Exception {
        String seed = java.nio.file.Files.readString(SEEDS.resolve("000_e5a8dc90a2ee1929.txt"));
        assertTrue(plugin.fit(SourceDocument.ofText("a", seed)).score() > 0.5);
        String dump = java.nio.file.Files.readString(CORPUS.resolve("cell-dump/syn01.txt"));
        assertTrue(plugin.fit(SourceDocument.ofText("b", dump)).score() < 0.2);
        assertEquals(0, plugin.fit(SourceDocument.ofText("c", "会议通知\n请准时参加。")).score());
    }
}

package org.gioreport.formats.piperows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.FixtureRunner;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Pipe-delimited rows in the three shapes crawlers write (src/test/resources/pipe-rows, both editions): a whole
 * row to a line with a leading pipe, without it and with spacer rows of pipes between rows, one cell per line, and
 * one cell per line with a line of {@code |} alone between cells (a page copy; made by make-pipe-lines.py).
 */
class PipeRowsLayoutTest {

    private static final Path FIXTURES = Path.of("src/test/resources/pipe-rows");
    private static final String REPORT = """
            某某县司法局2021年政府信息公开工作年度报告
            一、总体情况
            二、主动公开政府信息情况
            第二十条第（一）项 |
            信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            ||||
            规章 | 2 | 0 | 7 |
            ||||
            行政规范性文件 | 5 |  | 19 |
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 |
            12 |
            3 |
            0 |
            0 |
            1 |
            0 |
            16 |
            二、上年结转政府信息公开申请数量 |
            2 |
            0 |
            0 |
            0 |
            0 |
            0 |
            2 |
            """;
    private final PipeRowsLayout plugin = new PipeRowsLayout();

    private static SourceDocument text(String text) {
        return SourceDocument.ofText("t.txt", text);
    }

    @Test
    void everyFixtureIsReadExactly() throws Exception {
        FixtureRunner.score(plugin, FIXTURES, null).assertAllCorrect(6, 3 * 211 + 3 * 202);
    }

    @Test
    void rowsOnALineAndCellsOnALineAreReadIntoTheirColumns() {
        Extraction e = plugin.normalize(text(REPORT));
        Map<String, Object> v = ReportPaths.flatten(e.report());
        assertEquals(2, v.get("activeDisclosure.regulations.issued"));
        assertEquals(7, v.get("activeDisclosure.regulations.inForce"));
        assertEquals(5, v.get("activeDisclosure.normativeDocuments.issued"));
        assertEquals(19, v.get("activeDisclosure.normativeDocuments.inForce"));
        assertEquals(12, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(16, v.get("applications.newlyReceived.total"));
        assertEquals(2, v.get("applications.carriedOver.total"));
    }

    @Test
    void anEmptyCellBetweenPipesIsNullAndTheCellsAfterItKeepTheirColumns() {
        Extraction e = plugin.normalize(text(REPORT));
        assertNull(ReportPaths.flatten(e.report()).get("activeDisclosure.normativeDocuments.repealed"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> "activeDisclosure.normativeDocuments.repealed".equals(d.path())
                || "activeDisclosure.normativeDocuments".equals(d.path())), e.diagnostics()::toString);
    }

    @Test
    void pipeRowsFitAbovePlainPdfTextsScore() {
        FitScore score = plugin.fit(text(REPORT));
        assertTrue(score.fits() && score.score() > 0.95, score::toString);
    }

    @Test
    void aMarkdownTableFitsJustBelowAPluginMadeForMarkdown() {
        FitScore score = plugin.fit(text(REPORT.replace("||||\n规章", "|---|---|---|---|\n规章")));
        assertTrue(score.fits() && score.score() > 0.85 && score.score() < 0.95, score::toString);
    }

    @Test
    void aTextWithoutPipesDoesNotFit() {
        assertFalse(plugin.fit(text(REPORT.replace("|", ""))).fits());
    }

    @Test
    void cellsALineEachWithALonePipeBetweenThemFitAsPipeRows() {
        String report = REPORT.replaceAll("(?m) \\|$", "\n|");
        FitScore fit = plugin.fit(text(report));
        assertTrue(fit.fits(), fit::reason);
        assertEquals(16, ReportPaths.flatten(plugin.normalize(text(report)).report())
                .get("applications.newlyReceived.total"));
    }
}

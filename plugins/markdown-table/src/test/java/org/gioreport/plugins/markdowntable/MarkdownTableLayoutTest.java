package org.gioreport.plugins.markdowntable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTableLayoutTest {

    private final MarkdownTableLayout layout = new MarkdownTableLayout();

    @ParameterizedTest(name = "{0}: {1} fields judged")
    @CsvSource({"town-2019, 202", "county-bureau-2021, 211", "town-dash-cell-2021, 211"})
    void everySampleGivesTheValuesOfItsExpectedFile(String stem, int fields) throws IOException {
        MarkdownSample sample = MarkdownSample.load(stem);

        Extraction extraction = layout.normalize(sample.document());

        assertNotNull(extraction.report(), () -> "no report: " + extraction.diagnostics());
        sample.expected().score(extraction.report()).assertAllCorrect(1, fields);
    }

    @Test
    void the2019SampleReadsItsApplicationsRowsAndProcurement() throws IOException {
        var values = ReportPaths.flatten(layout.normalize(MarkdownSample.load("town-2019").document()).report());

        assertEquals("2019", values.get("edition"));
        assertEquals(54, values.get("applications.newlyReceived.naturalPerson"));
        assertEquals(68, values.get("applications.newlyReceived.total"));
        assertEquals(-9, values.get("activeDisclosure.licensing.change"));
        assertEquals(0, new BigDecimal("23382664").compareTo(
                new BigDecimal(values.get("activeDisclosure.procurement.amount").toString())));
        assertEquals(4, values.get("reviewsAndLawsuits.lawsuitAfterReview.total"));
    }

    @Test
    void the2021SampleDerivesOtherHandlingFromItsThreeDetailRows() throws IOException {
        Extraction extraction = layout.normalize(MarkdownSample.load("county-bureau-2021").document());
        var values = ReportPaths.flatten(extraction.report());

        assertEquals("2021", values.get("edition"));
        assertEquals(194, values.get("applications.newlyReceived.total"));
        assertEquals(6, values.get("applications.otherHandling.total"));
        assertTrue(extraction.derived().contains("applications.otherHandling.total"));
        assertEquals(0, new BigDecimal("192.70").compareTo((BigDecimal) values.get("activeDisclosure.fees.amount")));
    }

    @Test
    void aDashCellStaysNullWithADiagnosticQuotingIt() throws IOException {
        Extraction extraction = layout.normalize(MarkdownSample.load("town-dash-cell-2021").document());

        assertNull(ReportPaths.flatten(extraction.report()).get("activeDisclosure.licensing.decisions"));
        Diagnostic notStated = extraction.diagnostics().stream()
                .filter(d -> "activeDisclosure.licensing.decisions".equals(d.path())).findFirst().orElseThrow();
        assertEquals("CELL_NOT_STATED", notStated.code());
        assertTrue(notStated.message().contains("—"), notStated.message());
    }

    @Test
    void provenancePointsAtTheMarkdownRowTheValueWasReadFrom() throws IOException {
        SourceDocument document = MarkdownSample.load("town-2019").document();

        Provenance where = layout.normalize(document).provenance().get("applications.newlyReceived.total");

        assertNotNull(where);
        assertEquals(document.lines().get(where.line() - 1).strip(), where.text());
        assertTrue(where.text().startsWith("| 一、本年新收政府信息公开申请数量 |"), where.text());
    }

    @Test
    void fitsAMarkdownReportAboveTheBestScoreOfAWhiteSpaceLayout() throws IOException {
        // pdf-text scores pipe rows too (several numbers to a line), at most 0.9: explicit markup must win
        FitScore score = layout.fit(MarkdownSample.load("county-bureau-2021").document());

        assertTrue(score.score() > 0.9, score.toString());
    }

    @Test
    void doesNotFitTheSameReportWithTabsInsteadOfPipeTables() throws IOException {
        String text = MarkdownSample.load("town-2019").document().text()
                .replace("|", "\t").replaceAll("(?m)^[\\t\\-:]+$", "");

        FitScore score = layout.fit(SourceDocument.ofText("tabs.txt", text));

        assertFalse(score.fits(), score.toString());
    }

    @Test
    void doesNotFitAMarkdownTableThatIsNoReport() {
        String text = "# 2021年部门预算\n\n| 项目 | 金额 |\n|---|---|\n"
                + "| 基本支出 | 1200 |\n| 项目支出 | 300 |\n";

        assertFalse(layout.fit(SourceDocument.ofText("budget.md", text)).fits());
    }

    @Test
    void splitKeepsEmptyCellsInPlaceAndAnEscapedPipeInsideItsCell() {
        assertEquals(List.of("行政许可", "0", "", ""), MarkdownTableLayout.split("| 行政许可 | 0 |  |  |"));
        assertEquals(List.of("a|b", "1"), MarkdownTableLayout.split("| a\\|b | 1 |"));
        assertEquals(List.of("商业 企业", "2"), MarkdownTableLayout.split("商业<br>企业 | 2"));
    }

    @Test
    void aRowWithPipesOutsideATableIsNotReadAsACell() {
        List<String> lines = List.of("说明 | 不是表格", "", "| 规章 | 1 | 2 | 3 |", "|---|---|---|---|",
                "| 规范性文件 | 4 | 5 | 6 |", "", "正文 | 1 | 2");

        List<MarkdownTableLayout.Row> rows = MarkdownTableLayout.tableRows(lines);

        assertEquals(List.of(3, 5), rows.stream().map(MarkdownTableLayout.Row::line).toList());
    }
}

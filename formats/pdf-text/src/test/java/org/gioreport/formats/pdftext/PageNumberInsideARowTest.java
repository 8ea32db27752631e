package org.gioreport.formats.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.testing.WrappedLabelReports;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tika's PDF text puts the page number of a page break into the row being read: it is no cell. */
class PageNumberInsideARowTest {

    private final PdfTextLayout plugin = new PdfTextLayout();

    @ParameterizedTest(name = "{0}, footer \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "2019|- 3 -", "2019|第3页", "2019|第 3 页 共 8 页", "2019|— 12 —", "2019|3/8",
            "2021|- 3 -", "2021|第 3 页 共 8 页", "2021|共8页 第3页"})
    void aPageNumberBetweenARowsLabelAndItsNumbersLeavesEveryValueOfTheRowRead(String edition, String footer) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        String text = WrappedLabelReports.text(edition, values, Map.of())
                .replace("\n行政许可\t", "\n行政许可\n" + footer + "\n")
                .replace("\n规范性文件\t", "\n规范性文件\t")
                .replace("\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t",
                        "\n（二）部分公开（区分处理的，\n" + footer + "\n只计这一情形，不计其他情形）\t");
        assertTrue(text.contains(footer));
        Extraction e = plugin.normalize(SourceDocument.ofText("footer.txt", text));
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.activeDisclosure(edition)) {
            if (path.startsWith("activeDisclosure.licensing.")) {
                assertEquals(values.get(path).toString(), String.valueOf(got.get(path)), path);
            }
        }
        for (String c : org.gioreport.core.model.ApplicantCounts.COLUMNS) {
            String path = "applications.partiallyDisclosed." + c;
            assertEquals(values.get(path).toString(), String.valueOf(got.get(path)), path);
        }
        assertTrue(e.diagnostics().stream().noneMatch(d -> d.code().startsWith("CELLS_")), e.diagnostics()::toString);
    }

    /** The next page's header repeats the report title; its year once became 行政许可's count (2021: one column). */
    @ParameterizedTest(name = "{0}, footer \"{1}\" and the title as the next page's header")
    @CsvSource(delimiter = '|', value = {"2019|- 3 -", "2021|- 3 -", "2021|第 3 页 共 8 页", "2019|第3页"})
    void theReportTitleRepeatedAsARunningHeaderInsideARowIsNoCell(String edition, String footer) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        String title = "建宁县均口镇人民政府 " + values.get("reportYear") + " 年政府信息公开工作年度报告";
        String text = WrappedLabelReports.text(edition, values, Map.of())
                .replace("\n行政许可\t", "\n行政许可\n" + footer + "\n\n" + title + "\n")
                .replace("\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t",
                        "\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n" + footer + "\n" + title + "\n");
        Extraction e = plugin.normalize(SourceDocument.ofText("header.txt", text));
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.activeDisclosure(edition)) {
            if (path.startsWith("activeDisclosure.licensing.")) {
                assertEquals(values.get(path).toString(), String.valueOf(got.get(path)), path);
            }
        }
        for (String c : org.gioreport.core.model.ApplicantCounts.COLUMNS) {
            String path = "applications.partiallyDisclosed." + c;
            assertEquals(values.get(path).toString(), String.valueOf(got.get(path)), path);
        }
        assertEquals(values.get("reportYear"), got.get("reportYear"));
        assertTrue(e.diagnostics().stream().noneMatch(d -> d.code().startsWith("CELLS_")), e.diagnostics()::toString);
    }
}

package org.gioreport.formats.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.testing.WrappedLabelReports;
import org.gioreport.core.testing.WrappedLabelReports.Layout;
import org.gioreport.core.testing.WrappedLabelReports.Plan;
import org.gioreport.core.testing.WrappedLabelReports.Style;
import org.gioreport.core.testing.WrappedLabelReports.Wrap;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One cell per line, a row label printed below its own numbers looks like the next row's label before its
 * numbers: the first row's numbers then run into the second's, and the labels that follow are each one row off.
 * Such rows are never read by their labels; here exactly the missing rows stand there, so position proves them.
 */
class LabelsAfterTheirNumbersTest {

    private final WebPageLayout plugin = new WebPageLayout();

    @ParameterizedTest
    @CsvSource({"WEB_PAGE, 2019", "PDFTOTEXT, 2019", "WEB_PAGE, 2021", "PDFTOTEXT, 2021"})
    void everyLabelBelowItsNumbersPutsEachRowsNumbersIntoItsOwnRow(Style style, String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> rows = WrappedLabelReports.labels(edition);
        Map<Integer, Plan> after = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            after.put(r, new Plan(Wrap.AFTER, 0));
        }
        Map<String, Object> got = read(style, edition, values, after);
        // before: applications.carriedOver held the numbers of 三、本年度办理结果（一）予以公开
        for (String row : List.of("carriedOver", "disclosed", "notProcessed.excessive", "carriedForward")) {
            assertRowRead(values, got, row);
        }
    }

    @ParameterizedTest
    @CsvSource({"WEB_PAGE", "PDFTOTEXT"})
    void aSecondOtherHandlingDetailBelowItsNumbersNeverGivesItsNumbersToTheFirst(Style style) {
        Map<String, Object> values = WrappedLabelReports.values("2021");
        int unpaidFees = indexOf(WrappedLabelReports.labels("2021"), "otherHandlingDetail.unpaidFees");
        Map<String, Object> got = read(style, "2021", values, Map.of(unpaidFees, new Plan(Wrap.AFTER, 0)));
        // before: overdueCorrection held unpaidFees's numbers (the heading （六）其他处理 took the first six)
        for (String row : List.of("otherHandlingDetail.overdueCorrection", "otherHandlingDetail.unpaidFees",
                "otherHandlingDetail.other")) {
            assertRowRead(values, got, row);
        }
    }

    private Map<String, Object> read(Style style, String edition, Map<String, Object> values, Map<Integer, Plan> plans) {
        String text = WrappedLabelReports.text(style, edition, values, Layout.applications(plans));
        return ReportPaths.flatten(plugin.normalize(SourceDocument.ofText("after.txt", text)).report());
    }

    private static void assertRowRead(Map<String, Object> values, Map<String, Object> got, String row) {
        for (String c : ApplicantCounts.COLUMNS) {
            String path = "applications." + row + "." + c;
            Object value = got.get(path);
            assertEquals(String.valueOf(values.get(path)), value == null ? null : String.valueOf(value), path);
        }
    }

    private static int indexOf(List<String[]> rows, String path) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r)[0].equals(path)) {
                return r;
            }
        }
        throw new IllegalArgumentException(path);
    }
}

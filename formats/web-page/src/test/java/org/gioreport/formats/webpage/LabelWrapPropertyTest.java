package org.gioreport.formats.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.testing.WrappedLabelReports;
import org.gioreport.core.testing.WrappedLabelReports.Layout;
import org.gioreport.core.testing.WrappedLabelReports.Plan;
import org.gioreport.core.testing.WrappedLabelReports.Style;
import org.gioreport.core.testing.WrappedLabelReports.Wrap;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wrap property of the PDF-text reader, for the layouts this plugin reads (a web page's text and pdftotext
 * without -layout, one cell per line): for every row of tables 二, 三 and 四 of both editions and every way its
 * label can wrap (before its numbers, around them at every place, after them), alone, with the row below and
 * all rows at once, no value is ever read into another row or column. Rows whose place is not proven stay null;
 * how many do is printed, not asserted.
 */
class LabelWrapPropertyTest {

    private final WebPageLayout plugin = new WebPageLayout();

    @ParameterizedTest
    @CsvSource({"WEB_PAGE, 2019", "WEB_PAGE, 2021", "PDFTOTEXT, 2019", "PDFTOTEXT, 2021"})
    void aTableThreeLabelWrappedAnyWayNeverPutsAValueIntoAnotherRow(Style style, String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> rows = WrappedLabelReports.labels(edition);
        Tally tally = new Tally();
        for (int r = 1; r < rows.size(); r++) {
            String label = rows.get(r)[1];
            for (int at = 1; at < label.length(); at++) {
                if (!WrappedLabelReports.canWrapAt(label, at)) {
                    continue;
                }
                for (Wrap wrap : List.of(Wrap.BEFORE, Wrap.AROUND)) {
                    tally.check(style, edition, values, Layout.applications(Map.of(r, new Plan(wrap, at))));
                    if (r + 1 < rows.size()) {
                        int below = wrapPoint(rows.get(r + 1)[1], at);
                        tally.check(style, edition, values,
                                Layout.applications(Map.of(r, new Plan(wrap, at), r + 1, new Plan(wrap, below))));
                    }
                }
            }
            tally.check(style, edition, values, Layout.applications(Map.of(r, new Plan(Wrap.AFTER, 0))));
        }
        tally.report(style + " " + edition + " table 三 one or two rows wrapped");
        assertTrue(tally.documents > 500, "documents checked: " + tally.documents);
        assertEquals(List.of(), tally.wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @CsvSource({"WEB_PAGE, 2019", "WEB_PAGE, 2021", "PDFTOTEXT, 2019", "PDFTOTEXT, 2021"})
    void aTableTwoLabelWrappedAnyWayNeverPutsAValueIntoAnotherItem(Style style, String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> items = WrappedLabelReports.activeLabels(edition);
        Tally tally = new Tally();
        for (int r = 0; r < items.size(); r++) {
            String label = items.get(r)[1];
            for (int at = 1; at < label.length(); at++) {
                for (Wrap wrap : List.of(Wrap.BEFORE, Wrap.AROUND)) {
                    tally.check(style, edition, values, new Layout(Map.of(), Map.of(r, new Plan(wrap, at)), 9));
                    if (r + 1 < items.size()) {
                        int below = wrapPoint(items.get(r + 1)[1], at);
                        tally.check(style, edition, values,
                                new Layout(Map.of(), Map.of(r, new Plan(wrap, at), r + 1, new Plan(wrap, below)), 9));
                    }
                }
            }
            tally.check(style, edition, values, new Layout(Map.of(), Map.of(r, new Plan(Wrap.AFTER, 0)), 9));
        }
        tally.report(style + " " + edition + " table 二 one or two rows wrapped");
        assertTrue(tally.documents > 50, "documents checked: " + tally.documents);
        assertEquals(List.of(), tally.wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @CsvSource({"WEB_PAGE, 2019", "WEB_PAGE, 2021", "PDFTOTEXT, 2019", "PDFTOTEXT, 2021"})
    void everyRowOfEveryTableWrappedAtOnceStillPutsNoValueIntoAnotherRowOrColumn(Style style, String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        Tally tally = new Tally();
        for (Wrap wrap : Wrap.values()) {
            for (int share = 1; share < 10; share++) {
                Map<Integer, Plan> applications = new HashMap<>();
                List<String[]> rows = WrappedLabelReports.labels(edition);
                for (int r = 1; r < rows.size(); r++) {
                    applications.put(r, new Plan(wrap, wrapPoint(rows.get(r)[1], rows.get(r)[1].length() * share / 10)));
                }
                Map<Integer, Plan> active = new HashMap<>();
                List<String[]> items = WrappedLabelReports.activeLabels(edition);
                for (int r = 0; r < items.size(); r++) {
                    active.put(r, new Plan(wrap, Math.max(1, items.get(r)[1].length() * share / 10)));
                }
                tally.check(style, edition, values, new Layout(applications, active, share - 1));
            }
        }
        tally.report(style + " " + edition + " every row wrapped at once");
        assertEquals(List.of(), tally.wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @CsvSource({"WEB_PAGE, 2019", "WEB_PAGE, 2021", "PDFTOTEXT, 2019", "PDFTOTEXT, 2021"})
    void labelsBeforeTheirNumbersAreReadCompletelyInEveryTable(Style style, String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        Extraction e = plugin.normalize(SourceDocument.ofText("wrapped.txt",
                WrappedLabelReports.text(style, edition, values, Layout.applications(Map.of()))));
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.numeric(edition)) {
            assertEquals(number(values.get(path)), number(got.get(path)), path);
        }
    }

    /** The first place at or after {@code at} where the label may wrap. */
    private static int wrapPoint(String label, int at) {
        int p = Math.max(1, Math.min(at, label.length() - 1));
        while (p < label.length() && !WrappedLabelReports.canWrapAt(label, p)) {
            p++;
        }
        return p;
    }

    private static String number(Object o) {
        return o == null ? null : new java.math.BigDecimal(o.toString()).stripTrailingZeros().toPlainString();
    }

    /** The documents read, the values read into another field, and how many stated fields stayed null, by row. */
    private final class Tally {
        final List<String> wrong = new ArrayList<>();
        final Map<String, Integer> nullRows = new TreeMap<>();
        int documents;
        int documentsLosingValues;

        void check(Style style, String edition, Map<String, Object> values, Layout layout) {
            documents++;
            Extraction e = plugin.normalize(SourceDocument.ofText("wrapped.txt",
                    WrappedLabelReports.text(style, edition, values, layout)));
            Map<String, Object> got = ReportPaths.flatten(e.report());
            java.util.Set<String> lost = new java.util.TreeSet<>();
            for (String path : ReportFields.numeric(edition)) {
                Object value = got.get(path);
                if (value == null) {
                    if (values.get(path) != null) {
                        lost.add(path.substring(0, path.lastIndexOf('.')));
                    }
                } else if (!number(value).equals(number(values.get(path)))) {
                    wrong.add(layout + ": " + path + " = " + value + ", stated " + values.get(path));
                }
            }
            if (!lost.isEmpty()) {
                documentsLosingValues++;
            }
            lost.forEach(row -> nullRows.merge(row, 1, Integer::sum));
        }

        void report(String what) {
            int rows = nullRows.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println("[wrap property] " + what + ": " + documents + " documents, " + documentsLosingValues
                    + " with rows left null, " + rows + " null rows in all" + (nullRows.isEmpty() ? "" : " " + nullRows));
        }
    }
}

package org.gioreport.formats.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.testing.WrappedLabelReports;
import org.gioreport.core.testing.WrappedLabelReports.Layout;
import org.gioreport.core.testing.WrappedLabelReports.Plan;
import org.gioreport.core.testing.WrappedLabelReports.Wrap;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every row of tables 二 and 三 of both editions and every way PDF text wraps its label (before its numbers,
 * around them at every character, after them), alone, for two neighbouring rows at once and for all rows at once,
 * and for table 四's header cells on either side of its numbers: no value is ever read into another row or
 * column, of any table. Rows whose place is not proven stay null.
 */
class LabelWrapPropertyTest {

    private final PdfTextLayout plugin = new PdfTextLayout();

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void aLabelWrappedAroundItsNumbersNeverPutsAValueIntoAnotherRow(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> rows = WrappedLabelReports.labels(edition);
        List<String> wrong = new ArrayList<>();
        int documents = 0;
        for (int r = 1; r < rows.size(); r++) {
            int length = rows.get(r)[1].length();
            for (int at = 1; at < length; at++) {
                if (!WrappedLabelReports.canWrapAt(rows.get(r)[1], at)) {
                    continue;
                }
                for (Wrap wrap : List.of(Wrap.BEFORE, Wrap.AROUND)) {
                    wrong.addAll(check(edition, values, Map.of(r, new Plan(wrap, at))));
                    // the row below wraps the same way too (the 4./5. 不予处理 rows)
                    if (r + 1 < rows.size()) {
                        int below = wrapPoint(rows.get(r + 1)[1], at);
                        wrong.addAll(check(edition, values, Map.of(r, new Plan(wrap, at), r + 1, new Plan(wrap, below))));
                    }
                    documents += 2;
                }
            }
            wrong.addAll(check(edition, values, Map.of(r, new Plan(Wrap.AFTER, 0))));
        }
        assertTrue(documents > 500, "documents checked: " + documents);
        assertEquals(List.of(), wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void everyLabelWrappedAtTheSameShareOfItsLengthStillPutsNoValueIntoAnotherRow(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> rows = WrappedLabelReports.labels(edition);
        List<String> wrong = new ArrayList<>();
        for (Wrap wrap : Wrap.values()) {
            for (int share = 1; share < 10; share++) {
                Map<Integer, Plan> plans = new java.util.HashMap<>();
                for (int r = 1; r < rows.size(); r++) {
                    String label = rows.get(r)[1];
                    plans.put(r, new Plan(wrap, wrapPoint(label, label.length() * share / 10)));
                }
                wrong.addAll(check(edition, values, plans));
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void labelsOnOneLineWithTheirNumbersAreReadCompletelyInEveryTable(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        Extraction e = read(edition, values, Map.of());
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.numeric(edition)) {
            assertEquals(number(values.get(path)), number(got.get(path)), path);
        }
    }

    /** The rows: "4．无正当理由" / its numbers / "大量反复申请" / "5．要求行政机关确认或重新" / row 5's numbers / "出具已获取信息". */
    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void twoNotProcessedRowsWrappedAroundTheirNumbersAreEachReadIntoTheirOwnRow(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        Extraction e = read(edition, values, Map.of(18, new Plan(Wrap.AROUND, 7), 19, new Plan(Wrap.AROUND, 12)));
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String row : List.of("excessive", "confirmations")) {
            for (String c : org.gioreport.core.model.ApplicantCounts.COLUMNS) {
                String path = "applications.notProcessed." + row + "." + c;
                assertEquals(number(values.get(path)), number(got.get(path)), path);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void aTableTwoLabelWrappedAroundItsNumbersNeverPutsAValueIntoAnotherItem(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String[]> items = WrappedLabelReports.activeLabels(edition);
        List<String> wrong = new ArrayList<>();
        int documents = 0;
        for (int r = 0; r < items.size(); r++) {
            String label = items.get(r)[1];
            for (int at = 1; at < label.length(); at++) {
                for (Wrap wrap : List.of(Wrap.BEFORE, Wrap.AROUND)) {
                    wrong.addAll(check(edition, values, new Layout(Map.of(), Map.of(r, new Plan(wrap, at)), 9)));
                    if (r + 1 < items.size()) {
                        int below = wrapPoint(items.get(r + 1)[1], at);
                        wrong.addAll(check(edition, values,
                                new Layout(Map.of(), Map.of(r, new Plan(wrap, at), r + 1, new Plan(wrap, below)), 9)));
                    }
                    documents += 2;
                }
            }
            wrong.addAll(check(edition, values, new Layout(Map.of(), Map.of(r, new Plan(Wrap.AFTER, 0)), 9)));
        }
        assertTrue(documents > 50, "documents checked: " + documents);
        assertEquals(List.of(), wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void tableFoursHeaderCellsBeforeOrAfterItsNumbersNeverMoveAValueToAnotherColumn(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String> wrong = new ArrayList<>();
        for (int before = 0; before <= WrappedLabelReports.REVIEW_HEADER.size(); before++) {
            wrong.addAll(check(edition, values, new Layout(Map.of(), Map.of(), before)));
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(20).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019", "2021"})
    void everyRowOfEveryTableWrappedAtOnceStillPutsNoValueIntoAnotherRow(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        List<String> wrong = new ArrayList<>();
        for (Wrap wrap : Wrap.values()) {
            for (int share = 1; share < 10; share++) {
                Map<Integer, Plan> applications = new java.util.HashMap<>();
                List<String[]> rows = WrappedLabelReports.labels(edition);
                for (int r = 1; r < rows.size(); r++) {
                    applications.put(r, new Plan(wrap, wrapPoint(rows.get(r)[1], rows.get(r)[1].length() * share / 10)));
                }
                Map<Integer, Plan> active = new java.util.HashMap<>();
                List<String[]> items = WrappedLabelReports.activeLabels(edition);
                for (int r = 0; r < items.size(); r++) {
                    active.put(r, new Plan(wrap, Math.max(1, items.get(r)[1].length() * share / 10)));
                }
                wrong.addAll(check(edition, values, new Layout(applications, active, share - 1)));
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().limit(20).toList());
    }

    /** The first place at or after {@code at} where the label may wrap. */
    private static int wrapPoint(String label, int at) {
        int p = Math.max(1, Math.min(at, label.length() - 1));
        while (p < label.length() && !WrappedLabelReports.canWrapAt(label, p)) {
            p++;
        }
        return p;
    }

    private List<String> check(String edition, Map<String, Object> values, Map<Integer, Plan> plans) {
        return check(edition, values, Layout.applications(plans));
    }

    /** The values read into a field other than the one stated, in any table. */
    private List<String> check(String edition, Map<String, Object> values, Layout plans) {
        Extraction e = plugin.normalize(SourceDocument.ofText("wrapped.txt",
                WrappedLabelReports.text(edition, values, plans)));
        List<String> wrong = new ArrayList<>();
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.numeric(edition)) {
            Object value = got.get(path);
            if (value != null && !number(value).equals(number(values.get(path)))) {
                wrong.add(plans + ": " + path + " = " + value + ", stated " + values.get(path));
            }
        }
        return wrong;
    }

    private Extraction read(String edition, Map<String, Object> values, Map<Integer, Plan> plans) {
        String text = WrappedLabelReports.text(edition, values, plans);
        return plugin.normalize(SourceDocument.ofText("wrapped.txt", text));
    }

    private static String number(Object o) {
        return o == null ? null : new java.math.BigDecimal(o.toString()).stripTrailingZeros().toPlainString();
    }
}

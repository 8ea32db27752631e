package org.gioreport.formats.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.ReportFields;
import org.gioreport.formats.pdftext.WrappedLabelReports.Plan;
import org.gioreport.formats.pdftext.WrappedLabelReports.Wrap;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every row of table 三 of both editions and every way PDF text wraps its label (before its numbers, around
 * them at every character, after them), alone, for two neighbouring rows at once and for all rows at once: no
 * value is ever read into another row. Rows whose place is not proven stay null.
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
    void labelsOnOneLineWithTheirNumbersAreReadCompletely(String edition) {
        Map<String, Object> values = WrappedLabelReports.values(edition);
        Extraction e = read(edition, values, Map.of());
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.applications(edition)) {
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

    /** The first place at or after {@code at} where the label may wrap. */
    private static int wrapPoint(String label, int at) {
        int p = Math.max(1, Math.min(at, label.length() - 1));
        while (p < label.length() && !WrappedLabelReports.canWrapAt(label, p)) {
            p++;
        }
        return p;
    }

    private List<String> check(String edition, Map<String, Object> values, Map<Integer, Plan> plans) {
        Extraction e = read(edition, values, plans);
        List<String> wrong = new ArrayList<>();
        Map<String, Object> got = ReportPaths.flatten(e.report());
        for (String path : ReportFields.applications(edition)) {
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

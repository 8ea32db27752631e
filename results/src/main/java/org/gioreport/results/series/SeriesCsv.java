package org.gioreport.results.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.results.csv.Csv;
import org.gioreport.results.csv.SpreadsheetCell;

/**
 * Series for spreadsheets ({@code series --output-format csv}): one row per body and field, one column per
 * report year found in any series, and the cross-year codes concerning that field with their years
 * ({@code CROSSYEAR_CARRY 2020-2021}). A series' findings that concern no one field (a missing or doubled year,
 * an ambiguous name) get a row of their own with the field empty.
 */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    /** The whole CSV, header first. */
    public static String write(List<Series> series, boolean bom) {
        TreeSet<Integer> allYears = new TreeSet<>();
        series.forEach(s -> allYears.addAll(s.years()));
        List<String> header = new ArrayList<>(List.of("body", "path", "label"));
        allYears.forEach(y -> header.add(y.toString()));
        header.add("diagnostics");
        StringBuilder out = new StringBuilder(bom ? "\uFEFF" : "").append(Csv.row(header));
        for (Series s : series) {
            List<CrossYearDiagnostic> general = s.diagnostics().stream().filter(d -> d.path() == null
                    || FieldCatalog.field(d.path()) == null || !s.values().containsKey(d.path())).toList();
            if (!general.isEmpty()) {
                List<String> row = new ArrayList<>(List.of(SpreadsheetCell.text(s.body()), "", ""));
                allYears.forEach(y -> row.add(null));
                row.add(codes(general));
                out.append(Csv.row(row));
            }
            for (Map.Entry<String, Map<Integer, Object>> e : s.values().entrySet()) {
                List<String> row = new ArrayList<>();
                row.add(SpreadsheetCell.text(s.body()));
                row.add(e.getKey());
                row.add(FieldCatalog.field(e.getKey()).label());
                for (Integer y : allYears) {
                    Object v = e.getValue().get(y);
                    row.add(v == null ? null : v instanceof BigDecimal d ? d.toPlainString()
                            : v instanceof Number ? v.toString() : SpreadsheetCell.text(v.toString()));
                }
                row.add(codes(s.diagnostics().stream().filter(d -> e.getKey().equals(d.path())).toList()));
                out.append(Csv.row(row));
            }
        }
        return out.toString();
    }

    private static String codes(List<CrossYearDiagnostic> diagnostics) {
        List<String> codes = new ArrayList<>();
        for (CrossYearDiagnostic d : diagnostics) {
            codes.add(d.code() + " " + String.join("-", d.years().stream().map(String::valueOf).toList()));
        }
        return String.join("; ", codes);
    }
}

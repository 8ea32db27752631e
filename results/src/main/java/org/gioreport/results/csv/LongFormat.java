package org.gioreport.results.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.engine.batch.RecordFormat;

/**
 * Tidy ("long") CSV for data tools ({@code --output-format long}): one row per number a report's tables state,
 * with the report it belongs to, the table (二, 三, 四), the row's path and the column's name, the value, whether it
 * was derived, and the source line it was read from. pandas, R, DuckDB and Excel load it as is, and a filter or
 * a group-by replaces the 240 columns of the wide CSV. Column names are snake case and avoid SQL's reserved
 * words ({@code template_table}, {@code row_path}, {@code column_name}), so that SQL needs no quotes. An amount row carries its unit as the document states it
 * and, where the unit is known, the amount in yuan ({@code value_yuan}; this column exists only here, the JSON
 * contract is unchanged). An input without any stated number (unrecognized, failed, or a report whose tables were
 * not found) still gets one row, with its status and the row, column and value empty, so that every input is
 * there. Text cells are written as {@link SpreadsheetCell} says.
 */
public final class LongFormat implements RecordFormat {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("source_path", "source_sha256", "status", "organization",
            "report_year", "edition", "template_table", "row_path", "column_name", "label", "value", "unit", "value_yuan",
            "derived",
            "provenance");

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final String header;

    /** @param bom start with a UTF-8 byte order mark (for Excel) */
    public LongFormat(boolean bom) {
        header = (bom ? CsvFormat.BOM : "") + Csv.row(COLUMNS);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String format(NormalizationResult result) {
        StringBuilder rows = new StringBuilder();
        for (StatedValue value : StatedValue.of(result)) {
            rows.append(Csv.row(row(result, value)));
        }
        if (rows.isEmpty()) {
            List<String> row = leading(result);
            while (row.size() < COLUMNS.size()) {
                row.add(null);
            }
            rows.append(Csv.row(row));
        }
        return rows.toString();
    }

    private List<String> row(NormalizationResult result, StatedValue value) {
        List<String> row = leading(result);
        row.add(value.table());
        row.add(value.rowPath());
        row.add(value.field().name());
        row.add(value.field().label());
        row.add(value.value().toPlainString());
        row.add(SpreadsheetCell.text(value.unit()));
        row.add(value.unit() == null ? null : yuan(value.value(), value.unit()));
        row.add(Boolean.toString(value.derived()));
        Provenance p = value.provenance();
        row.add(p == null ? null : SpreadsheetCell.text(where(p) + ": " + p.text()));
        return row;
    }

    /** The report's own columns: the same on every row of one input. */
    private static List<String> leading(NormalizationResult result) {
        Report report = result.report();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(SpreadsheetCell.text(result.source().path()));
        row.add(result.source().sha256());
        row.add(result.status().json());
        row.add(report == null ? null : SpreadsheetCell.text(report.organization()));
        row.add(report == null || report.reportYear() == null ? null : report.reportYear().toString());
        row.add(report == null ? null : report.edition());
        return row;
    }

    /** The amount in yuan, for the units the template uses; null for a unit it does not know. */
    static String yuan(BigDecimal amount, String unit) {
        return switch (unit) {
            case "元" -> amount.toPlainString();
            case "万元" -> amount.multiply(TEN_THOUSAND).stripTrailingZeros().toPlainString();
            default -> null;
        };
    }

    private static String where(Provenance p) {
        return p.cell() != null ? p.cell() : "line " + p.line();
    }

    @Override
    public boolean quotedLineBreaks() {
        return true;
    }

    /** Rows of this format are not read back: {@code --resume} is refused for it (an input spans several rows). */
    @Override
    public boolean readsBack() {
        return false;
    }

    @Override
    public Recorded recorded(String record) {
        return null;
    }

    @Override
    public boolean isHeader(String record) {
        return header.equals(record + Csv.LINE_END);
    }
}

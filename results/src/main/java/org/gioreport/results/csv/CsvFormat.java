package org.gioreport.results.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.batch.RecordFormat;

/**
 * For spreadsheets: one row per input with the source path, its SHA-256, the plugin, the status, one column
 * per field path of the canonical report (both editions, schema order; empty where null) and the
 * diagnostic codes. UTF-8, by default with a byte order mark so that Excel reads the Chinese right. Text cells are written
 * as {@link SpreadsheetCell} says (no formula runs, no raw control character); numbers as plain numbers.
 */
public final class CsvFormat implements RecordFormat {

    static final String BOM = "\uFEFF";
    static final List<String> LEADING = List.of("source.path", "source.sha256", "format", "status");
    static final String TRAILING = "diagnostics";

    private final List<String> columns;
    private final String header;

    /** @param chineseLabels headings in Chinese ({@code --labels zh}) instead of dotted paths */
    public CsvFormat(boolean chineseLabels) {
        this(chineseLabels, true);
    }

    /**
     * @param chineseLabels headings in Chinese ({@code --labels zh}) instead of dotted paths
     * @param bom           start with a UTF-8 byte order mark (for Excel; {@code --no-bom} leaves it out)
     */
    public CsvFormat(boolean chineseLabels, boolean bom) {
        columns = new ArrayList<>(LEADING);
        columns.addAll(FieldCatalog.valuePaths());
        columns.add(TRAILING);
        header = (bom ? BOM : "") + Csv.row(chineseLabels ? columns.stream().map(FieldLabels::zh).toList() : columns);
    }

    /** Every column's dotted path, in order. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public String format(NormalizationResult result) {
        List<String> row = new ArrayList<>(columns.size());
        row.add(SpreadsheetCell.text(result.source().path()));
        row.add(result.source().sha256());
        row.add(SpreadsheetCell.text(result.format()));
        row.add(result.status().json());
        Map<String, Object> values = ReportPaths.flatten(result.report());
        for (String path : FieldCatalog.valuePaths()) {
            row.add(text(values.get(path)));
        }
        row.add(String.join(" ", result.diagnostics().stream().map(Diagnostic::code).distinct().toList()));
        return Csv.row(row);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value instanceof Number ? value.toString() : SpreadsheetCell.text(value.toString());
    }

    @Override
    public boolean quotedLineBreaks() {
        return true;
    }

    @Override
    public Recorded recorded(String record) {
        if (record.startsWith(BOM) || isHeader(record)) {
            return null; // the header
        }
        List<String> fields = Csv.parse(record);
        if (fields == null || fields.size() != columns.size() || fields.get(0).isEmpty()) {
            return null;
        }
        return new Recorded(SpreadsheetCell.original(fields.get(0)), fields.get(1).isEmpty() ? null : fields.get(1),
                Recorded.status(fields.get(3)));
    }

    @Override
    public boolean isHeader(String record) {
        return header.equals(record + Csv.LINE_END);
    }
}

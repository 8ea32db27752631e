package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified cells into rows: label cells gather until value cells follow; the next label (or a
 * row break, where the layout marks one) closes the row. A blank cell before any value is a placeholder
 * of a spanned label column and is dropped.
 */
final class RowGrouper {

    private RowGrouper() {
    }

    public static List<TableRow> group(List<Token> tokens) {
        List<TableRow> rows = new ArrayList<>();
        PendingRow row = new PendingRow();
        for (Token t : tokens) {
            switch (t.kind()) {
                case LABEL -> {
                    if (row.hasValues()) {
                        rows.add(row.toRow());
                        row = new PendingRow();
                    }
                    row.addLabel(t);
                }
                case ROW_BREAK -> {
                    if (row.hasValues()) {
                        rows.add(row.toRow());
                        row = new PendingRow();
                    }
                }
                case BLANK -> {
                    if (row.hasValues()) {
                        row.values.add(t);
                    }
                }
                default -> row.addValue(t);
            }
        }
        if (row.hasValues() || !row.label.isEmpty()) {
            rows.add(row.toRow());
        }
        return rows;
    }

    /** The row being gathered: its label's words (by the line they stood on) and its value cells. */
    private static final class PendingRow {
        private final StringBuilder label = new StringBuilder();
        private final List<String> labelLines = new ArrayList<>();
        private final List<Token> values = new ArrayList<>();
        private int labelLine = -1;
        private int firstLine = -1;

        boolean hasValues() {
            return !values.isEmpty();
        }

        void addLabel(Token t) {
            if (firstLine < 0) {
                firstLine = t.line();
            }
            label.append(label.isEmpty() ? "" : " ").append(t.text());
            if (labelLines.isEmpty() || t.line() != labelLine) {
                labelLines.add(t.text());
            } else {
                labelLines.set(labelLines.size() - 1, labelLines.get(labelLines.size() - 1) + " " + t.text());
            }
            labelLine = t.line();
        }

        void addValue(Token t) {
            if (firstLine < 0) {
                firstLine = t.line();
            }
            values.add(t);
        }

        TableRow toRow() {
            return new TableRow(label.toString(), values, firstLine, labelLines, labelLine);
        }
    }
}

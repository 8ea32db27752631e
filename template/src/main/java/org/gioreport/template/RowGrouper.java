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
        StringBuilder label = new StringBuilder();
        List<String> labelLines = new ArrayList<>();
        int labelLine = -1;
        List<Token> values = new ArrayList<>();
        int firstLine = -1;
        for (Token t : tokens) {
            switch (t.kind()) {
                case LABEL -> {
                    if (!values.isEmpty()) {
                        rows.add(new TableRow(label.toString(), values, firstLine, labelLines, labelLine));
                        label = new StringBuilder();
                        labelLines = new ArrayList<>();
                        labelLine = -1;
                        values = new ArrayList<>();
                        firstLine = -1;
                    }
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
                case ROW_BREAK -> {
                    if (!values.isEmpty()) {
                        rows.add(new TableRow(label.toString(), values, firstLine, labelLines, labelLine));
                        label = new StringBuilder();
                        labelLines = new ArrayList<>();
                        labelLine = -1;
                        values = new ArrayList<>();
                        firstLine = -1;
                    }
                }
                case BLANK -> {
                    if (!values.isEmpty()) {
                        values.add(t);
                    }
                }
                default -> {
                    if (firstLine < 0) {
                        firstLine = t.line();
                    }
                    values.add(t);
                }
            }
        }
        if (!values.isEmpty() || !label.isEmpty()) {
            rows.add(new TableRow(label.toString(), values, firstLine, labelLines, labelLine));
        }
        return rows;
    }
}

package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of value cells that holds several table rows (k × the column count, k ≥ 2), as plain PDF
 * text gives when a label spanning several rows pulls their labels away from their numbers.
 */
final class MergedRows {

    private MergedRows() {
    }

    /** The row itself, or its chunks of {@code columns} cells each; the first chunk keeps the label. */
    static List<TableRow> split(TableRow row, int columns) {
        List<Token> values = row.values();
        int n = row.filledValueCount();
        boolean allValues = values.subList(0, n).stream().allMatch(t -> t.kind() != Token.Kind.BLANK);
        if (n < 2 * columns || n % columns != 0 || !allValues) {
            return List.of(row);
        }
        List<TableRow> chunks = new ArrayList<>();
        for (int c = 0; c < n; c += columns) {
            List<Token> part = values.subList(c, c + columns);
            chunks.add(new TableRow(c == 0 ? row.label() : "", List.copyOf(part), part.get(0).line()));
        }
        return chunks;
    }
}

package org.gioreport.spi;

import java.util.List;

/** A table of the source document, as its markup gives it: rows of cells, spans not expanded. */
public record Table(List<List<Cell>> rows) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One table cell: its text (inner line breaks as spaces) and how many rows and columns it spans. */
    public record Cell(String text, int rowSpan, int colSpan) {

        public Cell {
            text = text == null ? "" : text;
            rowSpan = Math.max(1, rowSpan);
            colSpan = Math.max(1, colSpan);
        }

        public static Cell of(String text) {
            return new Cell(text, 1, 1);
        }
    }
}

package org.gioreport.ocr;

import java.util.List;

/** A ruled table found on a page image: its outline and its cells, row by row (a spanning cell in its first row). */
public record GridTable(Box box, List<List<GridCell>> rows) {

    public GridTable {
        rows = rows.stream().map(List::copyOf).toList();
    }
}

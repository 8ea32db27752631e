package org.gioreport.core.model;

/**
 * Where one value was read: the 1-based line of the extracted text and that line's text, or, for a
 * structured source, the table cell ({@code cell} like "table 3, row 5, column 4").
 */
public record Provenance(Integer line, String text, String cell) {

    public static Provenance line(int line, String text) {
        return new Provenance(line, text, null);
    }

    public static Provenance cell(String cell, String text) {
        return new Provenance(null, text, cell);
    }
}

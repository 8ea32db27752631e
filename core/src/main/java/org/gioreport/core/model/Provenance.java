package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Positive;

/**
 * Where one value was read: the 1-based line of the extracted text and that line's text, or, for a
 * structured source, the table cell ({@code cell} like "table 3, row 5, column 4").
 */
public record Provenance(
        @JsonPropertyDescription("1-based line of the extracted text the value was read from; null for a table cell.")
        @Positive Integer line,
        @JsonPropertyDescription("The text of that line or cell.")
        String text,
        @JsonPropertyDescription("The table cell of a structured source, e.g. \"table 3, row 5, column 4\"; null for a line.")
        String cell) {

    public static Provenance line(int line, String text) {
        return new Provenance(line, text, null);
    }

    public static Provenance cell(String cell, String text) {
        return new Provenance(null, text, cell);
    }
}

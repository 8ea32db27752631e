package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Positive;

/**
 * Where one value was read: the 1-based line of the extracted text, that line's text and the cell of the line
 * ({@code cell} like "line 57, cell 3": the 3rd cell as the layout split the line); or, for a structured
 * source, the table cell ({@code cell} like "table 3, row 5, cell 4") and that cell's text. A number split
 * over two cells and joined names both ("line 57, cell 3 joined with line 57, cell 4"); a cell cut out of a run
 * of digits printed without separators names the characters it stands on ("line 57, characters 17-18").
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

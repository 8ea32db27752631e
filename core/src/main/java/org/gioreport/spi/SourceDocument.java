package org.gioreport.spi;

import java.util.List;
import java.util.Map;

/**
 * One input document as plugins see it: the extracted text (lines as the extractor gave them), the
 * detected media type, metadata, and the tables when the source has real table structure (HTML, Word).
 *
 * @param name      file name of the input, for messages
 * @param mediaType detected media type, e.g. {@code text/plain}, {@code application/pdf}
 * @param text      the extracted text, never null (empty when there is none)
 * @param metadata  document metadata (title, author, …) as strings; may be empty
 * @param tables    tables in document order; empty when the source has no table markup
 */
public record SourceDocument(String name, String mediaType, String text, Map<String, String> metadata,
                             List<Table> tables) {

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    public SourceDocument {
        text = text == null ? "" : text;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A plain-text document without tables. */
    public static SourceDocument ofText(String name, String text) {
        return new SourceDocument(name, "text/plain", text, Map.of(), List.of());
    }

    /** The text split into lines (line 1 is index 0), line terminators removed. */
    public List<String> lines() {
        return List.of(LINE_BREAK.split(text, -1));
    }
}

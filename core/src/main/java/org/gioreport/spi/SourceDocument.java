package org.gioreport.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One input document as plugins see it: the extracted text (lines as the extractor gave them), the
 * detected media type, metadata, and the tables when the source has real table structure (HTML, Word).
 * Immutable; equal documents have equal components.
 *
 * <p>It also carries what plugins work out from it ({@link #view}): every plugin is asked how well it fits the
 * same document, and a toolkit's analysis of the text is made once per document and dropped with it, never
 * kept in a cache between documents.
 */
public final class SourceDocument {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final String name;
    private final String mediaType;
    private final String text;
    private final Map<String, String> metadata;
    private final List<Table> tables;
    private final Map<Class<?>, Object> views = new ConcurrentHashMap<>();

    /**
     * @param name      file name of the input, for messages
     * @param mediaType detected media type, e.g. {@code text/plain}, {@code application/pdf}
     * @param text      the extracted text; null is taken as empty
     * @param metadata  document metadata (title, author, …) as strings; may be null or empty
     * @param tables    tables in document order; null or empty when the source has no table markup
     */
    public SourceDocument(String name, String mediaType, String text, Map<String, String> metadata,
                          List<Table> tables) {
        this.name = name;
        this.mediaType = mediaType;
        this.text = text == null ? "" : text;
        this.metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        this.tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A plain-text document without tables. */
    public static SourceDocument ofText(String name, String text) {
        return new SourceDocument(name, "text/plain", text, Map.of(), List.of());
    }

    /** File name of the input, for messages. */
    public String name() {
        return name;
    }

    /** Detected media type, e.g. {@code text/plain}, {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The extracted text, never null (empty when there is none). */
    public String text() {
        return text;
    }

    /** Document metadata (title, author, …) as strings; may be empty. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Tables in document order; empty when the source has no table markup. */
    public List<Table> tables() {
        return tables;
    }

    /** The text split into lines (line 1 is index 0), line terminators removed. */
    public List<String> lines() {
        return List.of(LINE_BREAK.split(text, -1));
    }

    /**
     * What {@code compute} makes of this document, made on the first call for {@code kind} and kept with the
     * document for later calls (another plugin's {@code fit}, the chosen one's {@code normalize}). The value
     * must be immutable or safe to share between threads; {@code compute} must not call {@code view} itself.
     */
    public <T> T view(Class<T> kind, Function<SourceDocument, ? extends T> compute) {
        Object known = views.get(kind);
        if (known == null) {
            // computed outside the map's lock: a plugin call abandoned at its time limit must not block the next
            known = Objects.requireNonNull(compute.apply(this), "a view cannot be null");
            Object raced = views.putIfAbsent(kind, known);
            known = raced == null ? known : raced;
        }
        return kind.cast(known);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceDocument d && Objects.equals(name, d.name) && Objects.equals(mediaType, d.mediaType)
                && text.equals(d.text) && metadata.equals(d.metadata) && tables.equals(d.tables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, text, metadata, tables);
    }

    @Override
    public String toString() {
        return "SourceDocument[name=" + name + ", mediaType=" + mediaType + ", " + text.length() + " characters, "
                + tables.size() + " tables]";
    }
}

package org.gioreport.engine.internal.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gioreport.spi.Table;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Listens to Tika's XHTML events and keeps two things: the text, one line per block and one tab between
 * table cells (so a table row reads like a line of PDF text), and the tables with their cells and spans.
 */
final class TextAndTablesHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "tr", "table", "pre", "blockquote", "dt", "dd", "section", "article", "header", "footer");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000\u00a0]+");

    private final StringBuilder text = new StringBuilder();
    private final List<Table> tables = new ArrayList<>();
    private final Deque<List<List<Table.Cell>>> openTables = new ArrayDeque<>();
    private StringBuilder cell;
    private int rowSpan;
    private int colSpan;
    private int skipping;
    private final int maxChars;
    private final int maxPages;
    /** Visible characters of each page of a paged document (Tika's {@code <div class="page">}, PDF). */
    private final List<Integer> pageCharacters = new ArrayList<>();
    /**
     * Where each page's text is in {@link #text}, so that a page's text layer can be judged alone (text outside
     * the pages, such as a PDF's bookmarks, belongs to none).
     */
    private final List<PageSpan> pageSpans = new ArrayList<>();
    private int pageDepth;
    private int divDepth;

    TextAndTablesHandler(int maxChars, int maxPages) {
        this.maxChars = maxChars;
        this.maxPages = maxPages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipping++;
            return;
        }
        if (name.equals("div")) {
            divDepth++;
            if ("page".equals(atts.getValue("class")) && pageDepth == 0) {
                // Tika starts each PDF page with <div class="page">: a 300,000-page file stops here, not at the end
                if (pageCharacters.size() == maxPages) {
                    throw new PageLimitReached();
                }
                pageDepth = divDepth;
                pageCharacters.add(0);
                pageSpans.add(new PageSpan(text.length(), -1));
            }
        }
        switch (name) {
            case "table" -> openTables.push(new ArrayList<>());
            case "tr" -> {
                if (!openTables.isEmpty()) {
                    openTables.peek().add(new ArrayList<>());
                }
            }
            case "td", "th" -> {
                cell = new StringBuilder();
                rowSpan = span(atts.getValue("rowspan"));
                colSpan = span(atts.getValue("colspan"));
            }
            default -> { }
        }
        if (BLOCKS.contains(name)) {
            newLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED.contains(name)) {
            skipping--;
            return;
        }
        if (name.equals("div")) {
            if (divDepth == pageDepth) {
                pageDepth = 0;
                int last = pageSpans.size() - 1;
                pageSpans.set(last, new PageSpan(pageSpans.get(last).start(), text.length()));
            }
            divDepth--;
        }
        switch (name) {
            case "td", "th" -> {
                if (cell != null && !openTables.isEmpty() && !openTables.peek().isEmpty()) {
                    List<List<Table.Cell>> rows = openTables.peek();
                    String content = SPACES.matcher(cell).replaceAll(" ").strip();
                    rows.get(rows.size() - 1).add(new Table.Cell(content, rowSpan, colSpan));
                }
                cell = null;
                append("\t");
            }
            case "table" -> {
                if (!openTables.isEmpty()) {
                    List<List<Table.Cell>> rows = openTables.pop();
                    rows.removeIf(List::isEmpty);
                    if (!rows.isEmpty()) {
                        tables.add(new Table(rows));
                    }
                }
            }
            default -> { }
        }
        if (BLOCKS.contains(name)) {
            newLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping > 0) {
            return;
        }
        String s = new String(ch, start, length);
        if (pageDepth > 0) {
            int last = pageCharacters.size() - 1;
            pageCharacters.set(last, pageCharacters.get(last)
                    + (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count());
        }
        if (cell != null) {
            cell.append(s);
            // inside a cell, line breaks would split a cell over lines: keep the row on one line
            s = s.replace('\n', ' ').replace('\r', ' ');
        }
        append(s);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void append(String s) {
        if (text.length() + s.length() > maxChars) {
            throw new TextLimitReached();
        }
        text.append(s);
    }

    private void newLine() {
        if (cell == null && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            append("\n");
        }
    }

    private static int span(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    String text() {
        return text.toString();
    }

    List<Table> tables() {
        return tables;
    }

    /** Visible characters on each page, for a paged document (PDF); empty for others. */
    List<Integer> pageCharacters() {
        return pageCharacters;
    }

    /** Where each page's text is in {@link #text()}, for a paged document (PDF); empty for others. */
    List<PageSpan> pageSpans() {
        return pageSpans.stream().map(s -> s.end() < 0 ? new PageSpan(s.start(), text.length()) : s).toList();
    }

    /** One page's text: {@code text().substring(start, end)}. */
    record PageSpan(int start, int end) {
    }

    /** Thrown when a document has more pages than the limit (far more than any report). */
    static final class PageLimitReached extends RuntimeException {
        PageLimitReached() {
            super(null, null, false, false);
        }
    }

    /** Thrown when a document's text passes the limit (a decompression bomb, or a giant file). */
    static final class TextLimitReached extends RuntimeException {
        TextLimitReached() {
            super(null, null, false, false);
        }
    }
}

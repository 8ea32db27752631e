package org.gioreport.plugins.markdowntable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.template.ReportText;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.TextReportReader;
import org.gioreport.template.Token;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;

/**
 * Reports that a crawler or an HTML-to-Markdown converter turned into Markdown: the template's tables as
 * GitHub-style pipe tables, e.g. {@code | 一、本年新收政府信息公开申请数量 | 3746 | 63 | 0 | 0 | 19 | 2 | 3830 |}.
 * A table is a row of cells followed by a {@code |---|} delimiter row, then every following line with a
 * pipe. Each cell becomes one token and each table row ends with a row break; the template toolkit's reader
 * ({@link TextReportReader}) does the rest.
 */
public final class MarkdownTableLayout implements LayoutPlugin {

    /** A delimiter row: cells of dashes with optional alignment colons, e.g. {@code |---|:---:|}. */
    private static final Pattern DELIMITER_ROW =
            Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*");
    /** A pipe that separates cells; {@code \|} is a pipe inside a cell. */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    /** Converters write a line break inside a cell as {@code <br>}; emphasis marks carry no meaning here. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("<br\\s*/?>|&nbsp;|\\*\\*|__");

    @Override
    public String id() {
        return "markdown-table";
    }


    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public FitScore fit(SourceDocument document) {
        ReportText text = ReportText.of(document);
        if (!text.looksLikeReport()) {
            return FitScore.no("not an annual disclosure report (no template table words)");
        }
        List<Row> rows = tableRows(text.lines());
        if (rows.isEmpty()) {
            return FitScore.no("no Markdown pipe table (a row followed by a |---| delimiter row)");
        }
        boolean applicationsInTable = rows.stream()
                .anyMatch(r -> TemplateLabels.normalize(String.join("", r.cells())).contains(TemplateLabels.APPLICATIONS_START));
        if (!applicationsInTable) {
            return FitScore.of(0.4, "Markdown pipe tables, but the applications table (本年新收…) is not"
                    + " one of them");
        }
        // Pipe tables with a delimiter row are explicit markup: surer than any guess from white space.
        return FitScore.of(0.95, rows.size() + " rows of Markdown pipe tables hold the template's tables");
    }

    @Override
    public Extraction normalize(SourceDocument document) {
        ReportText text = ReportText.of(document);
        return TextReportReader.read(text, cells(text.lines()));
    }

    /** Every table cell as a token, a row break after each table row; text outside tables is left out. */
    static List<Token> cells(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (Row row : tableRows(lines)) {
            for (String cell : row.cells()) {
                tokens.add(Token.of(cell, row.line()));
            }
            tokens.add(Token.rowBreak(row.line()));
        }
        return tokens;
    }

    /** One table row: its cells' text and its 1-based line. */
    record Row(List<String> cells, int line) {
    }

    static List<Row> tableRows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean hasPipe = line.contains("|");
            if (!inTable && hasPipe && i + 1 < lines.size() && DELIMITER_ROW.matcher(lines.get(i + 1)).matches()) {
                inTable = true; // this is the header row; the delimiter row below it is skipped
                rows.add(new Row(split(line), i + 1));
                i++;
            } else if (inTable && hasPipe && !line.isBlank()) {
                rows.add(new Row(split(line), i + 1));
            } else {
                inTable = false;
            }
        }
        return rows;
    }

    /** The cells of a row; the pipes that open and close the row are not cell separators. */
    static List<String> split(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|") && !row.endsWith("\\|")) {
            row = row.substring(0, row.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(row, -1)) {
            cells.add(INLINE_MARKUP.matcher(cell.replace("\\|", "|")).replaceAll(" ").strip());
        }
        return cells;
    }
}

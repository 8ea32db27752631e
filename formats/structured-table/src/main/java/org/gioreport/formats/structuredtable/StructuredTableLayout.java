package org.gioreport.formats.structuredtable;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.ReportText;
import org.gioreport.template.TextReportReader;
import org.gioreport.template.Token;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.gioreport.spi.Table;

/**
 * Sources with real table markup (HTML pages, Word documents): the table structure says which cells are
 * values, so nothing is guessed from line layout. A table's value columns are the trailing cells of its
 * rows; an empty cell there keeps its column's place and reads as null.
 */
public final class StructuredTableLayout implements LayoutPlugin {

    @Override
    public String id() {
        return "structured-table";
    }


    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public FitScore fit(SourceDocument document) {
        if (document.tables().isEmpty()) {
            return FitScore.no("the source has no table markup");
        }
        long templateTables = document.tables().stream().filter(StructuredTableLayout::isTemplateTable).count();
        if (templateTables == 0 || !ReportText.of(document).looksLikeReport()) {
            return FitScore.no("none of the " + document.tables().size() + " tables is a template table");
        }
        return FitScore.of(0.98, templateTables + " of the source's tables are template tables with real cells");
    }

    private static boolean isTemplateTable(Table table) {
        for (List<Table.Cell> row : table.rows()) {
            for (Table.Cell cell : row) {
                String t = TemplateLabels.normalize(cell.text());
                if (TemplateLabels.TEMPLATE_TABLE_CELLS.stream().anyMatch(t::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Extraction normalize(SourceDocument document) {
        return TextReportReader.read(document, cells(document));
    }

    /** Cells of every table in order, each with its place in the table for provenance. */
    static List<Token> cells(SourceDocument document) {
        List<Token> tokens = new ArrayList<>();
        List<String> lines = document.lines();
        int t = 0;
        int lastLine = 0;
        for (Table table : document.tables()) {
            t++;
            int valueColumns = valueColumns(table);
            int r = 0;
            for (List<Table.Cell> row : table.rows()) {
                r++;
                int line = lineOf(lines, row, lastLine);
                lastLine = Math.max(lastLine, line);
                int trailing = trailingValueCells(row, true);
                int values = Math.min(trailing, valueColumns);
                for (int c = 0; c < row.size(); c++) {
                    Token token = Token.of(row.get(c).text(), line)
                            .inCell("table " + t + ", row " + r + ", cell " + (c + 1));
                    if (c < row.size() - values) {
                        if (token.kind() != Token.Kind.BLANK) {
                            tokens.add(new Token(Token.Kind.LABEL, token.text(), line, null, null, token.cell()));
                        }
                    } else {
                        tokens.add(token);
                    }
                }
                tokens.add(Token.rowBreak(line));
            }
        }
        return tokens;
    }

    /** The widest run of number cells ending a row: how many value columns the table has. */
    private static int valueColumns(Table table) {
        int max = 0;
        for (List<Table.Cell> row : table.rows()) {
            max = Math.max(max, trailingValueCells(row, false));
        }
        return max;
    }

    private static int trailingValueCells(List<Table.Cell> row, boolean blanksCount) {
        int n = 0;
        int lastReal = 0;
        for (int c = row.size() - 1; c >= 0; c--) {
            Token.Kind kind = Token.of(row.get(c).text(), 0).kind();
            if (kind == Token.Kind.NUMBER || kind == Token.Kind.NOT_STATED) {
                n++;
                lastReal = n;
            } else if (kind == Token.Kind.BLANK) {
                n++;
            } else {
                break;
            }
        }
        return blanksCount ? n : lastReal;
    }

    /**
     * The 1-based text line where the row's first non-empty cell stands, for provenance; 0 if not found. Rows follow
     * each other in the text, so the search starts at the line of the row before ({@code from}, 1-based) and goes
     * back to the start only when the text is not found after it: a 100,000-row table is read in one pass, not in
     * 100,000 passes over the whole text.
     */
    private static int lineOf(List<String> lines, List<Table.Cell> row, int from) {
        for (Table.Cell cell : row) {
            String text = TemplateLabels.trim(cell.text());
            if (text.length() >= 4) {
                int start = Math.max(0, from - 1);
                for (int i = start; i < lines.size(); i++) {
                    if (lines.get(i).contains(text)) {
                        return i + 1;
                    }
                }
                for (int i = 0; i < start; i++) {
                    if (lines.get(i).contains(text)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }
}

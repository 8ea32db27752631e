package org.gioreport.formats.piperows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.spi.FitScore;
import org.gioreport.template.ReportText;
import org.gioreport.template.TableRegion;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.TextLayoutPlugin;
import org.gioreport.template.Token;

/**
 * Tables written as pipe-delimited rows, as crawlers and HTML-to-text converters give them:
 * {@code 规章 | 0 | 0 | 2 |} with or without the leading pipe, spacer rows of {@code ||||} between rows, or one
 * cell per line, each ending in {@code " |"} or with a line of {@code |} alone between cells. A line of several cells is one table row; a line of one cell is one
 * cell of a row told apart by its labels (as on a web page). Markdown tables (a head row over a
 * {@code |---|} delimiter row, as PDF-to-Markdown converters write them) are read too, scored just below a
 * plugin made for Markdown (the markdown-table drop-in) so that such a plugin goes first when installed.
 */
public final class PipeRowsLayout extends TextLayoutPlugin {

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    /**
     * Pipes are explicit cell separators: surer than white space, so above pdf-text's 0.9 for the same lines (whose
     * numbers also stand several to a line) by more than the ambiguity margin.
     */
    private static final double PIPE_ROWS = 0.96;
    /** Below the markdown-table drop-in's 0.95, above a text layout's reading of the same lines. */
    private static final double MARKDOWN_TABLES = 0.9;

    @Override
    public String id() {
        return "pipe-rows";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    protected FitScore fitLayout(ReportText text) {
        TableRegion region = text.tableRegion();
        int numbers = 0;
        int betweenPipes = 0;
        boolean markdown = false;
        List<TableRegion.Line> lines = region.lines();
        for (int i = 0; i < lines.size(); i++) {
            TableRegion.Line line = lines.get(i);
            boolean piped = PipeCells.hasPipe(line.text()) || besideALonePipe(lines, i);
            markdown |= piped && PipeCells.isDelimiterRow(line.text());
            List<String> cells = piped ? PipeCells.of(line.text()) : List.of(TemplateLabels.trim(line.text()));
            for (String cell : cells) {
                for (String piece : SPACES.split(cell)) {
                    if (!piece.isEmpty() && Token.of(piece, 0).kind() == Token.Kind.NUMBER) {
                        numbers++;
                        betweenPipes += piped ? 1 : 0;
                    }
                }
            }
        }
        if (betweenPipes == 0) {
            return FitScore.no("no number of the tables stands between pipes");
        }
        double share = (double) betweenPipes / numbers;
        if (markdown) {
            // read, but a plugin made for Markdown (the markdown-table drop-in) goes first when it is installed
            return FitScore.of(MARKDOWN_TABLES * share, betweenPipes + " of the table's " + numbers
                    + " numbers stand between pipes, in Markdown tables (|---| rows)");
        }
        return FitScore.of(PIPE_ROWS * share, betweenPipes + " of the table's " + numbers
                + " numbers stand between pipes");
    }

    /**
     * Whether the line next to line {@code i} is a pipe alone: a page copy writing one cell per line with a {@code |}
     * line between cells has its numbers between pipes too, one line apart.
     */
    private static boolean besideALonePipe(List<TableRegion.Line> lines, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < lines.size() && PipeCells.isLonePipe(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected List<Token> cells(List<String> lines) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!PipeCells.hasPipe(line)) {
                String text = TemplateLabels.trim(line);
                if (!text.isEmpty()) {
                    tokens.add(Token.of(text, i + 1));
                }
                continue;
            }
            List<String> cells = PipeCells.of(line);
            for (String cell : cells) {
                tokens.add(Token.of(cell, i + 1));
            }
            if (cells.size() > 1) {
                tokens.add(Token.rowBreak(i + 1));
            }
        }
        return tokens;
    }
}

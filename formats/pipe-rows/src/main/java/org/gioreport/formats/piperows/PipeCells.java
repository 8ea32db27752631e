package org.gioreport.formats.piperows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.template.TemplateLabels;

/**
 * The cells of one pipe-delimited line: {@code | a | b | c |}, {@code a | b | c |} or {@code a |}. The pipes that
 * open and close the line are no cell separators; an empty cell between two pipes is kept (it holds a column's
 * place); a spacer line of pipes alone ({@code ||||}) has no cell.
 */
final class PipeCells {

    /** A Markdown delimiter row ({@code |---|:---:|}): the head of a table, no cells. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜]\\s*");

    private PipeCells() {
    }

    static boolean hasPipe(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
    }

    static boolean isDelimiterRow(String line) {
        return DELIMITER_ROW.matcher(TemplateLabels.trim(line)).matches();
    }

    /** A line of one pipe and nothing else: the separator between two cells written a line each. */
    static boolean isLonePipe(String line) {
        String row = TemplateLabels.trim(line);
        return row.equals("|") || row.equals("｜");
    }

    /** The line's cells, trimmed; empty for a spacer or delimiter row. */
    static List<String> of(String line) {
        String row = TemplateLabels.trim(line);
        if (isDelimiterRow(row) || row.chars().allMatch(c -> c == '|' || c == '｜' || Character.isWhitespace(c))) {
            return List.of();
        }
        row = row.replaceFirst("^[|｜]", "").replaceFirst("[|｜]$", "");
        List<String> cells = new ArrayList<>();
        for (String cell : SEPARATOR.split(row, -1)) {
            cells.add(TemplateLabels.trim(cell));
        }
        return cells;
    }
}

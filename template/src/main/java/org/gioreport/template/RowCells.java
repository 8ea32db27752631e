package org.gioreport.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.ReportBuilder;

/** Puts one row's value cells into its columns, or explains why it cannot. */
final class RowCells {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final TableRow row;
    private final List<String> paths;
    private final ReportBuilder builder;
    private final IntFunction<String> lineText;
    private final List<Token> cells;
    /** Cells whose number a line break may have cut, and how. */
    private final Map<Token, String> mayContinue;

    RowCells(TableRow row, List<String> paths, ReportBuilder builder, IntFunction<String> lineText,
             Map<Token, String> mayContinue) {
        this.mayContinue = mayContinue;
        this.row = row;
        this.paths = paths;
        this.builder = builder;
        this.lineText = lineText;
        List<Token> values = new ArrayList<>(row.values());
        // a blank cell past the last column is the end of the flattened row, not a column
        while (values.size() > paths.size() && values.get(values.size() - 1).kind() == Token.Kind.BLANK) {
            values.remove(values.size() - 1);
        }
        this.cells = values;
    }

    /** One cell per column, or nothing. */
    boolean assignExactly() {
        if (cells.size() != paths.size()) {
            countMismatch();
            return false;
        }
        for (int i = 0; i < paths.size(); i++) {
            assign(paths.get(i), cells.get(i));
        }
        return true;
    }

    /**
     * An applications row (six columns and 总计). With one cell too few, only the columns on which every
     * possible position of the lost cell agrees (by the row total) are derived; with one too many, two
     * adjacent cells are joined only when exactly one join makes the total add up (a number split in two).
     */
    boolean assignWithRowTotal() {
        // the row arithmetic below is for counts; a cell too large for one (a misread run of digits) ends it
        boolean allNumbers = cells.stream().allMatch(t -> t.kind() == Token.Kind.NUMBER
                && t.number().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE / 8)) <= 0);
        if (cells.size() == paths.size()) {
            return assignExactly();
        }
        if (allNumbers && cells.size() == paths.size() - 1) {
            return deriveFromShortRow();
        }
        if (allNumbers && cells.size() == paths.size() + 1) {
            return joinSplitNumber();
        }
        countMismatch();
        return false;
    }

    private boolean deriveFromShortRow() {
        int n = paths.size();
        long[] shown = cells.stream().mapToLong(t -> t.number().longValue()).toArray();
        List<long[]> readings = new ArrayList<>();
        for (int lost = 0; lost < n; lost++) {
            long[] full = new long[n];
            for (int i = 0, j = 0; i < n; i++) {
                full[i] = i == lost ? 0 : shown[j++];
            }
            long sixSum = 0;
            for (int i = 0; i < n - 1; i++) {
                sixSum += full[i];
            }
            if (lost == n - 1) {
                full[n - 1] = sixSum;
            } else {
                full[lost] = full[n - 1] - sixSum;
                if (full[lost] < 0) {
                    continue; // counts are never negative: the cell cannot have been lost here
                }
            }
            readings.add(full);
        }
        List<String> derivedPaths = new ArrayList<>();
        for (int c = 0; c < n && !readings.isEmpty(); c++) {
            Set<Long> options = new HashSet<>();
            for (long[] r : readings) {
                options.add(r[c]);
            }
            if (options.size() == 1) {
                derivedPaths.add(paths.get(c));
                builder.derive(paths.get(c), Math.toIntExact(readings.get(0)[c]), null);
            }
        }
        builder.diagnostic(Diagnostic.warning("CELLS_MISSING", prefix(),
                "the row " + TemplateTableReader.quote(row) + " shows " + cells.size() + " numbers for " + n
                        + " columns; it is not certain which cell was lost, so "
                        + (derivedPaths.isEmpty() ? "the whole row is null"
                        : derivedPaths.size() + " of its " + n + " columns are derived: wherever the lost cell stood,"
                        + " the row total (总计 = sum of the six columns) gives them the same value"
                        + (derivedPaths.size() < n ? "; the others are null" : ""))));
        return !derivedPaths.isEmpty();
    }

    private boolean joinSplitNumber() {
        int n = paths.size();
        List<Integer> joins = new ArrayList<>();
        for (int j = 0; j + 1 < cells.size(); j++) {
            long[] values = joined(j);
            if (values == null) {
                continue;
            }
            long sixSum = 0;
            for (int i = 0; i < n - 1; i++) {
                sixSum += values[i];
            }
            if (sixSum == values[n - 1]) {
                joins.add(j);
            }
        }
        if (joins.size() != 1) {
            countMismatch();
            return false;
        }
        int j = joins.get(0);
        Token first = cells.get(j);
        Token second = cells.get(j + 1);
        builder.diagnostic(Diagnostic.warning("NUMBER_SPLIT_JOINED", paths.get(j),
                "the row " + TemplateTableReader.quote(row) + " shows " + cells.size() + " numbers for " + n
                        + " columns; only joining \"" + first.text() + "\" and \"" + second.text()
                        + "\" into " + first.text() + second.text() + " makes the row total add up, so they were"
                        + " read as one number split across two cells"));
        for (int i = 0, c = 0; i < cells.size(); i++, c++) {
            if (i == j) {
                Token merged = new Token(Token.Kind.NUMBER, first.text() + second.text(), first.line(),
                        new BigDecimal(first.text() + second.text()), null, joinedCell(first, second));
                assign(paths.get(c), merged);
                i++;
            } else {
                assign(paths.get(c), cells.get(i));
            }
        }
        return true;
    }

    /** The row's numbers with cells j and j+1 joined as digits; null when they cannot be joined. */
    private long[] joined(int j) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Token t = cells.get(i);
            if (i == j) {
                Token next = cells.get(i + 1);
                if (!DIGITS.matcher(t.text()).matches() || !DIGITS.matcher(next.text()).matches()
                        || t.text().equals("0")
                        || (t.text() + next.text()).length() > 9) {
                    return null;
                }
                out.add(Long.parseLong(t.text() + next.text()));
                i++;
            } else {
                out.add(t.number().longValue());
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private void assign(String path, Token cell) {
        String cut = mayContinue.get(cell);
        if (cut != null) {
            builder.diagnostic(Diagnostic.warning("NUMBER_MAY_CONTINUE", path, path + ": " + cut + ", so it is left null"));
            return;
        }
        switch (cell.kind()) {
            case NUMBER -> {
                boolean amount = path.endsWith(".amount");
                BigDecimal value = cell.number();
                if (!amount && value.stripTrailingZeros().scale() > 0) {
                    builder.diagnostic(Diagnostic.warning("NOT_A_COUNT", path,
                            path + ": the cell \"" + cell.text() + "\" is not a whole number; left null"));
                    return;
                }
                if (!amount && cell.unit() != null) {
                    builder.diagnostic(Diagnostic.warning("NOT_A_COUNT", path,
                            path + ": the cell \"" + cell.text() + "\" is an amount, not a count; left null"));
                    return;
                }
                if (!amount && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    builder.diagnostic(Diagnostic.warning("NOT_A_COUNT", path,
                            path + ": the cell \"" + cell.text() + "\" is too large to be a count; left null"));
                    return;
                }
                Number number = amount ? value : (Number) value.intValueExact();
                builder.read(path, number, where(cell));
            }
            case NOT_STATED -> builder.diagnostic(Diagnostic.info("CELL_NOT_STATED", path,
                    path + ": the cell holds \"" + cell.text() + "\", not a number; left null"));
            case BLANK -> builder.diagnostic(Diagnostic.info("CELL_NOT_STATED", path,
                    path + ": the cell is blank; left null"));
            default -> throw new IllegalStateException("not a value cell: " + cell);
        }
    }

    /** A table cell names itself; a text cell gives its line, the line's text and its place on the line. */
    private Provenance where(Token cell) {
        if (cell.cell() != null && !cell.isLineCell()) {
            return Provenance.cell(cell.cell(), cell.text());
        }
        return new Provenance(cell.line(), TemplateLabels.trim(lineText.apply(cell.line())), cell.cell());
    }

    private static String joinedCell(Token first, Token second) {
        return first.cell() == null || second.cell() == null ? null : first.cell() + " joined with " + second.cell();
    }

    private void countMismatch() {
        builder.diagnostic(Diagnostic.warning(cells.size() < paths.size() ? "CELLS_MISSING" : "CELLS_EXTRA",
                prefix(), "the row " + TemplateTableReader.quote(row) + " has " + cells.size() + " cells for "
                        + paths.size() + " columns; which number belongs to which column is not certain, so the"
                        + " row is left null"));
    }

    private String prefix() {
        String first = paths.get(0);
        return first.substring(0, first.lastIndexOf('.'));
    }
}

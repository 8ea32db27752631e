package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a run of joined cells ("3520000037") into a row's columns in every way the template allows: each
 * cell has its column's shape ({@link CellKind}), no cell crosses a place where the text itself separates
 * cells (white space), and every {@link SumRule} of the row holds. A total cell is never guessed: it must
 * read exactly the sum of its parts, so the search only chooses where the part cells end.
 *
 * <p>The search is bounded: it stops after {@code maxSplits} splits or {@code maxSteps} steps and says so
 * ({@link Splits#complete()} false), so a pathological run costs little and is never read.
 */
final class ArithmeticSplitter {

    /** Every split found (each a list of cell texts, one per column) and whether the search finished. */
    record Splits(List<List<String>> splits, boolean complete) {

        /** The one split, when the search finished and found exactly one. */
        List<String> unique() {
            return complete && splits.size() == 1 ? splits.get(0) : null;
        }
    }

    private final List<CellKind> columns;
    private final List<SumRule> rules;
    private final int maxSplits;
    private final int maxSteps;

    ArithmeticSplitter(List<CellKind> columns, List<SumRule> rules, int maxSplits, int maxSteps) {
        this.columns = List.copyOf(columns);
        this.rules = List.copyOf(rules);
        this.maxSplits = maxSplits;
        this.maxSteps = maxSteps;
    }

    ArithmeticSplitter(List<CellKind> columns, List<SumRule> rules) {
        this(columns, rules, 64, 2_000_000);
    }

    /**
     * @param text   the run's characters, white space removed
     * @param breaks positions in {@code text} where the source separated cells (a cell may end there, never
     *               cross it)
     */
    Splits split(String text, Set<Integer> breaks) {
        Search s = new Search(text, breaks);
        s.walk(0, 0);
        return new Splits(List.copyOf(s.found), !s.stopped);
    }

    private final class Search {
        private final String text;
        private final Set<Integer> breaks;
        private final String[] cells = new String[columns.size()];
        private final List<List<String>> found = new ArrayList<>();
        private long steps;
        private boolean stopped;

        Search(String text, Set<Integer> breaks) {
            this.text = text;
            this.breaks = breaks;
        }

        void walk(int column, int at) {
            if (stopped) {
                return;
            }
            if (++steps > maxSteps) {
                stopped = true;
                return;
            }
            int left = columns.size() - column;
            if (left == 0) {
                if (at == text.length()) {
                    found.add(List.of(cells.clone()));
                    stopped = found.size() >= maxSplits;
                }
                return;
            }
            int remaining = text.length() - at;
            if (remaining < left) {
                return;
            }
            String total = requiredTotal(column);
            if (total != null) {
                tryCell(column, at, total.length(), total);
                return;
            }
            CellKind kind = columns.get(column);
            for (int len = 1; len <= Math.min(kind.maxLength(), remaining - (left - 1)); len++) {
                tryCell(column, at, len, null);
            }
        }

        private void tryCell(int column, int at, int len, String mustRead) {
            int end = at + len;
            if (end > text.length() || crossesBreak(at, end)) {
                return;
            }
            String cell = text.substring(at, end);
            if ((mustRead != null && !mustRead.equals(cell)) || !columns.get(column).fits(cell)) {
                return;
            }
            cells[column] = cell;
            walk(column + 1, end);
            cells[column] = null;
        }

        private boolean crossesBreak(int start, int end) {
            for (int b : breaks) {
                if (b > start && b < end) {
                    return true;
                }
            }
            return false;
        }

        /** The text the cell of {@code column} must read when it is a rule's total, else null. */
        private String requiredTotal(int column) {
            for (SumRule rule : rules) {
                if (rule.total() == column) {
                    long sum = 0;
                    for (int p : rule.parts()) {
                        sum += Long.parseLong(cells[p].replace("+", "").replace("−", "-").replace("－", "-"));
                    }
                    return sum < 0 ? "" : Long.toString(sum);
                }
            }
            return null;
        }
    }
}

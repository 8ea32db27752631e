package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;

/**
 * Decides each planned run's cells: the split the template's arithmetic proves, or none with the reason.
 * A row's own rules come first ({@link ArithmeticSplitter}); table 三's rules across rows then choose among
 * the splits of the rows that still have several ({@link ApplicationsArithmetic}).
 */
final class RunSplits {

    /** Runs longer than this are not searched: no real row holds that many digits. */
    static final int MAX_RUN = 120;
    private static final int SPLITS_SHOWN = 4;

    /** A run's outcome: its cells (null when not proven) and the diagnostic that explains it (may be null). */
    record Decision(List<String> cells, Diagnostic diagnostic) {
    }

    private RunSplits() {
    }

    static List<Decision> decide(List<PlannedRun> runs, String edition) {
        List<ArithmeticSplitter.Splits> found = new ArrayList<>();
        Map<String, List<long[]>> applicationRows = new HashMap<>();
        Map<String, Integer> indexOfRow = new HashMap<>();
        boolean[] cut = new boolean[runs.size()];
        for (int i = 0; i + 1 < runs.size(); i++) {
            if (continuedOnNextLine(runs.get(i), runs.get(i + 1))) {
                cut[i] = cut[i + 1] = true;
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun p = runs.get(i);
            ArithmeticSplitter.Splits s = cut[i] ? null : search(p);
            found.add(s);
            String row = p.applicationRow();
            if (row != null && s != null && s.complete() && !indexOfRow.containsKey(row)) {
                indexOfRow.put(row, i);
                applicationRows.put(row, s.splits().stream().map(RunSplits::numbers).toList());
            }
        }
        Map<String, Integer> chosen = ApplicationsArithmetic.choose(applicationRows, edition);
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun p = runs.get(i);
            String row = p.applicationRow();
            Integer pick = row != null && Integer.valueOf(i).equals(indexOfRow.get(row)) ? chosen.get(row) : null;
            if (!cut[i]) {
                out.add(decision(p, found.get(i), pick));
            } else if (i + 1 < runs.size() && continuedOnNextLine(p, runs.get(i + 1))) {
                out.add(mayContinue(p, runs.get(i + 1)));
            } else {
                out.add(new Decision(null, null)); // the lone second piece: its row's warning is on the first
            }
        }
        return out;
    }

    /**
     * Whether the run joined to its label is followed, at the start of the next line and with no label between,
     * by a lone run of digits: a line break cut the row, and where is not known ("行政处罚51" then "4" may be
     * 514 or 51 and a stray 4), so neither piece is a cell, nor a witness in table 三's arithmetic across rows.
     */
    private static boolean continuedOnNextLine(PlannedRun joined, PlannedRun next) {
        Segment.Run run = joined.run();
        return run.adjoins() && !next.run().adjoins() && next.label().isBlank() && next.run().line() == run.line() + 1;
    }

    private static Decision mayContinue(PlannedRun p, PlannedRun next) {
        return new Decision(null, Diagnostic.warning("NUMBER_MAY_CONTINUE", p.path(), quoted(p)
                + " is followed by the lone run \""
                + next.run().printed() + "\" at the start of line " + next.run().line() + ": the line break may have cut"
                + " the row's digits, so the row is left null"));
    }

    /** The splits of a run with known columns; null for a run that needs no search or cannot be searched. */
    private static ArithmeticSplitter.Splits search(PlannedRun p) {
        if (p.columns().isEmpty() || p.run().text().length() > MAX_RUN) {
            return null;
        }
        boolean unitFits = p.run().unit() == null || p.columns().get(p.columns().size() - 1) == CellKind.AMOUNT;
        if (!unitFits) {
            return new ArithmeticSplitter.Splits(List.of(), true);
        }
        return new ArithmeticSplitter(p.columns(), p.rules()).split(p.run().text(), p.run().breaks());
    }

    private static Decision decision(PlannedRun p, ArithmeticSplitter.Splits s, Integer pick) {
        String quoted = quoted(p);
        if (p.columns().isEmpty()) {
            return new Decision(null, Diagnostic.warning("SPLIT_AMBIGUOUS", p.path(),
                    quoted + " cannot be split: " + p.unknownWhy() + "; left null"));
        }
        int k = p.columns().size();
        if (s == null) {
            return new Decision(null, Diagnostic.warning("SPLIT_TOO_LONG", p.path(), quoted + " is longer than "
                    + MAX_RUN + " characters, more than any row holds; not split, left null"));
        }
        if (!s.complete()) {
            return new Decision(null, Diagnostic.warning("SPLIT_TOO_LONG", p.path(), quoted + " has too many"
                    + " possible splits into " + k + " cells to search; left null"));
        }
        if (s.splits().isEmpty()) {
            return new Decision(null, Diagnostic.warning("SPLIT_NO_FIT", p.path(), quoted + " has no split into "
                    + k + " cells that fits " + p.rulesDescribed() + "; left null"));
        }
        if (k == 1) {
            return new Decision(s.splits().get(0), null); // one column: the run is the cell, nothing was split
        }
        if (s.splits().size() == 1 || pick != null) {
            List<String> cells = s.splits().get(pick == null ? 0 : pick);
            String by = pick == null ? p.rulesDescribed()
                    : p.rulesDescribed() + ", with table 三's balance and outcome totals across rows";
            return new Decision(cells, Diagnostic.info("SPLIT_BY_ARITHMETIC", p.path(), quoted + " has "
                    + (pick == null ? "one split" : "one split out of " + s.splits().size()) + " into " + k
                    + " cells that fits " + by + ": " + String.join(" | ", cells)));
        }
        List<String> shown = s.splits().stream().limit(SPLITS_SHOWN).map(c -> String.join(" | ", c)).toList();
        return new Decision(null, Diagnostic.warning("SPLIT_AMBIGUOUS", p.path(), quoted + " can be split into " + k
                + " cells in " + s.splits().size() + (s.splits().size() >= 64 ? " or more" : "") + " ways that fit "
                + p.rulesDescribed() + " (" + String.join("; ", shown) + (s.splits().size() > SPLITS_SHOWN ? "; …" : "")
                + "); which one the report means is not certain, so the row is left null"));
    }

    /** How a diagnostic names a run: its digits, the end of its label and its line. */
    private static String quoted(PlannedRun p) {
        return "the run \"" + p.run().printed() + "\" after \"" + tail(p.label()) + "\" (line " + p.run().line() + ")";
    }

    private static long[] numbers(List<String> cells) {
        return cells.stream().mapToLong(Long::parseLong).toArray();
    }

    private static String tail(String label) {
        String t = label.strip();
        return t.length() > 24 ? "…" + t.substring(t.length() - 24) : t;
    }
}

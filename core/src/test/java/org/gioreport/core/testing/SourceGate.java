package org.gioreport.core.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;

/**
 * The source gate: every number put into a report that is not listed in {@code derived} must be the number
 * written in the very cell it was read from. The gate splits the provenance line into cells itself (the way
 * each layout splits a line, written again here so a wrong split in the layout is caught, not repeated),
 * takes the cell the provenance names and compares its number with the value; a table cell of a structured
 * source is compared as recorded, and a cell cut out of a run of joined digits ("line 9, characters 17-18") is
 * the text at those characters of its line. The report year, read from a title, must stand as a whole number on its line.
 */
public final class SourceGate {

    private static final Pattern LINE_CELL = Pattern.compile("line (\\d+), cell (\\d+)");
    /** A cell cut out of a run of joined cells: the characters it stands on in the (trimmed) line. */
    private static final Pattern LINE_CHARACTERS = Pattern.compile("line (\\d+), characters (\\d+)-(\\d+)");
    private static final Pattern TABLE_CELL = Pattern.compile("table \\d+, row \\d+, cell \\d+");
    private static final Pattern NUMBER = Pattern.compile("([+\\-−－–]?)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:万元|元)?");

    private SourceGate() {
    }

    /**
     * Violations, empty when every read value equals the number in its provenance cell.
     *
     * @param layout the id of the plugin that read the report: it says how a text line splits into cells
     */
    public static List<String> check(Report report, List<String> derived, Map<String, Provenance> provenance,
            String layout) {
        List<String> problems = new ArrayList<>();
        if (report == null) {
            return problems;
        }
        for (var e : ReportPaths.flatten(report).entrySet()) {
            if (!(e.getValue() instanceof Number number) || derived.contains(e.getKey())) {
                continue;
            }
            Provenance where = provenance == null ? null : provenance.get(e.getKey());
            String problem = where == null || where.text() == null ? "has no provenance"
                    : e.getKey().equals("reportYear") ? yearProblem(number, where)
                    : cellProblem(number, where, layout);
            if (problem != null) {
                problems.add(e.getKey() + " = " + number + " " + problem);
            }
        }
        return problems;
    }

    private static String yearProblem(Number year, Provenance where) {
        boolean stands = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(where.text()).find();
        return stands ? null : "does not stand on its source line " + where.line() + ": \"" + where.text() + "\"";
    }

    private static String cellProblem(Number value, Provenance where, String layout) {
        if (where.cell() == null) {
            return "has no cell in its provenance " + where;
        }
        StringBuilder written = new StringBuilder();
        for (String part : where.cell().split(" joined with ")) {
            String text = cellText(part, where, layout);
            if (text == null) {
                return "points at a cell that is not there: " + where;
            }
            written.append(text);
        }
        BigDecimal stated = number(written.toString());
        if (stated == null || stated.compareTo(new BigDecimal(value.toString())) != 0) {
            return "differs from its cell \"" + written + "\" (" + where + ")";
        }
        return null;
    }

    /** The text of one named cell: a table cell as recorded, or the n-th cell of the provenance line. */
    private static String cellText(String cell, Provenance where, String layout) {
        if (TABLE_CELL.matcher(cell).matches()) {
            return where.text();
        }
        Matcher chars = LINE_CHARACTERS.matcher(cell);
        if (chars.matches()) {
            int first = Integer.parseInt(chars.group(2));
            int last = Integer.parseInt(chars.group(3));
            boolean onLine = where.line() != null && Integer.parseInt(chars.group(1)) == where.line();
            return onLine && first >= 1 && first <= last && last <= where.text().length()
                    ? where.text().substring(first - 1, last) : null;
        }
        Matcher m = LINE_CELL.matcher(cell);
        if (!m.matches() || where.line() == null || Integer.parseInt(m.group(1)) != where.line()) {
            return null; // a cell on another line than the one recorded cannot be checked: not accepted
        }
        List<String> cells = split(where.text(), layout);
        int index = Integer.parseInt(m.group(2));
        return index >= 1 && index <= cells.size() ? cells.get(index - 1) : null;
    }

    /** A line's cells the way each text layout splits it. */
    static List<String> split(String line, String layout) {
        String trimmed = line.strip();
        return switch (layout) {
            case "pdf-text" -> List.of(trimmed.split("[\\s\u3000\u00a0]+"));
            case "cell-dump", "web-page" -> List.of(trimmed); // one cell a line
            case "pipe-rows" -> pipeCells(trimmed);
            default -> throw new IllegalArgumentException("the source gate does not know how " + layout
                    + " splits a line into cells");
        };
    }

    /** A pipe-delimited line's cells: the pipes that open and close it are no separators; no pipe, one cell. */
    private static List<String> pipeCells(String line) {
        if (!line.contains("|") && !line.contains("｜")) {
            return List.of(line);
        }
        String row = line.replaceFirst("^[|｜]", "").replaceFirst("[|｜]$", "");
        return List.of(row.split("[|｜]", -1)).stream().map(String::strip).toList();
    }

    /** The number a cell states as written (thousands separators, a sign, a unit), or null. */
    static BigDecimal number(String cell) {
        Matcher m = NUMBER.matcher(halfWidthDigits(cell).strip());
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
        return m.group(1).isEmpty() || m.group(1).equals("+") ? n : n.negate();
    }

    /** Full-width digits (０１２) are the digits they stand for: a cell so typed states that number. */
    private static String halfWidthDigits(String cell) {
        StringBuilder out = new StringBuilder(cell);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= '０' && c <= '９') {
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out.toString();
    }
}

package org.gioreport.template;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a flattened table, classified. A {@link Kind#NUMBER} keeps the text as written and its unit;
 * a {@link Kind#NOT_STATED} cell ("/", "—", "无") and a {@link Kind#BLANK} cell hold a place but no value.
 *
 * @param line 1-based line of the extracted text the cell came from
 * @param cell  where the cell stands: for a structured source the table cell ("table 2, row 5, cell 3"), for
 *              text the cell's place on its line ("line 57, cell 3", numbered as the layout split the line);
 *              null until {@link TextReportReader} numbers the cells of a line
 */
public record Token(Kind kind, String text, int line, BigDecimal number, String unit, String cell) {

    public Token(Kind kind, String text, int line, BigDecimal number, String unit) {
        this(kind, text, line, number, unit, null);
    }

    /** The same cell, located in a table of a structured source. */
    public Token inCell(String where) {
        return new Token(kind, text, line, number, unit, where);
    }

    /** The name of the {@code index}-th cell (1-based) of a text line, as provenance records it. */
    public static String lineCell(int line, int index) {
        return "line " + line + ", cell " + index;
    }

    /** True when {@link #cell()} names a cell of a text line rather than of a structured table. */
    public boolean isLineCell() {
        return cell != null && cell.startsWith("line ");
    }

    public enum Kind { LABEL, NUMBER, NOT_STATED, BLANK, ROW_BREAK }

    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-−－–]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(万元|元)?");
    /**
     * Longest run of integer digits read as a number. No count or amount of a report comes near 10^15; a longer
     * run (an identifier, a garbled or hostile cell of millions of digits) is text, and is never handed to
     * {@link BigDecimal}, whose parsing grows with the square of the digits (minutes for a 5,000,000-digit cell).
     */
    static final int MAX_INTEGER_DIGITS = 15;
    /** Longest run of decimal digits read as a number (spreadsheets print up to 17 significant digits). */
    static final int MAX_FRACTION_DIGITS = 20;

    private static final Pattern NOT_STATED = Pattern.compile("[/／\\\\—–\\-－―]{1,2}|…|无|空|不适用");

    /** Classifies one cell's text (already split from its neighbours). Blank text is a {@link Kind#BLANK}. */
    public static Token of(String cell, int line) {
        String text = TemplateLabels.halfWidthDigits(TemplateLabels.trim(cell));
        if (text.isEmpty()) {
            return new Token(Kind.BLANK, "", line, null, null);
        }
        Matcher m = NUMBER.matcher(text);
        if (m.matches() && isReadableLength(m.group(2), m.group(3))) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3));
            BigDecimal value = new BigDecimal(digits);
            if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
                value = value.negate();
            }
            return new Token(Kind.NUMBER, text, line, value, m.group(4));
        }
        if (NOT_STATED.matcher(text).matches()) {
            return new Token(Kind.NOT_STATED, text, line, null, null);
        }
        return new Token(Kind.LABEL, text, line, null, null);
    }

    private static boolean isReadableLength(String integer, String fraction) {
        return integer.replace(",", "").length() <= MAX_INTEGER_DIGITS && (fraction == null || fraction.length() <= MAX_FRACTION_DIGITS);
    }

    public static Token rowBreak(int line) {
        return new Token(Kind.ROW_BREAK, "", line, null, null);
    }

    /** A number, a not-stated mark or a blank: something that holds a column's place. */
    public boolean isValueCell() {
        return kind == Kind.NUMBER || kind == Kind.NOT_STATED || kind == Kind.BLANK;
    }
}

package org.gioreport.results.csv;

import org.gioreport.engine.internal.batch.ControlCharacters;

/**
 * How a text cell of the CSV export is written so that a spreadsheet shows it as text and never runs it. A
 * cell starting with {@code = + - @}, a tab or a carriage return is taken by Excel, LibreOffice and Google
 * Sheets as a formula (OWASP "CSV injection"): such a cell gets a leading apostrophe, which those tools hide
 * and read as "this is text". A cell already starting with an apostrophe gets one too, so that the rule can
 * be undone exactly ({@link #original}): the export's reader strips one leading apostrophe. Control
 * characters other than line breaks and tabs are escaped ({@link ControlCharacters}). A cell longer than Excel
 * holds is cut with a marker ({@link CellLimit}). Numbers are never text cells: a change of -2 stays the
 * number -2.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The cell for a text value; null stays null (an empty cell). */
    public static String text(String value) {
        String escaped = ControlCharacters.escape(value, true);
        if (escaped == null || escaped.isEmpty()) {
            return escaped;
        }
        return CellLimit.fit(startsLikeAFormula(escaped) || escaped.charAt(0) == '\'' ? "'" + escaped : escaped);
    }

    /** The text value of a cell written by {@link #text} (the source path, read back by {@code --resume}). */
    static String original(String cell) {
        String unquoted = cell.startsWith("'") ? cell.substring(1) : cell;
        return ControlCharacters.unescape(unquoted);
    }

    private static boolean startsLikeAFormula(String s) {
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

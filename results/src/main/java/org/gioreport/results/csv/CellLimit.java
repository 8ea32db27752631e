package org.gioreport.results.csv;

/**
 * Excel holds at most 32,767 characters in a cell and silently cuts a longer one (LibreOffice refuses the
 * file). A long narrative (一、总体情况 of a big department runs to tens of thousands of characters) is cut here
 * instead, visibly: the cell ends with a marker saying how many characters were left out, and the whole text
 * stays in the JSON Lines output.
 */
final class CellLimit {

    /** Excel's limit on the characters (UTF-16 units) of one cell. */
    static final int MAX_CHARS = 32_767;

    private CellLimit() {
    }

    /** {@code cell} as is when it fits, else its start and the marker, together exactly within the limit. */
    static String fit(String cell) {
        if (cell == null || cell.length() <= MAX_CHARS) {
            return cell;
        }
        int keep = MAX_CHARS - marker(cell.length()).length();
        if (Character.isHighSurrogate(cell.charAt(keep - 1))) {
            keep--; // never split a character outside the basic plane
        }
        return cell.substring(0, keep) + marker(cell.length() - keep);
    }

    /** The marker's longest form (for a cut of {@code total} characters at most), so that the sum stays in bounds. */
    private static String marker(int cut) {
        return "…[cut: " + cut + " more characters, over Excel's cell limit of 32767; see the JSON output]";
    }
}

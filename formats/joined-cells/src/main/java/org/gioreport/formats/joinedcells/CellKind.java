package org.gioreport.formats.joinedcells;

import java.util.regex.Pattern;

/**
 * What a cell of a template column may look like when written alone: the shape that makes a digit run
 * splittable at all. Counts are whole numbers without leading zeros ("0" alone is fine, "05" is two cells);
 * a 本年增/减 change may carry a sign; an amount may have a decimal part or thousands separators.
 */
enum CellKind {

    /** A count: never negative, no leading zero, at most nine digits (no body handles a billion cases). */
    COUNT(Pattern.compile("0|[1-9]\\d{0,8}"), 9),
    /** 本年增/减: a count that may be signed. */
    CHANGE(Pattern.compile("0|[+\\-−－]?[1-9]\\d{0,8}"), 10),
    /** An amount (采购总金额, 收费金额): a number with an optional decimal part or thousands separators. */
    AMOUNT(Pattern.compile("(0|[1-9]\\d{0,11}|[1-9]\\d{0,2}(,\\d{3})+)(\\.\\d{1,8})?"), 24);

    private final Pattern shape;
    private final int maxLength;

    CellKind(Pattern shape, int maxLength) {
        this.shape = shape;
        this.maxLength = maxLength;
    }

    boolean fits(String cell) {
        return cell.length() <= maxLength && shape.matcher(cell).matches();
    }

    int maxLength() {
        return maxLength;
    }

    /** The kind of a column from its field path's last part. */
    static CellKind ofColumn(String column) {
        return column.endsWith("change") ? CHANGE : column.endsWith("amount") ? AMOUNT : COUNT;
    }
}

package org.gioreport.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value columns of a table read by OCR (grid columns where most cells read as numbers), and what becomes of a
 * cell there that reads as no number and no label ({@code 1s59}, a lone {@code 灿}) or as nothing at all: it is left
 * blank, keeping its column's place, and marked as an unread value cell. Passed on as read, such a cell would end the row's run of
 * values, and the numbers before it would be taken for label text.
 */
final class ValueColumns {

    /** Two separate numbers: several rows' cells run together. */
    private static final Pattern NUMBERS = Pattern.compile("[0-9]+\\D+[0-9]+");

    private ValueColumns() {
    }

    /**
     * The rows a broken grid merged are not read at all: a cell spanning several rows that reads as a value, or holds
     * two numbers or more, is rules lost in the scan (labels and numbers of several rows run together), so every
     * cell of those rows is left blank, the value cells marked unread. Read as they come, the numbers would be given
     * to the label that happens to precede them. One stray digit in a label is no such sign: the vertical header
     * 三、本年度办理结果 continued on the next page spans its rows, and a character of it now and then reads as a 1.
     */
    static List<List<PageReading.CellText>> brokenGridAsBlank(List<List<PageReading.CellText>> rows) {
        List<int[]> merged = new ArrayList<>();
        for (List<PageReading.CellText> row : rows) {
            for (PageReading.CellText cell : row) {
                boolean value = cell.ocr() != null && cell.ocr().digits();
                if (cell.cell().rowSpan() > 1 && (value || NUMBERS.matcher(cell.text()).find())) {
                    merged.add(new int[] {cell.cell().row(), cell.cell().row() + cell.cell().rowSpan()});
                }
            }
        }
        if (merged.isEmpty()) {
            return rows;
        }
        List<List<PageReading.CellText>> out = new ArrayList<>();
        for (List<PageReading.CellText> row : rows) {
            List<PageReading.CellText> cells = new ArrayList<>();
            for (PageReading.CellText cell : row) {
                int r = cell.cell().row();
                boolean lost = merged.stream().anyMatch(m -> r >= m[0] && r < m[1]);
                if (lost && cell.ocr() != null) {
                    OcrCell read = cell.ocr();
                    cells.add(new PageReading.CellText(cell.cell(), "", new OcrCell(null, read.page(), read.box(),
                            cell.text(), 0, List.of(), true, true)));
                } else {
                    cells.add(cell);
                }
            }
            out.add(cells);
        }
        return out;
    }

    static List<List<PageReading.CellText>> garbledAsBlank(List<List<PageReading.CellText>> rows) {
        Map<Integer, int[]> counts = new HashMap<>(); // column → {numbers, other non-empty cells}
        for (List<PageReading.CellText> row : rows) {
            for (PageReading.CellText cell : row) {
                if (cell.cell().colSpan() == 1 && !cell.text().isEmpty()) {
                    counts.computeIfAbsent(cell.cell().column(), k -> new int[2])[isNumber(cell) ? 0 : 1]++;
                }
            }
        }
        List<List<PageReading.CellText>> out = new ArrayList<>();
        for (List<PageReading.CellText> row : rows) {
            List<PageReading.CellText> cells = new ArrayList<>();
            for (PageReading.CellText cell : row) {
                int[] c = counts.get(cell.cell().column());
                boolean valueColumn = c != null && c[0] >= 2 && c[0] > c[1];
                if (valueColumn && cell.cell().colSpan() == 1 && !isNumber(cell)
                        && (cell.text().isEmpty() || garbled(cell.text()))) {
                    OcrCell read = cell.ocr();
                    OcrCell unread = new OcrCell(null, read.page(), read.box(), cell.text(), 0,
                            cell.text().isEmpty() ? List.of() : List.of(cell.text()), true, true);
                    cells.add(new PageReading.CellText(cell.cell(), "", unread));
                } else {
                    cells.add(cell);
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static boolean isNumber(PageReading.CellText cell) {
        return cell.ocr() != null && cell.ocr().digits() && cell.text().matches("-?[0-9]+(\\.[0-9]+)?");
    }

    /** Text that is neither a number nor a label: digits mixed with other characters, or one or two stray marks. */
    static boolean garbled(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean digits = text.chars().anyMatch(Character::isDigit);
        long chinese = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return digits || text.codePointCount(0, text.length()) <= 2 && chinese < 2;
    }
}

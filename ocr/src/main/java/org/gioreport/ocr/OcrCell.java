package org.gioreport.ocr;

import java.util.List;

/**
 * One table cell read by OCR: where it is (page, box, and the table/row/cell place the table reader names in
 * provenance), the text put into the table, Tesseract's confidence in it (0–100), every reading the engines gave
 * (Chinese model, digits-only model) and whether it is a value cell read as digits. {@code uncertain} says the
 * reading is not to be trusted by itself: a low confidence, or two engines that read different numbers.
 */
public record OcrCell(String place, int page, Box box, String text, int confidence, List<String> readings,
                      boolean digits, boolean uncertain) {

    public OcrCell {
        readings = List.copyOf(readings);
    }

    /** The place as the table reader names it in provenance: {@code table 3, row 5, cell 2}. */
    public static String place(int table, int row, int cell) {
        return "table " + table + ", row " + row + ", cell " + cell;
    }

    /** The same cell at {@code place}, known once the document's tables are counted. */
    OcrCell at(String newPlace) {
        return new OcrCell(newPlace, page, box, text, confidence, readings, digits, uncertain);
    }
}

package org.gioreport.ocr;

import java.util.List;

/**
 * What one page gave: its tables (each row a list of cells in reading order, with the texts read) and the lines
 * of running text outside the tables, and how long reading it took.
 */
record PageReading(int page, List<PageTable> tables, List<TextLine> lines, boolean ocr, long millis) {

    /** One table of the page: where it is and its rows of cells. */
    record PageTable(Box box, List<List<CellText>> rows) {
    }

    /** One cell: its grid cell, its text, and the OCR detail when the text was read by OCR (else null). */
    record CellText(GridCell cell, String text, OcrCell ocr) {
    }
}

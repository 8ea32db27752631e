package org.gioreport.ocr;

/** One cell of a table found on a page image: its box inside the ruling lines and its place in the grid. */
public record GridCell(Box box, int row, int column, int rowSpan, int colSpan) {
}

package org.gioreport.ocr;

/** A line of running text read from a page image, with its box and Tesseract's confidence (0–100). */
record TextLine(Box box, String text, int confidence) {
}

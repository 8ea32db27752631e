package org.gioreport.engine;

/**
 * Told when a page of a document has been read by OCR (a progress line shows it: OCR is slow); given to
 * {@link Gioreport.Builder#ocr}.
 */
@FunctionalInterface
public interface OcrProgress {
    void pageRead(String document, int done, int total);

    OcrProgress NONE = (document, done, total) -> { };
}

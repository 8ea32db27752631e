package org.gioreport.ocr;

/** What Tesseract read in one place: the text (spaces between Chinese characters removed) and its mean confidence, 0–100. */
record OcrText(String text, int confidence) {

    static final OcrText NOTHING = new OcrText("", 0);

    /** Tesseract separates Chinese characters by spaces: joined again, other runs of white space made one space. */
    static String tidy(String raw) {
        String s = raw == null ? "" : raw.replaceAll("[\\s\u3000]+", " ").strip();
        return s.replaceAll("(?<=[^\\x00-\\x7f]) (?=[^\\x00-\\x7f])", "")
                .replaceAll("(?<=[^\\x00-\\x7f]) (?=[0-9])", "").replaceAll("(?<=[0-9.]) (?=[^\\x00-\\x7f])", "");
    }
}

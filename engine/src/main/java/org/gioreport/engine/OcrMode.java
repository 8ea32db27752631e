package org.gioreport.engine;

import java.util.Locale;

/**
 * When PDF pages are read by OCR: {@code AUTO} only pages without a usable text layer (a mixed PDF page by page),
 * {@code NEVER} not at all (a scanned PDF then has no text), {@code ALWAYS} every page, text layer or not.
 */
public enum OcrMode {
    AUTO, NEVER, ALWAYS;

    /** The mode named on the command line ({@code auto}, {@code never}, {@code always}), any case. */
    public static OcrMode parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}

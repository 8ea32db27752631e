package org.gioreport.engine.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one document's reading may take: {@code perDocument}, plus {@code perOcrPage} for each page read by OCR.
 * OCR takes seconds a page (more on a busy machine), so a fixed limit that suits a text document cuts an ordinary
 * scan of a few pages; the allowance grows the limit once the pages to read by OCR are known, before OCR starts.
 * A zero {@code perDocument} is no limit; a zero {@code perOcrPage} a fixed limit (an explicit {@code --timeout}).
 */
public record TimeLimit(Duration perDocument, Duration perOcrPage) {

    /** The allowance for each page read by OCR unless one is set: several times what a page takes on two cores. */
    public static final long DEFAULT_SECONDS_PER_OCR_PAGE = 30;
    public static final Duration DEFAULT_PER_OCR_PAGE = Duration.ofSeconds(DEFAULT_SECONDS_PER_OCR_PAGE);

    public TimeLimit {
        Objects.requireNonNull(perDocument);
        Objects.requireNonNull(perOcrPage);
        if (perDocument.isNegative() || perOcrPage.isNegative()) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + perDocument + ", " + perOcrPage);
        }
    }

    public boolean unlimited() {
        return perDocument.isZero();
    }

    /** The limit of a document of which {@code ocrPages} pages are read by OCR. */
    public Duration of(int ocrPages) {
        return perDocument.plus(perOcrPage.multipliedBy(ocrPages));
    }

    /** The limit in words, for a diagnostic: {@code 240 s (60 s and 30 s for each of 6 pages read by OCR)}. */
    public String describe(int ocrPages) {
        String total = of(ocrPages).toSeconds() + " s";
        return ocrPages == 0 || perOcrPage.isZero() ? total : total + " (" + perDocument.toSeconds() + " s and "
                + perOcrPage.toSeconds() + " s for each of " + ocrPages + " pages read by OCR)";
    }
}

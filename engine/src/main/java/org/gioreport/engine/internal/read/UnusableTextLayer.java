package org.gioreport.engine.internal.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.spi.SourceDocument;

/**
 * The {@code TEXT_LAYER_UNUSABLE} diagnostic of a PDF whose pages' text layer is no text ({@link TextLayerQuality}):
 * a note when those pages were read by OCR instead, a warning when they were left out (under {@code --ocr never}, or
 * without the OCR module) so that their values are null, never glyph codes taken for numbers; a failure when no page
 * was left to read. The decision is kept in the document's metadata and becomes a diagnostic with the result.
 */
final class UnusableTextLayer {

    static final String CODE = "TEXT_LAYER_UNUSABLE";
    /** Metadata key: the pages and what was measured on each. */
    static final String MEASURED = "gioreport:text-layer-unusable";
    /** Metadata key: {@code ocr} when the pages were read by OCR, else how to have them read. */
    static final String OUTCOME = "gioreport:text-layer-unusable-outcome";
    private static final String BY_OCR = "ocr";
    static final String TURN_ON_OCR = "read them by OCR with --ocr auto";

    private UnusableTextLayer() {
    }

    /** The metadata with the pages noted: read by OCR, or left out with {@code remedy} saying how to read them. */
    static Map<String, String> noted(Map<String, String> meta, List<TextLayerQuality> pages, boolean byOcr,
                                     String remedy) {
        if (pages.isEmpty()) {
            return meta;
        }
        Map<String, String> noted = new LinkedHashMap<>(meta);
        noted.put(MEASURED, TextLayerQuality.describe(pages));
        noted.put(OUTCOME, byOcr ? BY_OCR : remedy);
        return noted;
    }

    /** Every page's text layer is no text and OCR may not read them: nothing is left to read. */
    static UnreadableInput nothingLeft(List<TextLayerQuality> pages, String remedy) {
        return new UnreadableInput(CODE, "the text layer of every page is no text, as fonts embedded without a"
                + " Unicode map give (" + TextLayerQuality.describe(pages) + "); not read: " + remedy, false);
    }

    /** The diagnostic of a document whose reading noted unusable pages; none for others. */
    static List<Diagnostic> diagnostics(SourceDocument document) {
        String measured = document.metadata().get(MEASURED);
        if (measured == null) {
            return List.of();
        }
        String outcome = document.metadata().get(OUTCOME);
        String what = "the text layer is no text, as fonts embedded without a Unicode map give (" + measured + ")";
        return List.of(BY_OCR.equals(outcome)
                ? Diagnostic.info(CODE, null, what + ": these pages were read by OCR instead")
                : Diagnostic.warning(CODE, null, what + ": these pages were not read, their values are null; "
                        + outcome));
    }
}

package org.gioreport.engine.internal.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.gioreport.engine.OcrProgress;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.ocr.ScannedPdf;
import org.gioreport.spi.SourceDocument;
import org.gioreport.spi.Table;

/**
 * The one door to the OCR module ({@code gioreport-ocr}), which is optional: a service that reads no scans leaves
 * out Tesseract's natives and models. Nothing else in the engine touches the module's classes, and this class
 * touches them only after {@link #available()} said they are there; without them a scanned PDF is
 * {@code OCR_UNAVAILABLE} with a sentence saying how to add the module.
 */
final class ScannedPages {

    /** A page with fewer non-space characters than this has no usable text layer. */
    static final int MIN_TEXT_CHARACTERS = ScannedPdf.MIN_TEXT_CHARACTERS;

    /** Metadata key naming the pages without a text layer that were not read because OCR is missing. */
    static final String UNREAD_PAGES = "gioreport:ocr-unavailable-pages";

    static final String HOW_TO_ADD = "reading scanned pages needs the OCR module: add the dependency "
            + "org.gioreport:gioreport-ocr beside gioreport-engine (the command line tool and the Spark job have it)";

    private static final boolean AVAILABLE = loads("org.gioreport.ocr.ScannedPdf")
            && loads("org.bytedeco.tesseract.TessBaseAPI");

    private ScannedPages() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean loads(String className) {
        try {
            Class.forName(className, false, ScannedPages.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A PDF with pages that need OCR, read without it: no page has text, so it fails as {@code OCR_UNAVAILABLE};
     * some have, so their text is read and the pages without are named in {@link #UNREAD_PAGES}.
     */
    static SourceDocument withoutOcr(String name, String text, Map<String, String> meta, List<Table> tables,
                                     List<Integer> pageCharacters) throws UnreadableInput {
        List<Integer> unread = new ArrayList<>();
        for (int p = 0; p < pageCharacters.size(); p++) {
            if (pageCharacters.get(p) < MIN_TEXT_CHARACTERS) {
                unread.add(p + 1);
            }
        }
        if (unread.size() == pageCharacters.size()) {
            throw new UnreadableInput("OCR_UNAVAILABLE", "the PDF has no text layer (a scan): " + HOW_TO_ADD, false);
        }
        Map<String, String> withUnread = new LinkedHashMap<>(meta);
        withUnread.put(UNREAD_PAGES, unread.toString());
        return new SourceDocument(name, DocumentReader.PDF, text, withUnread, tables);
    }

    /**
     * The PDF read page by page with OCR where needed (pages without text that show an image, and the pages of
     * {@code unusableText}), or null when no page needs it after all; {@code planned} is told how many pages OCR
     * will read before it starts.
     */
    static SourceDocument read(String name, byte[] bytes, Map<String, String> meta, boolean everyPage,
                               Set<Integer> unusableText, int threads, OcrProgress progress, IntConsumer planned)
            throws UnreadableInput {
        ScannedPdf.Reading reading;
        try {
            reading = ScannedPdf.read(bytes, everyPage, unusableText, threads, Progress.of(name, progress, planned));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableInput("INTERRUPTED", "interrupted while reading the scanned pages by OCR", false);
        } catch (IOException | RuntimeException e) {
            // tested here, not caught by type: a catch clause would make the verifier load the OCR module's class
            if (e instanceof ScannedPdf.PageTooLarge) {
                throw new UnreadableInput("INPUT_TOO_LARGE", "the scanned " + e.getMessage(), false);
            }
            throw new UnreadableInput("INPUT_CORRUPT", "the scanned pages cannot be read by OCR (" + e + ")", false);
        } catch (LinkageError e) {
            throw new UnreadableInput("OCR_UNAVAILABLE", "the OCR module does not load (" + e + "): " + HOW_TO_ADD,
                    false);
        }
        if (reading == null) {
            return null;
        }
        Map<String, String> withOcr = new LinkedHashMap<>(meta);
        withOcr.put(DocumentReader.OCR_PAGES, reading.ocrPages().toString());
        SourceDocument document = new SourceDocument(name, DocumentReader.PDF, reading.text(), withOcr,
                reading.tables());
        document.view(OcrCells.class, d -> new OcrCells(reading.cells(), reading.text(),
                reading.unsureLines()));
        return document;
    }

    /**
     * OCR's progress, passed on. A class of its own, made by its own factory: were it made in a method of
     * ScannedPages, verifying ScannedPages would load the OCR module's Listener, and without the module every PDF
     * would fail instead of saying {@code OCR_UNAVAILABLE}.
     */
    private static final class Progress implements ScannedPdf.Listener {
        private final String name;
        private final OcrProgress progress;
        private final IntConsumer planned;

        private Progress(String name, OcrProgress progress, IntConsumer planned) {
            this.name = name;
            this.progress = progress;
            this.planned = planned;
        }

        static ScannedPdf.Listener of(String name, OcrProgress progress, IntConsumer planned) {
            return new Progress(name, progress, planned);
        }

        @Override
        public void pageRead(int done, int total) {
            progress.pageRead(name, done, total);
        }

        @Override
        public void pagesToRead(int total) {
            planned.accept(total);
        }
    }
}

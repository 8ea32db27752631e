package org.gioreport.engine.internal.read;

import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.plugins.ThrowableText;

/** Turns what Tika, PDFBox or POI threw on a document into the code and sentence of its result. */
final class ReadFailures {

    private ReadFailures() {
    }

    /** Why Tika could not read a document, as the code and sentence of its result. */
    static UnreadableInput classify(Exception e, String mediaType, int size) {
        if (causedBy(e, TextAndTablesHandler.TextLimitReached.class)) {
            return new UnreadableInput("INPUT_TOO_LARGE", "the document's text passes " + DocumentReader.MAX_TEXT_CHARS
                    + " characters (a decompression bomb or a giant file); not read", false);
        }
        if (causedBy(e, TextAndTablesHandler.PageLimitReached.class)) {
            return new UnreadableInput("INPUT_TOO_LARGE", "the document has more than " + DocumentReader.MAX_PAGES
                    + " pages, far more than any report; not read", false);
        }
        if (isInflationGuard(e)) {
            return new UnreadableInput("INPUT_BOMB", "the " + mediaType + " file unpacks to far more data than its "
                    + size + " bytes (a decompression bomb); not read (" + rootMessage(e) + ")", false);
        }
        if (causedBy(e, EncryptedDocumentException.class)) {
            return new UnreadableInput("INPUT_ENCRYPTED", "the document is encrypted or password-protected", false);
        }
        if (causedBy(e, ZeroByteFileException.class)) {
            return new UnreadableInput("INPUT_EMPTY", "the file is empty", true);
        }
        return new UnreadableInput("INPUT_CORRUPT", "the " + mediaType + " file is damaged or not what its type says ("
                + rootMessage(e) + ")", false);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return ThrowableText.causedBy(e, type);
    }

    /**
     * POI's guards against zip bombs: an entry inflating past the allowed ratio ("Zip bomb detected"), or one
     * larger than POI reads into memory ("Tried to allocate/read … maximum length for this record type").
     */
    static boolean isInflationGuard(Throwable e) {
        for (Throwable t : ThrowableText.chain(e)) {
            String message = String.valueOf(ThrowableText.message(t));
            if (message.contains("Zip bomb detected") || t.getClass().getSimpleName().equals("RecordFormatException")
                    && message.contains("maximum length for this record type")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        List<Throwable> chain = ThrowableText.chain(e);
        return ThrowableText.describe(chain.get(chain.size() - 1));
    }
}

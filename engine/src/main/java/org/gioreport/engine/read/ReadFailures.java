package org.gioreport.engine.read;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

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
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * POI's guards against zip bombs: an entry inflating past the allowed ratio ("Zip bomb detected"), or one
     * larger than POI reads into memory ("Tried to allocate/read … maximum length for this record type").
     */
    static boolean isInflationGuard(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected") || t.getClass().getSimpleName().equals("RecordFormatException")
                    && message.contains("maximum length for this record type")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}

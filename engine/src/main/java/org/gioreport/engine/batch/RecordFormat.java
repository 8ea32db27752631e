package org.gioreport.engine.batch;

import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;

/** How results are written: JSON Lines (one result a line) or CSV (one row a result). */
public interface RecordFormat {

    /** What a new output starts with ("" for none). */
    String header();

    /** One result as its record, line end included. Called from several threads at once. */
    String format(NormalizationResult result);

    /** True when a record may hold line breaks inside quotes (CSV), so records split only at unquoted ones. */
    boolean quotedLineBreaks();

    /**
     * Reads one record of an earlier output back ({@code --resume}), its line end removed.
     *
     * @return the input it records, or null when the text is not a well-formed record of this format
     */
    Recorded recorded(String record);

    /** False for a format whose records cannot be read back one per input, so a run in it cannot be resumed. */
    default boolean readsBack() {
        return true;
    }

    /** True when {@code record} (its line end removed) is the header this format writes. */
    default boolean isHeader(String record) {
        return false;
    }

    /**
     * The input a record stands for: its path as written, its content hash (null when it was not read) and
     * the status it got (null when the record does not say).
     */
    record Recorded(String path, String sha256, Status status) {

        /** The status a record writes as {@code json} ("complete", "failed"…), or null for anything else. */
        public static Status status(String json) {
            for (Status s : Status.values()) {
                if (s.json().equals(json)) {
                    return s;
                }
            }
            return null;
        }
    }
}

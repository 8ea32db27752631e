package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of normalizing one input. */
public enum Status {
    /** Every field of the edition was found. */
    COMPLETE,
    /** A report was recognised, but some fields are null. */
    PARTIAL,
    /** No plugin fits: not a report, or an unknown layout. */
    UNRECOGNIZED,
    /** The input could not be read, or the plugin failed. */
    FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

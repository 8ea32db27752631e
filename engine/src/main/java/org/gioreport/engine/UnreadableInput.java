package org.gioreport.engine;

/** An input that gives no document: the code and message go into its {@code failed} or {@code unrecognized} result. */
public final class UnreadableInput extends Exception {

    private final String code;
    private final boolean unrecognized;

    public UnreadableInput(String code, String message, boolean unrecognized) {
        super(message);
        this.code = code;
        this.unrecognized = unrecognized;
    }

    public String code() {
        return code;
    }

    /** True when the input was read but holds nothing to recognise (empty), false when it could not be read. */
    public boolean unrecognized() {
        return unrecognized;
    }
}

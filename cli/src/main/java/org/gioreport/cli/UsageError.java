package org.gioreport.cli;

/** A mistake in the command line found after parsing (unknown layout plugin id, unreadable output path). */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }
}

package org.gioreport.engine.batch;

/** A batch that cannot start as asked (an output file that cannot be created or resumed); nothing was read. */
public final class BatchSetupException extends RuntimeException {
    public BatchSetupException(String message) {
        super(message);
    }
}

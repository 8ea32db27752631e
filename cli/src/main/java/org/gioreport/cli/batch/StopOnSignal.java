package org.gioreport.cli.batch;

import java.time.Duration;
import org.gioreport.engine.batch.FileBatch;

/**
 * While a batch runs, Ctrl-C or SIGTERM stop it cleanly: a shutdown hook asks the run to stop after the record
 * it is writing and to flush its output, then tells how to go on. The JVM then exits with 130 (Ctrl-C, SIGINT)
 * or 143 (SIGTERM), as it does for any signal. The hook is removed when the run ends normally. {@code kill -9}
 * cannot be caught: its last record may be cut off, which {@code --resume} repairs.
 */
public final class StopOnSignal implements AutoCloseable {

    /** How long the hook waits for the record being written (a blocked output must not hold the exit forever). */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final Thread hook;

    /**
     * @param report prints, after the stop, what was written and how to go on
     */
    public StopOnSignal(FileBatch run, Runnable report) {
        this.hook = new Thread(() -> {
            try {
                run.stop(WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            report.run();
        }, "gioreport-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (a signal): the hook runs and reports
        }
    }
}

package org.gioreport.engine.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.InputFiles;
import org.gioreport.engine.internal.batch.OneRecordPerPath;
import org.gioreport.engine.internal.batch.OutputLock;
import org.gioreport.engine.internal.batch.ResultOutput;
import org.gioreport.engine.internal.batch.ResumeLedger;

/**
 * What {@code gioreport normalize} does, as a library call: every file under the inputs gets exactly one record,
 * written to one output. With an output file it also keeps a second run out (an {@link OutputLock} beside the
 * file), and with {@link Builder#resume} goes on where an interrupted run stopped: inputs already recorded with
 * the same content are skipped, a cut-off last record is repaired, a changed input is read again, and the file
 * ends with one record per input path. The CLI is a thin layer over this class; a Java service or a script that
 * wants a resumable batch uses it the same way:
 *
 * <pre>{@code
 * try (Gioreport engine = Gioreport.builder().build()) {
 *     FileBatch.Report report = FileBatch.of(engine, List.of(Path.of("reports/")))
 *             .output(Path.of("results.jsonl")).resume(true).build().run();
 * }
 * }</pre>
 */
public final class FileBatch {

    /** Results read but not yet written wait in a window of this many per thread (the bound on memory for order). */
    public static final int WINDOW_PER_THREAD = 64;

    /** Told what happens in a batch; every method has a default that does nothing. Called on the calling thread. */
    public interface Listener {

        /** Something about the earlier output a resumed run repaired (a cut-off last record, a broken line). */
        default void warning(String message) {
        }

        /**
         * The lock is held and the earlier records are known; reading begins.
         *
         * @param recorded inputs the output already records (0 unless resuming)
         * @param readAgain of those, the failed ones read again ({@link Builder#retryFailed})
         */
        default void reading(int recorded, int readAgain) {
        }

        /** One input's record was written (or, resuming, found written before: {@link Outcome#skipped()}). */
        default void written(Outcome outcome) {
        }

        /** gioreport itself failed on an input (its record says {@value InputFailures#INTERNAL_ERROR}); for debugging. */
        default void internalError(Throwable e) {
        }
    }

    /**
     * What a finished batch did.
     *
     * @param written records written by this run
     * @param skipped inputs a resumed run found recorded already
     * @param allRead whether every input gave a complete or partial report
     * @param internalErrors inputs whose record says {@value InputFailures#INTERNAL_ERROR}
     * @param replaced older records of inputs read again that the new ones replaced (resuming)
     */
    public record Report(long written, long skipped, boolean allRead, int internalErrors, int replaced) {
    }

    private final Gioreport engine;
    private final List<Path> inputs;
    private final Path outputFile;
    private final PrintWriter standardOutput;
    private final RecordFormat format;
    private final boolean resume;
    private final boolean retryFailed;
    private final int threads;
    private final int window;
    private final boolean ordered;
    private final Listener listener;
    private final AtomicLong written = new AtomicLong();
    private volatile BatchRun running;
    private volatile boolean stopAsked;

    private FileBatch(Builder b) {
        this.engine = b.engine;
        this.inputs = List.copyOf(b.inputs);
        this.outputFile = b.outputFile;
        this.standardOutput = b.standardOutput;
        this.format = b.format;
        this.resume = b.resume;
        this.retryFailed = b.retryFailed;
        this.threads = b.threads;
        this.window = b.window;
        this.ordered = b.ordered;
        this.listener = b.listener;
    }

    /** A batch of the files under {@code inputs} (folders are read recursively, in sorted order). */
    public static Builder of(Gioreport engine, List<Path> inputs) {
        return new Builder(engine, inputs);
    }

    /**
     * Runs the batch.
     *
     * @throws BatchSetupException when it cannot start: another run writes the output, or the output file is one
     *     of the inputs; nothing was read or written
     * @throws ResultOutput.NotCreated when the output file (or its lock file) cannot be created
     * @throws BatchRun.Stopped when {@link #stop} ended it; the records written are complete, {@code resume} goes on
     * @throws IOException when writing failed; with an output file, {@code resume} goes on
     */
    public Report run() throws IOException {
        if (outputFile != null) {
            InputFiles.refuseOutputAmongInputs(inputs, outputFile, format);
        }
        try (OutputLock lock = outputFile == null ? null : OutputLock.acquire(outputFile)) {
            ResumeLedger ledger = resume ? ResumeLedger.open(outputFile, format, listener::warning)
                    : ResumeLedger.none();
            int readAgain = retryFailed ? ledger.retryFailed() : 0;
            listener.reading(ledger.size(), readAgain);
            Tally tally = new Tally();
            try (Writer out = ResultOutput.open(outputFile, resume, standardOutput, format, ledger)) {
                BatchRun run = new BatchRun(engine.processor(), format, ledger, threads, window, ordered,
                        listener::internalError);
                running = run;
                if (stopAsked) {
                    run.stop(Duration.ZERO);
                }
                run.run(InputFiles.walk(inputs, outputFile), out, o -> {
                    tally.add(o);
                    written.addAndGet(o.skipped() ? 0 : 1);
                    listener.written(o);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            int replaced = resume && (tally.changed || ledger.repeatedPaths() || readAgain > 0)
                    ? OneRecordPerPath.rewrite(outputFile, format) : 0;
            return new Report(written.get(), tally.skipped, tally.allRead, tally.internalErrors, replaced);
        }
    }

    /**
     * Asks a running batch to stop after the record it is writing, and waits for that at most {@code wait}
     * (from another thread, e.g. a shutdown hook); {@link #run} then throws {@link BatchRun.Stopped}.
     *
     * @return true when the batch has stopped writing (or had not started), false when the wait ran out
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopAsked = true;
        BatchRun run = running;
        return run == null || run.stop(wait);
    }

    /** The records written so far by this run (for a message on a stop). */
    public long written() {
        return written.get();
    }

    /** The counts the report needs, kept on the writing thread. */
    private static final class Tally {
        boolean allRead = true;
        boolean changed;
        int internalErrors;
        long skipped;

        void add(Outcome o) {
            skipped += o.skipped() ? 1 : 0;
            allRead &= o.read();
            changed |= o.changed();
            internalErrors += o.codes().contains(InputFailures.INTERNAL_ERROR) ? 1 : 0;
        }
    }

    /** The choices of a batch; the defaults are the CLI's. */
    public static final class Builder {
        private final Gioreport engine;
        private final List<Path> inputs;
        private Path outputFile;
        private PrintWriter standardOutput = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        private RecordFormat format = new JsonLinesFormat();
        private boolean resume;
        private boolean retryFailed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int window = -1;
        private boolean ordered = true;
        private Listener listener = new Listener() { };

        private Builder(Gioreport engine, List<Path> inputs) {
            this.engine = Objects.requireNonNull(engine, "engine");
            this.inputs = List.copyOf(inputs);
        }

        /** Writes the records to this file (its folder is created); without it, to {@link #standardOutput}. */
        public Builder output(Path file) {
            this.outputFile = file;
            return this;
        }

        /** Where the records go without an output file (default {@code System.out}, in UTF-8); left open after. */
        public Builder standardOutput(PrintWriter out) {
            this.standardOutput = Objects.requireNonNull(out);
            return this;
        }

        /** JSON Lines by default; the CSV formats are in the {@code gioreport-results} module. */
        public Builder format(RecordFormat format) {
            this.format = Objects.requireNonNull(format);
            return this;
        }

        /** Goes on with the output file of an interrupted run instead of starting it anew. */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /** Resuming: reads again the inputs recorded as failed (a timeout, out of memory…). */
        public Builder retryFailed(boolean retry) {
            this.retryFailed = retry;
            return this;
        }

        /** Inputs read at a time (default: the number of processors). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * The most results read but not yet written (default: {@link #WINDOW_PER_THREAD} a thread); with ordered output a slow input holds
         * up at most this many, which bounds the memory.
         */
        public Builder window(int results) {
            this.window = results;
            return this;
        }

        /** Writes the records in input order (default) or as they finish. */
        public Builder ordered(boolean ordered) {
            this.ordered = ordered;
            return this;
        }

        public Builder listener(Listener listener) {
            this.listener = Objects.requireNonNull(listener);
            return this;
        }

        /** @throws IllegalArgumentException for choices that do not go together */
        public FileBatch build() {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (resume && outputFile == null) {
                throw new IllegalArgumentException("resuming needs the output file of the interrupted run");
            }
            if (retryFailed && !resume) {
                throw new IllegalArgumentException("reading the failed records again is part of resuming");
            }
            if (resume && !format.readsBack()) {
                throw new IllegalArgumentException("resuming reads back one record per input, which this format"
                        + " does not have");
            }
            if (window < 0) {
                window = WINDOW_PER_THREAD * threads;
            }
            return new FileBatch(this);
        }
    }
}

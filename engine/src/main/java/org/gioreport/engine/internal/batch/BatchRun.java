package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.engine.DocumentProcessor;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.batch.InputFailures;
import org.gioreport.engine.batch.InputFailures.Advice;
import org.gioreport.engine.batch.Outcome;
import org.gioreport.engine.batch.RecordFormat;
import org.gioreport.engine.batch.RecordFormat.Recorded;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.engine.internal.read.PathText;

/**
 * Runs many inputs through one {@link DocumentProcessor} on a pool of worker threads and writes each record as
 * soon as it may: in input order (a result that finishes early waits in a window of at most {@code window}
 * results, so memory does not grow with the number of inputs), or as they finish when unordered. Every input
 * gives exactly one record, even when gioreport itself fails on it; only the writer's own errors stop a run,
 * and {@link #stop}, which ends it between two records (a signal: the output then ends on a complete record).
 */
public final class BatchRun {

    private final DocumentProcessor processor;
    private final RecordFormat format;
    private final ResumeLedger ledger;
    private final int threads;
    private final int window;
    private final boolean ordered;
    private final Consumer<Throwable> debug;
    private volatile boolean stopping;
    /** Counted down when the writer writes no more: the run stopped (its output flushed) or ended. */
    private final CountDownLatch done = new CountDownLatch(1);

    /**
     * @param window the most results submitted but not yet written (in flight or waiting for their turn)
     * @param debug told of every internal error, for {@code --debug}
     */
    public BatchRun(DocumentProcessor processor, RecordFormat format, ResumeLedger ledger, int threads, int window,
                    boolean ordered, Consumer<Throwable> debug) {
        this.processor = processor;
        this.format = format;
        this.ledger = ledger;
        this.threads = threads;
        this.window = Math.max(window, threads);
        this.ordered = ordered;
        this.debug = debug;
    }

    /**
     * Asks a run to stop after the record it is writing, flush its output and return ({@link Stopped}), and waits
     * for that at most {@code wait}. Results finished but not yet written are dropped; {@code --resume} makes them
     * again. Called from another thread (a shutdown hook).
     *
     * @return true when the run has stopped writing (or had ended), false when the wait ran out
     */
    public boolean stop(Duration wait) throws InterruptedException {
        stopping = true;
        return done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Processes every input and writes its record to {@code out}; {@code written} hears of each, in output order.
     *
     * @throws Stopped when {@link #stop} ended the run: what was written is flushed and ends on a whole record
     */
    public void run(Iterator<Path> inputs, Writer out, Consumer<Outcome> written) throws IOException {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gioreport-worker-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Outcome> finished = new LinkedBlockingQueue<>();
        Writing writing = new Writing(out, written);
        try {
            long submitted = 0;
            while (inputs.hasNext()) {
                writing.stopIfAsked();
                Path input = inputs.next();
                long seq = submitted++;
                pool.execute(() -> finished.add(work(seq, input)));
                for (Outcome o = finished.poll(); o != null; o = finished.poll()) {
                    writing.accept(o);
                }
                while (submitted - writing.count >= window) {
                    writing.flush();
                    writing.accept(next(finished));
                }
            }
            while (writing.count < submitted) {
                writing.flush();
                writing.accept(next(finished));
            }
            writing.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
            done.countDown();
        }
    }

    /** The next finished result; waits in short steps so that a stop is seen while a slow input is still read. */
    private Outcome next(BlockingQueue<Outcome> finished) throws InterruptedException {
        Outcome o = null;
        while (o == null && !stopping) {
            o = finished.poll(50, TimeUnit.MILLISECONDS);
        }
        return o;
    }

    /** The run ended early because {@link #stop} was called; the records written before are complete. */
    public static final class Stopped extends IOException {
        Stopped(long written) {
            super("stopped after " + written + " records");
        }
    }

    /** One input to one outcome; never throws. */
    Outcome work(long seq, Path input) {
        long start = System.nanoTime();
        try {
            return attempt(seq, input, start);
        } catch (OutOfMemoryError e) {
            return failure(seq, input, start, InputFailures.outOfMemory(source(input), Advice.COMMAND_LINE));
        } catch (Throwable e) {
            debug.accept(e);
            return failure(seq, input, start, InputFailures.internalError(source(input), e, Advice.COMMAND_LINE));
        }
    }

    private Outcome attempt(long seq, Path input, long start) {
        Recorded earlier = ledger.find(input);
        if (earlier == null) {
            NormalizationResult result = processor.process(input);
            return Outcome.of(seq, result, format.format(result), System.nanoTime() - start, false);
        }
        byte[] bytes = earlier.sha256() == null ? null : bytesOrNull(input);
        if (bytes == null || earlier.sha256().equals(DocumentReader.sha256(bytes))) {
            return Outcome.skipped(seq, PathText.of(input), earlier.status());
        }
        NormalizationResult result = processor.process(input, bytes); // changed since it was recorded
        return Outcome.of(seq, result, format.format(result), System.nanoTime() - start, true);
    }

    private Outcome failure(long seq, Path input, long start, NormalizationResult result) {
        try {
            return Outcome.of(seq, result, format.format(result), System.nanoTime() - start, false);
        } catch (RuntimeException e) {
            debug.accept(e);
            return Outcome.unwritable(seq, PathText.of(input), e);
        }
    }

    private static Source source(Path input) {
        return DocumentReader.source(input, null, null);
    }

    private byte[] bytesOrNull(Path input) {
        try {
            return processor.bytes(input);
        } catch (UnreadableInput e) {
            return null; // recorded before, unreadable now: its record stays as it is
        }
    }

    /** The writing side, on the calling thread only: the reorder window and the writer. */
    private final class Writing {
        private final Writer out;
        private final Consumer<Outcome> written;
        private final Map<Long, Outcome> waiting = new HashMap<>();
        private long count;

        Writing(Writer out, Consumer<Outcome> written) {
            this.out = out;
            this.written = written;
        }

        /** Ends the run when a stop was asked: flushes the records written, each whole, and throws. */
        void stopIfAsked() throws IOException {
            if (stopping) {
                out.flush();
                throw new Stopped(count);
            }
        }

        void accept(Outcome o) throws IOException {
            stopIfAsked();
            if (!ordered) {
                write(o);
                return;
            }
            waiting.put(o.seq(), o);
            for (Outcome next = waiting.remove(count); next != null; next = waiting.remove(count)) {
                write(next);
            }
        }

        private void write(Outcome o) throws IOException {
            if (o.unwritable() != null) {
                throw new IOException("the record of " + o.path() + " cannot be written: " + o.unwritable(),
                        o.unwritable());
            }
            if (!o.skipped()) {
                out.write(o.record());
            }
            count++;
            written.accept(o);
        }

        void flush() throws IOException {
            out.flush();
        }
    }

}

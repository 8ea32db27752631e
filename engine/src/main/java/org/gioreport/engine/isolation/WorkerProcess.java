package org.gioreport.engine.isolation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One worker JVM seen from the parent: its request pipe, a thread reading its answers (so that waiting for one
 * has a time limit), and a thread passing its warnings on while keeping the last lines of its standard error
 * (to tell an out-of-memory end from a crash).
 */
final class WorkerProcess implements AutoCloseable {

    /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final String END = "\u0000end";
    private static final int TAIL_LINES = 20;

    private final Process process;
    private final BufferedWriter requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private volatile boolean ended;

    private WorkerProcess(Process process, Consumer<String> warnings) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        daemon("gioreport-worker-answers", () -> readAnswers(process));
        daemon("gioreport-worker-stderr", () -> readStderr(process, warnings));
    }

    /**
     * Starts a worker and waits until it is ready (its plugins loaded).
     *
     * @throws IOException when it cannot be started or ends before it is ready
     */
    static WorkerProcess start(List<String> command, Consumer<String> warnings, Duration startLimit)
            throws IOException {
        Process process = new ProcessBuilder(command).start();
        WorkerProcess worker = new WorkerProcess(process, warnings);
        String first = worker.next(startLimit);
        if (!WorkerProtocol.READY.equals(first)) {
            worker.kill();
            throw new IOException("the worker process did not start (" + (first == null ? "no answer within "
                    + startLimit.toSeconds() + " s" : "it said: " + first) + "; " + worker.stderrTail() + ")");
        }
        return worker;
    }

    /** Sends one request and waits for the answer line; null when none came within {@code limit} or ever. */
    String ask(String request, Duration limit) {
        try {
            requests.write(request);
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            next(Duration.ofSeconds(5)); // the process is gone: see its end, then its exit code tells why
            return null;
        }
        return next(limit);
    }

    private String next(Duration limit) {
        try {
            String line = limit == null ? answers.take() : answers.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (END.equals(line)) {
                ended = true;
                answers.add(END); // every later question gets the same answer
                return null;
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    boolean alive() {
        return !ended && process.isAlive();
    }

    /** True once the process closed its standard output: it has ended, or is ending (not merely slow). */
    boolean ended() {
        return ended;
    }

    /** The exit code once the process has ended (waiting a little for it), or null when it still runs. */
    Integer exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True when the process ended because it ran out of memory. */
    boolean ranOutOfMemory(Integer exitCode) {
        synchronized (stderrTail) {
            return exitCode != null && exitCode == OUT_OF_MEMORY_EXIT
                    || stderrTail.stream().anyMatch(l -> l.contains("java.lang.OutOfMemoryError"));
        }
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "it wrote nothing on standard error"
                    : "its last words: " + String.join(" | ", stderrTail);
        }
    }

    long pid() {
        return process.pid();
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            requests.close(); // end of input: the worker ends by itself
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void readAnswers(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answers.add(line);
            }
        } catch (IOException ignored) {
            // the process is gone
        }
        answers.add(END);
    }

    private void readStderr(Process p, Consumer<String> warnings) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(WorkerProtocol.WARNING)) {
                    warnings.accept(line.substring(WorkerProtocol.WARNING.length()));
                }
                synchronized (stderrTail) {
                    stderrTail.addLast(line.length() > 300 ? line.substring(0, 300) : line);
                    if (stderrTail.size() > TAIL_LINES) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}

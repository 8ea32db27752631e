package org.gioreport.engine.internal.isolation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.gioreport.engine.internal.batch.ControlCharacters;

/**
 * One worker JVM seen from the parent: its socket ({@link WorkerProtocol}), a thread reading its answers (so that
 * waiting for one has a time limit), a thread passing its warnings on while keeping the last lines of its
 * standard error (to tell an out-of-memory end from a crash), and one reading its standard output, which is
 * dropped but for those last lines (so that a chatty plugin cannot block the worker on a full pipe).
 *
 * <p>Processes the worker started (a plugin may start any) end with it: when the worker is closed or killed, its
 * descendants, as {@link ProcessHandle#descendants()} sees them while it still runs, are killed first. A process
 * that left the tree before (a daemon's double fork) or whose worker died by itself is out of reach.
 */
final class WorkerProcess implements AutoCloseable {

    /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    private static final String END = "\u0000end";
    private static final int TAIL_LINES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long a connection may take to say the secret before the parent stops listening to it. */
    private static final int SECRET_MILLIS = 10_000;

    private final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    /** The drop-in plugins whose calls on the current document have not returned, id → what the call was. */
    private final Map<String, String> callsInProgress = new LinkedHashMap<>();
    private volatile Socket socket;
    private volatile BufferedWriter requests;
    private volatile boolean ended;

    private WorkerProcess(Process process, Consumer<String> warnings) {
        this.process = process;
        daemon("gioreport-worker-stderr", () -> readOutput(process.getErrorStream(), warnings, ""));
        daemon("gioreport-worker-stdout", () -> readOutput(process.getInputStream(), w -> { }, "(stdout) "));
    }

    /**
     * Starts a worker, waits for it to connect and until it is ready (its plugins loaded).
     *
     * @throws IOException when it cannot be started or ends before it is ready
     */
    static WorkerProcess start(List<String> command, Consumer<String> warnings, Duration startLimit)
            throws IOException {
        long deadline = System.nanoTime() + startLimit.toNanos();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Process process = new ProcessBuilder(command).start();
            WorkerProcess worker = new WorkerProcess(process, warnings);
            try (OutputStream in = process.getOutputStream()) {
                in.write((server.getLocalPort() + " " + secret + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process is gone: it will not connect
            }
            Socket socket;
            try {
                socket = worker.accept(server, secret, deadline);
            } catch (IOException e) {
                socket = null;
            }
            if (socket == null) {
                worker.kill();
                throw new IOException("the worker process did not start (it did not connect within "
                        + startLimit.toSeconds() + " s or ended; " + worker.stderrTail() + ")");
            }
            worker.connect(socket);
            String first = worker.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (!WorkerProtocol.READY.equals(first)) {
                worker.kill();
                throw new IOException("the worker process did not start (" + (first == null ? "no answer within "
                        + startLimit.toSeconds() + " s" : "it said: " + first) + "; " + worker.stderrTail() + ")");
            }
            return worker;
        }
    }

    /** The first connection that says the secret, or null when the worker ended or the deadline passed. */
    private Socket accept(ServerSocket server, String secret, long deadline) throws IOException {
        while (process.isAlive() && System.nanoTime() < deadline) {
            server.setSoTimeout(1000);
            Socket candidate;
            try {
                candidate = server.accept();
            } catch (SocketTimeoutException e) {
                continue;
            }
            try {
                candidate.setSoTimeout(SECRET_MILLIS);
                if (secret.equals(readLine(candidate.getInputStream()))) {
                    candidate.setSoTimeout(0);
                    candidate.setTcpNoDelay(true);
                    return candidate;
                }
            } catch (IOException e) {
                // not the worker, or too slow to say so
            }
            candidate.close();
        }
        return null;
    }

    /** One line read byte by byte, so that nothing after it is taken from the stream; null at its end. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.length() > 200) {
                return null;
            }
            line.append((char) b);
        }
        return line.toString();
    }

    private void connect(Socket connected) throws IOException {
        this.socket = connected;
        this.requests = new BufferedWriter(new OutputStreamWriter(connected.getOutputStream(), StandardCharsets.UTF_8));
        InputStream in = connected.getInputStream();
        daemon("gioreport-worker-answers", () -> readAnswers(in));
    }

    /** Sends one request and waits for the answer line; null when none came within {@code limit} or ever. */
    String ask(String request, Duration limit) {
        synchronized (callsInProgress) {
            callsInProgress.clear();
        }
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

    /**
     * The drop-in plugins whose calls on the last document asked had not returned when the worker stopped
     * answering, id → what each was doing ("normalizing a.txt"); read once the worker has {@link #ended}.
     */
    Map<String, String> callsInProgress() {
        synchronized (callsInProgress) {
            return new LinkedHashMap<>(callsInProgress);
        }
    }

    boolean alive() {
        return !ended && process.isAlive();
    }

    /** True once the process closed its standard output: it has ended, or is ending (not merely slow). */
    boolean ended() {
        return ended;
    }

    /**
     * True when the process is stopped (by {@code SIGSTOP}, {@code kill -STOP}, or a debugger): it does not
     * answer, but not because a plugin is slow. Read from {@code /proc}; false where there is none (not Linux).
     */
    boolean stopped() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"),
                    StandardCharsets.US_ASCII);
            // "pid (command name) state ...": the name may hold spaces and parentheses, the state follows the last
            int end = stat.lastIndexOf(')');
            char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
            return state == 'T' || state == 't';
        } catch (IOException | RuntimeException e) {
            return false;
        }
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

    /** Kills the processes the worker started, then the worker. */
    void kill() {
        killDescendants();
        process.destroyForcibly();
        closeSocket();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the processes the worker started (while it still runs, so that they are still its descendants: once
     * it has ended they belong to init and cannot be told from anyone's), then ends the worker by closing its
     * socket, or kills it when it does not end.
     */
    @Override
    public void close() {
        killDescendants();
        closeSocket(); // end of the requests: the worker ends by itself
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void killDescendants() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle d : descendants) {
            try {
                d.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // as far as this process can tell, it is ending
            }
        }
    }

    private void closeSocket() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closed already
            }
        }
    }

    private void readAnswers(InputStream stream) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (WorkerProtocol.isNote(line)) {
                    note(line);
                } else {
                    answers.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process is gone
        }
        answers.add(END);
    }

    private void note(String line) {
        WorkerProtocol.Note note;
        try {
            note = WorkerProtocol.Note.parse(line);
        } catch (IOException e) {
            return; // ours, so never; a line cut off by the worker's end tells nothing
        }
        synchronized (callsInProgress) {
            if (note.started()) {
                callsInProgress.put(note.pluginId(), note.activity());
            } else {
                callsInProgress.remove(note.pluginId());
            }
        }
    }

    /** Keeps the last lines of standard error or output ({@code prefix} tells which), passes warnings on. */
    private void readOutput(InputStream stream, Consumer<String> warnings, String prefix) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(WorkerProtocol.WARNING)) {
                    // plugin code may have put terminal escapes in it: they reach the user's terminal as text
                    warnings.accept(ControlCharacters.escapeButTabs(line.substring(WorkerProtocol.WARNING.length())));
                }
                String kept = prefix + line;
                synchronized (stderrTail) {
                    stderrTail.addLast(kept.length() > 300 ? kept.substring(0, 300) : kept);
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

package org.gioreport.engine.internal.isolation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.DocumentProcessor;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.read.DocumentReader;

/**
 * Reads documents in a pool of worker JVMs ({@link WorkerMain}), one document at a time per worker, as many
 * workers as the run has threads; the parent keeps the output and the resume ledger. A worker is started with the
 * same {@code java} and class path as the parent, its own heap limit ({@code -Xmx}) and
 * {@code -XX:+ExitOnOutOfMemoryError}. When it exits, is killed, runs out of memory or does not answer within
 * the document's time limit, it is killed and replaced, and its document gets one {@code failed} record
 * ({@code WORKER_CRASHED}, {@code WORKER_OUT_OF_MEMORY}, {@code PLUGIN_TIMEOUT}, or {@code WORKER_STOPPED} when
 * {@code /proc} shows the silent worker stopped, by {@code kill -STOP}, rather than busy); the next document goes
 * on.
 *
 * <p>The per-document limit of the parent is a backstop: the worker itself stops each read and plugin call at
 * {@code --timeout} and ends after such a call ({@link WorkerProtocol}). A plugin whose calls ran past the
 * limit {@value #MAX_TIMEOUTS} times in the pool is switched off for every worker, with one warning.
 *
 * <p>A worker tells which drop-in plugin it is calling ({@link WorkerProtocol}). When it dies while one runs, the
 * document is read once more in a fresh worker without that plugin, and that reading is kept when it finds a
 * report (with a {@code WORKER_CRASHED} diagnostic naming the plugin); a plugin running at {@value #MAX_CRASHES}
 * such deaths is switched off for the run, with one warning ({@link PluginCrashes}).
 */
public final class WorkerPool implements DocumentProcessor {

    /** Times a plugin may run past the time limit before it is switched off for the run. */
    static final int MAX_TIMEOUTS = 3;
    /** Times a drop-in plugin may be running when its worker dies before it is switched off for the run. */
    static final int MAX_CRASHES = 3;
    /** The longest a worker may take to start and load its plugins. */
    static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final WorkerSettings settings;
    private final Consumer<String> warnings;
    private final DocumentReader sizeCheck;
    private final List<String> command;
    private final Duration documentLimit;
    private final BlockingQueue<Slot> slots;
    private final Map<String, Integer> timeouts = new ConcurrentHashMap<>();
    private final Set<String> switchedOff = ConcurrentHashMap.newKeySet();
    private final PluginCrashes crashes;
    private final List<Slot> all = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();

    /** One place for a worker; empty until first used, emptied when its worker is lost. */
    private static final class Slot {
        volatile WorkerProcess worker;
    }

    public WorkerPool(WorkerSettings settings, int workers, Consumer<String> warnings) {
        this(settings, workers, warnings, command(settings));
    }

    /** A pool whose workers are started with {@code command} (for tests: a worker that breaks the protocol). */
    WorkerPool(WorkerSettings settings, int workers, Consumer<String> warnings, List<String> command) {
        this(settings, workers, warnings, command, settings.timeout().isZero() ? null
                : settings.timeout().multipliedBy(2).plusSeconds(60));
    }

    /** Like the above, a worker that has not answered within {@code documentLimit} (null: never) is given up. */
    WorkerPool(WorkerSettings settings, int workers, Consumer<String> warnings, List<String> command,
               Duration documentLimit) {
        this.settings = settings;
        this.warnings = warnings;
        this.crashes = new PluginCrashes(warnings);
        this.sizeCheck = new DocumentReader(settings.maxBytes());
        this.command = List.copyOf(command);
        this.documentLimit = documentLimit;
        this.slots = new ArrayBlockingQueue<>(Math.max(1, workers));
        for (int i = 0; i < Math.max(1, workers); i++) {
            Slot slot = new Slot();
            all.add(slot);
            slots.add(slot);
        }
    }

    /** The same java, the parent's class path, the worker's heap limit; the drop-in jars come by settings. */
    static List<String> command(WorkerSettings settings) {
        List<String> command = java(settings.heap(), WorkerMain.class);
        command.addAll(settings.arguments());
        return command;
    }

    /** The command that starts {@code main} in a JVM like this one, with its own heap limit. */
    static List<String> java(String heap, Class<?> main) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=" + System.getProperty("file.encoding"),
                "-cp", System.getProperty("java.class.path"), main.getName()));
    }

    @Override
    public NormalizationResult process(Path path) {
        return run(path.toString(), null);
    }

    @Override
    public NormalizationResult process(Path path, byte[] bytes) {
        return run(path.toString(), null); // the worker reads the file again: it is the one to be isolated
    }

    @Override
    public NormalizationResult process(String name, byte[] bytes) {
        Path named = DocumentReader.nameAsPath(name);
        try {
            sizeCheck.checkSize(bytes.length);
        } catch (UnreadableInput e) {
            return NormalizationResult.failed(DocumentReader.source(named, bytes, null), null,
                    Diagnostic.error(e.code(), null, e.getMessage()));
        }
        Path content = null;
        try {
            content = Files.createTempFile("gioreport-content-", ".bin");
            Files.write(content, bytes);
            return run(named.toString(), content);
        } catch (IOException e) {
            return NormalizationResult.failed(DocumentReader.source(named, bytes, null), null, Diagnostic.error(
                    "INPUT_UNREADABLE", null, "the document could not be handed to a worker process: " + e.getMessage()));
        } finally {
            deleteQuietly(content);
        }
    }

    @Override
    public byte[] bytes(Path path) throws UnreadableInput {
        return sizeCheck.bytes(path);
    }

    private NormalizationResult run(String path, Path contentFile) {
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(path, "INTERRUPTED", "interrupted while waiting for a worker process");
        }
        try {
            return runIn(slot, path, contentFile);
        } finally {
            slots.add(slot);
        }
    }

    /**
     * The document's result; when a drop-in plugin was running as its worker died, the document is read once
     * more in a fresh worker without that plugin, and that reading, if it found a report, is kept.
     */
    private NormalizationResult runIn(Slot slot, String path, Path contentFile) {
        Attempt first = attempt(slot, path, contentFile, Set.of());
        if (first.crashedIn().isEmpty()) {
            return first.result();
        }
        crashes.count(first.crashedIn());
        Attempt again = attempt(slot, path, contentFile, first.crashedIn().keySet());
        crashes.count(again.crashedIn());
        NormalizationResult read = again.result();
        if (read.report() == null) {
            return first.result();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.add(Diagnostic.error("WORKER_CRASHED", null, first.result().diagnostics().get(0).message()
                + "; read again without plugin " + String.join(", ", first.crashedIn().keySet())));
        diagnostics.addAll(read.diagnostics());
        return new NormalizationResult(read.source(), read.format(), read.status(), read.report(), read.derived(),
                read.provenance(), diagnostics);
    }

    /** One worker's result for a document, and the drop-in plugins that were running if the worker crashed. */
    private record Attempt(NormalizationResult result, Map<String, String> crashedIn) {

        Attempt(NormalizationResult result) {
            this(result, Map.of());
        }
    }

    private Attempt attempt(Slot slot, String path, Path contentFile, Set<String> without) {
        if (slot.worker == null || !slot.worker.alive()) {
            try {
                slot.worker = WorkerProcess.start(command, warnings, START_LIMIT);
            } catch (IOException e) {
                slot.worker = null;
                return new Attempt(failed(path, "WORKER_CRASHED", "no worker process could be started for this"
                        + " document: " + e.getMessage()));
            }
        }
        WorkerProcess worker = slot.worker;
        long id = requests.incrementAndGet();
        Duration limit = limitFor(contentFile != null ? contentFile : Path.of(path));
        String answer = worker.ask(WorkerProtocol.request(id, path, contentFile == null ? null
                : contentFile.toString(), Set.copyOf(switchedOff), crashes.switchedOff(), without), limit);
        if (answer == null) {
            slot.worker = null;
            return lost(worker, path, limit);
        }
        WorkerProtocol.Reply reply;
        try {
            reply = WorkerProtocol.Reply.parse(answer);
        } catch (IOException | RuntimeException e) {
            slot.worker = null;
            // the JVM itself writes "Terminating due to java.lang.OutOfMemoryError" on standard output
            Integer exit = worker.exitCode();
            worker.kill();
            if (answer.contains("java.lang.OutOfMemoryError") || worker.ranOutOfMemory(exit)) {
                return new Attempt(outOfMemory(path));
            }
            return new Attempt(failed(path, "WORKER_CRASHED", "the worker process answered something that is not"
                    + " a result (" + e.getClass().getSimpleName() + "); it was replaced"));
        }
        if (!reply.answers(id, path)) {
            slot.worker = null;
            worker.kill();
            return new Attempt(failed(path, "WORKER_CRASHED", "the worker process answered another request than"
                    + " this document's (request " + reply.id() + " about " + reply.path() + ", not " + id
                    + "); it was replaced"));
        }
        reply.timedOut().forEach(this::countTimeout);
        if (reply.recycle()) {
            slot.worker = null;
            worker.close();
        }
        return new Attempt(reply.result());
    }

    /**
     * How long a worker may take on this document before it is given up: {@link #documentLimit}, and for a PDF the
     * worker's own allowance for each page it may read by OCR (every page), so that a long scan its worker reads
     * within its grown limit is not cut here first. Counting the pages only opens the PDF's page tree.
     */
    private Duration limitFor(Path file) {
        if (documentLimit == null || settings.ocrPageTime().isZero()) {
            return documentLimit;
        }
        return documentLimit.plus(settings.ocrPageTime().multipliedBy(PdfPageCount.of(file)));
    }

    /** The record of a document whose worker gave no answer: it ended, or overran the time limit. */
    private Attempt lost(WorkerProcess worker, String path, Duration limit) {
        if (!worker.ended() && worker.stopped()) {
            worker.kill();
            return new Attempt(failed(path, "WORKER_STOPPED", "the worker process reading this document stopped"
                    + " responding: it was stopped (by SIGSTOP, kill -STOP or a debugger) and had not answered after "
                    + limit.toSeconds() + " s; it was killed and replaced"));
        }
        if (!worker.ended()) {
            worker.kill();
            return new Attempt(failed(path, "PLUGIN_TIMEOUT", "reading and normalizing this document took longer"
                    + " than " + limit.toSeconds() + " s (twice --timeout, a minute, and the time for each page read"
                    + " by OCR) in its worker"
                    + " process, which was stopped and replaced"));
        }
        Integer exit = worker.exitCode();
        if (worker.ranOutOfMemory(exit)) {
            return new Attempt(outOfMemory(path));
        }
        Map<String, String> running = worker.callsInProgress();
        String during = running.entrySet().stream().map(e -> " while plugin " + e.getKey() + " was " + e.getValue())
                .reduce((a, b) -> a + " and" + b).orElse("");
        NormalizationResult crashed = NormalizationResult.failed(DocumentReader.source(Path.of(path), null, null),
                running.isEmpty() ? null : running.keySet().iterator().next(), Diagnostic.error("WORKER_CRASHED",
                        null, "the worker process reading this document ended without an answer" + during
                                + " (exit code " + exit + (exit != null && exit > 128 ? ", killed by signal "
                                + (exit - 128) : "") + "; a plugin or library may have called System.exit, or the"
                                + " JVM crashed) and was replaced; " + worker.stderrTail()));
        return new Attempt(crashed, running);
    }

    private NormalizationResult outOfMemory(String path) {
        return failed(path, "WORKER_OUT_OF_MEMORY", "the worker process reading this document ran out of memory"
                + " (its heap limit is " + settings.heap() + "; raise it with --worker-heap) and was replaced");
    }

    private void countTimeout(String pluginId) {
        int count = timeouts.merge(pluginId, 1, Integer::sum);
        if (count >= MAX_TIMEOUTS && switchedOff.add(pluginId)) {
            warnings.accept("plugin " + pluginId + " ran past the time limit " + count + " times; it is switched off"
                    + " for the rest of the run");
        }
    }

    private static NormalizationResult failed(String path, String code, String message) {
        return NormalizationResult.failed(DocumentReader.source(Path.of(path), null, null), null,
                Diagnostic.error(code, null, message));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            new File(file.toString()).delete();
        }
    }

    /** The process ids of the running workers (for tests that kill one). */
    public List<Long> workerPids() {
        List<Long> pids = new ArrayList<>();
        for (Slot slot : all) {
            WorkerProcess w = slot.worker;
            if (w != null && w.alive()) {
                pids.add(w.pid());
            }
        }
        return pids;
    }

    @Override
    public void close() {
        for (Slot slot : all) {
            WorkerProcess w = slot.worker;
            if (w != null) {
                w.close();
            }
        }
    }
}

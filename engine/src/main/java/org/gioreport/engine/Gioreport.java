package org.gioreport.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.InputProcessor;
import org.gioreport.engine.internal.TimeLimit;
import org.gioreport.engine.internal.isolation.PluginJarVetting;
import org.gioreport.engine.internal.isolation.WorkerPool;
import org.gioreport.engine.internal.isolation.WorkerSettings;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;

/**
 * The Java entry point: one document in, one {@link NormalizationResult} out, exactly as {@code gioreport
 * normalize} writes it. Build one engine and reuse it: it discovers the plugins once, is thread-safe, and
 * keeps what it learns about each document type warm. Close it when done (it owns the threads that enforce
 * the time limit).
 *
 * <pre>{@code
 * try (Gioreport engine = Gioreport.builder().pluginFolder(Path.of("plugins")).build()) {
 *     NormalizationResult result = engine.normalize(Path.of("report.pdf"));
 * }
 * }</pre>
 *
 * <p>Like the command line it never throws for a bad document: an unreadable, empty or foreign file is a
 * result with status {@code failed} or {@code unrecognized} and a diagnostic saying why.
 */
public final class Gioreport implements AutoCloseable {

    private final LayoutPlugins registry;
    private final SafeInvoker invoker;
    private final DocumentProcessor processor;

    private Gioreport(Builder b) {
        // a jar that ends or hangs the JVM while it loads is refused before it can do so here, in either mode
        Map<Path, List<String>> refused = PluginJarVetting.refused(b.pluginFolders, b.warnings);
        this.registry = LayoutPlugins.discover(b.classLoader, b.pluginFolders, b.warnings, refused);
        if (b.plugin != null && registry.byId(b.plugin).isEmpty()) {
            throw new IllegalArgumentException("unknown layout plugin '" + b.plugin + "'; known layout plugins: "
                    + String.join(", ", registry.plugins().stream().map(LoadedPlugin::id).toList()));
        }
        this.invoker = new SafeInvoker(b.timeout);
        this.processor = b.isolation == Isolation.PROCESS
                ? new WorkerPool(new WorkerSettings(b.pluginFolders, b.timeout, b.maxBytes, b.plugin, b.provenance,
                        b.workerHeap, b.ocr, refused.keySet(), b.ocrPageTime), b.workers, b.warnings)
                : new InputProcessor(new DocumentReader(b.maxBytes, b.ocr, b.ocrThreads, b.ocrProgress),
                        new Normalizer(registry, invoker), b.plugin, b.provenance,
                        new TimeLimit(b.timeout, b.ocrPageTime));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and normalizes one file (PDF, DOC, DOCX, HTML or text). */
    public NormalizationResult normalize(Path file) {
        return processor.process(file);
    }

    /** Normalizes a document given as its content; {@code name} (its file name) helps detect its type. */
    public NormalizationResult normalize(byte[] content, String name) {
        return processor.process(name, content);
    }

    /** Like {@link #normalize(byte[], String)}, reading the stream to its end; the caller closes it. */
    public NormalizationResult normalize(InputStream content, String name) throws IOException {
        return processor.process(name, content.readAllBytes());
    }

    /** The plugins this engine chooses from, built-in ones first. */
    public List<LoadedPlugin> plugins() {
        return registry.plugins();
    }

    /** The per-file processor, for batch runs ({@link org.gioreport.engine.batch.FileBatch}). */
    public DocumentProcessor processor() {
        return processor;
    }

    @Override
    public void close() {
        processor.close();
        invoker.close();
    }

    /** Settings of an engine; every one has a default that suits a service reading reports one at a time. */
    public static final class Builder {
        private final List<Path> pluginFolders = new ArrayList<>();
        private ClassLoader classLoader = Gioreport.class.getClassLoader();
        private Consumer<String> warnings = w -> System.getLogger("org.gioreport").log(System.Logger.Level.WARNING, w);
        private Duration timeout = Duration.ofSeconds(60);
        private Duration ocrPageTime = TimeLimit.DEFAULT_PER_OCR_PAGE;
        private long maxBytes = 100L * 1024 * 1024;
        private String plugin;
        private boolean provenance;
        private Isolation isolation = Isolation.THREAD;
        private int workers = Runtime.getRuntime().availableProcessors();
        private String workerHeap = "512m";
        private OcrMode ocr = OcrMode.AUTO;
        private int ocrThreads = Runtime.getRuntime().availableProcessors();
        private OcrProgress ocrProgress = OcrProgress.NONE;

        private Builder() {
        }

        /**
         * Read documents in this JVM ({@link Isolation#THREAD}, the default: fast to start) or in a pool of worker
         * processes that a crashing, leaking or hanging plugin or document cannot take down
         * ({@link Isolation#PROCESS}).
         */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation);
            return this;
        }

        /** How many worker processes {@link Isolation#PROCESS} runs at most (default: the number of processors). */
        public Builder workers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one worker: " + count);
            }
            this.workers = count;
            return this;
        }

        /** The heap limit of each worker process, as for {@code java -Xmx} (default {@code 512m}). */
        public Builder workerHeap(String size) {
            if (!size.matches("[1-9][0-9]*[kKmMgG]?")) {
                throw new IllegalArgumentException("not a heap size such as 512m or 2g: " + size);
            }
            this.workerHeap = size;
            return this;
        }

        /**
         * When PDF pages are read by OCR (default {@link OcrMode#AUTO}: only pages without a usable text layer), how
         * many pages of one document at once (default: the number of processors), and who is told of each page read.
         */
        public Builder ocr(OcrMode mode, int pagesAtOnce, OcrProgress progress) {
            this.ocr = Objects.requireNonNull(mode);
            if (pagesAtOnce < 1) {
                throw new IllegalArgumentException("at least one page at a time: " + pagesAtOnce);
            }
            this.ocrThreads = pagesAtOnce;
            this.ocrProgress = Objects.requireNonNull(progress);
            return this;
        }

        /** Also load the plugin jars of this folder (repeatable); plugins are code: only these folders are read. */
        public Builder pluginFolder(Path folder) {
            pluginFolders.add(Objects.requireNonNull(folder));
            return this;
        }

        /** Where the built-in plugins are found (default: the engine's own class loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /** Where a broken plugin jar or a failing plugin call is told, one line each (default: System.Logger). */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * The most one document's reading, or one plugin call on it, may take; zero for no limit (default 60 s). A
         * reading by OCR may take {@link #ocrPageTime} longer for each page it reads.
         */
        public Builder timeout(Duration limit) {
            if (limit.isNegative()) {
                throw new IllegalArgumentException("the time limit cannot be negative: " + limit);
            }
            this.timeout = limit;
            return this;
        }

        /**
         * How much longer than {@link #timeout} a document's reading may take for each of its pages read by OCR
         * (default 30 s: OCR takes seconds a page, more on a busy machine); zero makes the timeout the whole limit.
         */
        public Builder ocrPageTime(Duration allowance) {
            if (allowance.isNegative()) {
                throw new IllegalArgumentException("the time for a page cannot be negative: " + allowance);
            }
            this.ocrPageTime = allowance;
            return this;
        }

        /** Documents larger than this many bytes are refused with {@code INPUT_TOO_LARGE} (default 100 MB). */
        public Builder maxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the size limit must be at least 1 byte: " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /** Use this plugin for every document instead of choosing by score (null: choose). */
        public Builder plugin(String id) {
            this.plugin = id;
            return this;
        }

        /** Keep, for every value read, the line or table cell it came from. */
        public Builder provenance(boolean keep) {
            this.provenance = keep;
            return this;
        }

        /**
         * @throws IllegalArgumentException when {@link #plugin} names no plugin found
         */
        public Gioreport build() {
            return new Gioreport(this);
        }
    }
}

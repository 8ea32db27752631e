package org.gioreport.engine.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.engine.DocumentProcessor;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.plugins.ThrowableText;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.SourceDocument;

/**
 * One input file to one result, whatever happens: reading, plugin choice, normalization, validation. The time
 * limit covers one document's own reading and each plugin call on it; the JVM's one-time start-up for a type of
 * document is done before its clock starts ({@link WarmUp}).
 */
public final class InputProcessor implements DocumentProcessor {

    /** The most a plugin call on a warm-up sample may take: generous, it runs once per document type. */
    static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);

    private final DocumentReader reader;
    private final Normalizer normalizer;
    private final String forcedPlugin;
    private final boolean provenance;
    private final TimeLimit timeout;
    private final SafeInvoker warmUpInvoker = new SafeInvoker(WARM_UP_LIMIT);
    private final WarmUp warmUp;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gioreport-reader");
        t.setDaemon(true);
        return t;
    });

    /** A processor whose time limit is {@code timeout} whatever OCR reads (null or zero: no limit). */
    public InputProcessor(DocumentReader reader, Normalizer normalizer, String forcedPlugin, boolean provenance,
                          Duration timeout) {
        this(reader, normalizer, forcedPlugin, provenance,
                new TimeLimit(timeout == null ? Duration.ZERO : timeout, Duration.ZERO));
    }

    /** A processor whose time limit grows with the pages read by OCR ({@link TimeLimit}). */
    public InputProcessor(DocumentReader reader, Normalizer normalizer, String forcedPlugin, boolean provenance,
                          TimeLimit timeout) {
        this.reader = reader;
        this.normalizer = normalizer;
        this.forcedPlugin = forcedPlugin;
        this.provenance = provenance;
        this.timeout = timeout;
        this.warmUp = new WarmUp(reader, normalizer.silenced(warmUpInvoker), forcedPlugin);
    }

    @Override
    public NormalizationResult process(Path path) {
        byte[] bytes;
        try {
            bytes = reader.bytes(path);
        } catch (UnreadableInput e) {
            return failure(DocumentReader.source(path, null, null), e);
        }
        return process(path, bytes);
    }

    /** The file's bytes within the size limit (for callers that look at the content before processing it). */
    @Override
    public byte[] bytes(Path path) throws UnreadableInput {
        return reader.bytes(path);
    }

    /**
     * A document given as its content (an upload, a message): {@code name}, its file name, serves to detect the
     * type and is recorded as the source path.
     */
    @Override
    public NormalizationResult process(String name, byte[] bytes) {
        Path path = DocumentReader.nameAsPath(name);
        try {
            reader.checkSize(bytes.length);
        } catch (UnreadableInput e) {
            return failure(DocumentReader.source(path, bytes, null), e);
        }
        return process(path, bytes);
    }

    /** Like {@link #process(Path)}, with the file's bytes already read by {@link #bytes}. */
    @Override
    public NormalizationResult process(Path path, byte[] bytes) {
        String mediaType = reader.detect(path, bytes);
        Source source = DocumentReader.source(path, bytes, mediaType);
        warmUp.before(mediaType);
        SourceDocument document;
        try {
            document = readWithin(path, bytes, mediaType);
        } catch (UnreadableInput e) {
            return failure(source, e);
        }
        NormalizationResult result = normalizer.normalize(source, document, forcedPlugin);
        return provenance ? result : result.withProvenance(null);
    }

    private SourceDocument readWithin(Path path, byte[] bytes, String mediaType) throws UnreadableInput {
        if (!DocumentReader.parses(mediaType)) {
            return reader.read(path, bytes, mediaType); // decoding text cannot hang: no hand-off to a timed thread
        }
        AtomicInteger ocrPages = new AtomicInteger();
        Future<SourceDocument> future = readers.submit(() -> reader.read(path, bytes, mediaType, ocrPages::set));
        try {
            return timeout == null || timeout.unlimited() ? future.get() : within(future, ocrPages);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableInput u) {
                throw u;
            }
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw new UnreadableInput("INPUT_CORRUPT", "the document cannot be read ("
                    + ThrowableText.describe(e.getCause()) + ")", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableInput("INTERRUPTED", "interrupted while reading", false);
        }
    }

    /**
     * The reading's result, waited for until the document's limit has passed: the limit grows while waiting, when
     * the reader tells how many pages it will read by OCR.
     */
    private SourceDocument within(Future<SourceDocument> future, AtomicInteger ocrPages)
            throws ExecutionException, InterruptedException, UnreadableInput {
        long start = System.nanoTime();
        while (true) {
            long left = timeout.of(ocrPages.get()).toNanos() - (System.nanoTime() - start);
            try {
                if (left > 0) {
                    return future.get(left, TimeUnit.NANOSECONDS);
                }
            } catch (TimeoutException e) {
                continue; // the limit may have grown meanwhile
            }
            future.cancel(true);
            throw new UnreadableInput("INPUT_TIMEOUT", "reading the document took longer than the time limit of "
                    + timeout.describe(ocrPages.get()) + " (raise it with --timeout); abandoned", false);
        }
    }

    private static NormalizationResult failure(Source source, UnreadableInput e) {
        Diagnostic why = Diagnostic.error(e.code(), null, e.getMessage());
        return e.unrecognized() ? NormalizationResult.unrecognized(source, List.of(why))
                : NormalizationResult.failed(source, null, why);
    }

    @Override
    public void close() {
        readers.shutdownNow();
        warmUpInvoker.close();
    }
}

package org.gioreport.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.SourceDocument;

/**
 * The JVM's one-time start-up for a document type (class loading, Tika's parser set-up, each plugin's first
 * call, the validator), done on a bundled sample before the first input of that type, so that
 * {@code --timeout} measures each document's own work. The samples are copies of the generated corpus report
 * {@code syn01} ({@code formats/corpus/files/}), one per type; a type without a sample is not warmed.
 *
 * <p>Each type is warmed once; threads that meet the type meanwhile wait for it, outside any document's clock.
 * Whatever happens to the sample (a drop-in plugin failing on it, say) is dropped: the inputs will show it.
 */
final class WarmUp {

    private static final Map<String, String> SAMPLES = Map.of(
            "text/plain", "sample.txt",
            "text/html", "sample.html",
            "application/pdf", "sample.pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "sample.docx",
            "application/msword", "sample.doc");

    private final DocumentReader reader;
    private final Normalizer quietNormalizer;
    private final String forcedPlugin;
    private final Map<String, FutureTask<Void>> warmed = new ConcurrentHashMap<>();

    /** @param quietNormalizer a normalizer whose plugin failures go nowhere, with a generous time limit */
    WarmUp(DocumentReader reader, Normalizer quietNormalizer, String forcedPlugin) {
        this.reader = reader;
        this.quietNormalizer = quietNormalizer;
        this.forcedPlugin = forcedPlugin;
    }

    /** Returns once documents of this media type have been warmed (at once when they already were). */
    void before(String mediaType) {
        String sample = SAMPLES.get(mediaType);
        if (sample == null) {
            return;
        }
        FutureTask<Void> task = warmed.computeIfAbsent(mediaType,
                type -> new FutureTask<>(() -> warm(type, sample), null));
        task.run(); // runs once; later callers return at once, and wait below while it is still running
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom;
            }
            // a sample that fails to warm leaves the type cold: its first input is timed with the start-up in it
        }
    }

    private void warm(String mediaType, String sample) {
        byte[] bytes;
        try (InputStream in = WarmUp.class.getResourceAsStream("warmup/" + sample)) {
            if (in == null) {
                return;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return;
        }
        Path name = Path.of("warm-up-" + sample);
        try {
            SourceDocument document = reader.read(name, bytes, mediaType);
            quietNormalizer.normalize(DocumentReader.source(name, bytes, mediaType), document, forcedPlugin);
        } catch (UnreadableInput | RuntimeException ignored) {
            // see the class comment: the inputs themselves will say what is wrong
        }
    }
}

package org.gioreport.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time limit measures a document's own work: one-time start-up is done on a bundled sample first. */
class WarmUpTest {

    @TempDir
    Path dir;

    /** Slow on its first call only, as a plugin whose classes and tables load on first use; records every call. */
    static final class SlowToStartPlugin implements LayoutPlugin {
        final List<String> normalized = new CopyOnWriteArrayList<>();

        @Override public String id() { return "slow-to-start"; }
        @Override public String version() { return "1"; }
        @Override public int spiVersion() { return SPI_VERSION; }
        @Override public FitScore fit(SourceDocument d) { return FitScore.of(0.9, "fits anything"); }
        @Override public Extraction normalize(SourceDocument d) {
            normalized.add(d.name());
            if (normalized.size() == 1) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("start-up is not a document's work");
            }
            return Extraction.notAReport("no report here");
        }
    }

    @Test
    void startUpSlowerThanTheTimeLimitIsNotChargedToTheFirstDocument() throws IOException {
        SlowToStartPlugin plugin = new SlowToStartPlugin();
        Path a = Files.writeString(dir.resolve("a.txt"), "第一行\n第二行\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "第三行\n");

        List<NormalizationResult> results;
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(2));
             InputProcessor processor = new InputProcessor(new DocumentReader(1 << 20),
                     new Normalizer(LayoutPlugins.of(plugin), invoker), null, false, Duration.ofSeconds(2))) {
            results = List.of(processor.process(a), processor.process(b));
        }

        results.forEach(r -> assertEquals(Status.UNRECOGNIZED, r.status(), r.diagnostics().toString()));
        // the sample of text/plain went first, once; then each input
        assertEquals(List.of("warm-up-sample.txt", "a.txt", "b.txt"), plugin.normalized);
    }
}

package org.gioreport.engine.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.ReportBuilder;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

/** A plugin's misspelt field path costs its document a PLUGIN_FAILED at run time; nothing silently vanishes. */
class MisspeltPathTest {

    static final class Misspeller implements LayoutPlugin {
        @Override public String id() { return "misspeller"; }
        @Override public String version() { return "1"; }
        @Override public int spiVersion() { return SPI_VERSION; }
        @Override public FitScore fit(SourceDocument d) { return FitScore.of(0.9, "fits anything"); }
        @Override public Extraction normalize(SourceDocument d) {
            return new ReportBuilder().edition("2021").reportYear(2022)
                    .read("applications.newlyRecieved.total", 12, null).build();
        }
    }

    @Test
    void aPluginWritingAPathTheSchemaDoesNotHaveFailsNamingThePath() {
        NormalizationResult result;
        try (SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(30))) {
            result = new Normalizer(LayoutPlugins.of(new Misspeller()), invoker)
                    .normalize(new Source("a.txt", null, "text/plain"), SourceDocument.ofText("a.txt", "本年新收 12"), null);
        }

        assertEquals(Status.FAILED, result.status());
        Diagnostic failure = result.diagnostics().get(0);
        assertEquals("PLUGIN_FAILED", failure.code());
        assertTrue(failure.message().contains("applications.newlyRecieved.total"), failure.message());
    }
}

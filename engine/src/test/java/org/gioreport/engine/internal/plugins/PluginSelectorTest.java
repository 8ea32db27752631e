package org.gioreport.engine.internal.plugins;

import org.gioreport.core.testing.TestPluginJars;
import static org.gioreport.core.testing.TestPluginJars.plugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSelectorTest {

    private final SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(5));
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final SourceDocument document = SourceDocument.ofText("a.txt", "text");

    @AfterEach
    void close() {
        invoker.close();
    }

    @Test
    void equalScoresGoToBuiltInPluginsBeforeDropInOnesThenToTheSmallerId(@TempDir Path dir) throws IOException {
        String fit = "return FitScore.of(0.8, \"same\");";
        Path host = TestPluginJars.jar(dir.resolve("host"), "host", plugin("zz-built-in").fit(fit));
        Path folder = dir.resolve("plugins");
        TestPluginJars.jar(folder, "drop-in", plugin("b-drop-in").fit(fit), plugin("a-drop-in").fit(fit));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {host.toUri().toURL()},
                getClass().getClassLoader())) {
            LayoutPlugins registry = LayoutPlugins.discover(loader, List.of(folder), w -> { });

            List<Candidate> ranked = new PluginSelector(registry, invoker).rank(document, diagnostics);

            assertEquals(List.of("zz-built-in", "a-drop-in", "b-drop-in"),
                    ranked.stream().map(c -> c.plugin().id()).toList());
            assertEquals("AMBIGUOUS_FORMAT", diagnostics.get(0).code());
        }
    }

    @Test
    void theHighestScoreComesFirstWhateverTheOrderOfThePlugins() {
        LayoutPlugins registry = LayoutPlugins.of(new Scoring("a", 0.3), new Scoring("b", 0.9), new Scoring("c", 0));

        List<Candidate> ranked = new PluginSelector(registry, invoker).rank(document, diagnostics);

        assertEquals(List.of("b", "a", "c"), ranked.stream().map(c -> c.plugin().id()).toList());
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void scoresExactlyTheMarginApartAreNotReportedAsAmbiguous() {
        LayoutPlugins registry = LayoutPlugins.of(new Scoring("markup", 0.95), new Scoring("white-space", 0.9));

        new PluginSelector(registry, invoker).rank(document, diagnostics);

        assertEquals(List.of(), diagnostics);
        assertTrue(PluginSelector.closerThanTheMargin(0.95, 0.91));
        assertFalse(PluginSelector.closerThanTheMargin(0.95, 0.9));
    }

    @Test
    void aPluginThatGivesNoScoreDoesNotFit() {
        LayoutPlugins registry = LayoutPlugins.of(new Scoring("silent", -1));

        List<Candidate> ranked = new PluginSelector(registry, invoker).rank(document, diagnostics);

        assertFalse(ranked.get(0).score().fits());
        assertEquals("the plugin gave no score", ranked.get(0).score().reason());
    }

    /** Fits every document at a fixed score; a negative score stands for returning null. */
    private static final class Scoring extends SpiCompatibilityTest.Stub {
        private final double score;

        Scoring(String id, double score) {
            super(id, 1);
            this.score = score;
        }

        @Override
        public FitScore fit(SourceDocument document) {
            return score < 0 ? null : FitScore.of(score, "fixed");
        }
    }
}

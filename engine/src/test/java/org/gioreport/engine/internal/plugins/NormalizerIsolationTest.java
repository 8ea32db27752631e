package org.gioreport.engine.internal.plugins;

import org.gioreport.core.testing.TestPluginJars;
import static org.gioreport.core.testing.TestPluginJars.plugin;
import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One plugin's failure costs one document, through the real loader, selector, invoker and normalizer. */
class NormalizerIsolationTest {

    private static final String THROW = "new IllegalStateException(\"cannot read table 三\")";
    private static final String A_REPORT = "return new ReportBuilder().edition(\"2021\").reportYear(2021)"
            + ".organization(\"梅岭县人力资源和社会保障局\").build();";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final SafeInvoker invoker = new SafeInvoker(Duration.ofSeconds(5));

    @AfterEach
    void close() {
        invoker.close();
    }

    @Test
    void aPluginThatThrowsCostsOnlyItsTurnAndTheNextBestPluginGivesTheReport() throws IOException {
        Path thrower = jar("thrower", plugin("thrower").normalize("throw " + THROW + ";"));
        jar("reader", plugin("reader").fit("return FitScore.of(0.5, \"second best\");").normalize(A_REPORT));

        NormalizationResult result = normalize("throw-me.txt");

        assertEquals("reader", result.format());
        assertNotNull(result.report());
        Diagnostic failure = result.diagnostics().get(0);
        assertEquals("PLUGIN_FAILED", failure.code());
        assertEquals("plugin thrower (" + thrower + ") failed while normalizing throw-me.txt: IllegalStateException:"
                + " cannot read table 三", failure.message());
        assertEquals(List.of(failure.message() + "; trying the next plugin"), warnings);
    }

    @Test
    void whenNoOtherPluginFindsAReportTheResultIsFailedAndNamesThePluginThatFailed() throws IOException {
        jar("thrower", plugin("thrower").normalize("throw " + THROW + ";"));
        jar("finds-nothing", plugin("finds-nothing").fit("return FitScore.of(0.5, \"second best\");"));

        NormalizationResult result = normalize("a.txt");

        assertEquals(Status.FAILED, result.status());
        assertEquals("thrower", result.format());
        assertNull(result.report());
    }

    @Test
    void aPluginThatHangsIsAbandonedAtTheTimeLimitAndTheResultIsFailedNamingIt() throws IOException {
        Path sleeper = jar("sleeper", plugin("sleeper").normalize(TestPluginJars.hangFor(600) + " return null;"));

        long start = System.nanoTime();
        NormalizationResult result = normalize("a.txt");

        // a 5 s limit against a 10-minute hang: wide margins on a busy machine
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "the hanging call was waited for");
        assertEquals(Status.FAILED, result.status());
        assertEquals("sleeper", result.format());
        assertEquals("PLUGIN_TIMEOUT", result.diagnostics().get(0).code());
        assertEquals(List.of("plugin sleeper (" + sleeper + ") ran past the time limit of 5 s while normalizing"
                + " a.txt; abandoned"), warnings);
    }

    @Test
    void aPluginThatThrowsWhileScoringIsLeftOutWithOneWarningAndTheOthersStillCompete() throws IOException {
        jar("bad-fit", plugin("bad-fit").fit("throw " + THROW + ";"));
        jar("reader", plugin("reader").fit("return FitScore.of(0.5, \"fits\");").normalize(A_REPORT));

        NormalizationResult result = normalize("a.txt");

        assertEquals("reader", result.format());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("plugin bad-fit ("), warnings.get(0));
        assertTrue(warnings.get(0).contains("failed while scoring a.txt: IllegalStateException"), warnings.get(0));
    }

    @Test
    void aPluginThatFitsOnlyItsOwnDocumentsDoesNotTouchTheOthers() throws IOException {
        jar("thrower", pluginFor("thrower", "throw-me").normalize("throw " + THROW + ";"));

        NormalizationResult result = normalize("plain.txt");

        assertEquals(Status.UNRECOGNIZED, result.status());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aPluginThrowingAnExceptionWhoseCausesFormACycleFailsWithOneReadableMessage() throws IOException {
        jar("cyclic", plugin("cyclic").normalize("RuntimeException a = new RuntimeException(\"a\");"
                + " RuntimeException b = new RuntimeException(\"b\", a); a.initCause(b); throw a;"));

        NormalizationResult result = normalize("a.txt");

        assertEquals(Status.FAILED, result.status());
        assertTrue(result.diagnostics().get(0).message().endsWith("failed while normalizing a.txt: a"
                + " (RuntimeException: b)"), result.diagnostics().get(0).message());
    }

    @Test
    void aResultWithADiagnosticWithoutACodeIsRefusedAndTheNextPluginGivesTheReport() throws IOException {
        jar("no-code", plugin("no-code").normalize("Extraction e = " + A_REPORT.substring("return ".length(),
                A_REPORT.length() - 1) + "; return new Extraction(e.report(), e.derived(), e.provenance(),"
                + " java.util.List.of(new org.gioreport.core.model.Diagnostic("
                + "org.gioreport.core.model.Severity.WARNING, null, null, \"x\")));"));
        jar("reader", plugin("reader").fit("return FitScore.of(0.5, \"second best\");").normalize(A_REPORT));

        NormalizationResult result = normalize("a.txt");

        assertEquals("reader", result.format());
        assertNotNull(result.report());
        assertEquals("PLUGIN_FAILED", result.diagnostics().get(0).code());
        assertTrue(result.diagnostics().get(0).message().contains("breaks the plugin contract for a.txt: a"
                + " diagnostic's code is null; refused"), result.diagnostics().get(0).message());
    }

    @Test
    void aResultWithAnAbsurdNumberIsRefusedAndTheNextPluginGivesTheReport() throws IOException {
        jar("huge", plugin("huge").normalize("return new ReportBuilder().edition(\"2019\").reportYear(2019)"
                + ".read(\"activeDisclosure.procurement.amount\", new java.math.BigDecimal(\"1E+400000000\"),"
                + " null).build();"));
        jar("reader", plugin("reader").fit("return FitScore.of(0.5, \"second best\");").normalize(A_REPORT));

        NormalizationResult result = normalize("a.txt");

        assertEquals("reader", result.format());
        assertTrue(result.diagnostics().get(0).message().contains("activeDisclosure.procurement.amount is a number"
                + " of 400000001 digits"), result.diagnostics().get(0).message());
    }

    @Test
    void aPluginThatRanPastTheLimitThreeTimesIsSwitchedOffAndNotCalledAgain() throws IOException {
        jar("spinner", plugin("spinner").fit(TestPluginJars.hangFor(5) + " return null;"));
        jar("reader", plugin("reader").fit("return FitScore.of(0.5, \"fits\");").normalize(A_REPORT));
        LayoutPlugins registry = LayoutPlugins.discover(getClass().getClassLoader(),
                List.of(dir.resolve("plugins")), warnings::add);
        try (SafeInvoker quick = new SafeInvoker(Duration.ofMillis(300))) {
            Normalizer normalizer = new Normalizer(registry, quick);
            for (int i = 0; i < 5; i++) {
                NormalizationResult result = normalizer.normalize(new Source("a.txt", null, "text/plain"),
                        SourceDocument.ofText("a.txt", "一份文本"), null);
                assertEquals("reader", result.format());
            }
        }

        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(2).endsWith("it did so 3 times and is switched off for the rest of the run"),
                warnings.get(2));
    }

    private Path jar(String name, TestPluginJars.Spec spec) throws IOException {
        return TestPluginJars.jar(dir.resolve("plugins"), name, spec);
    }

    private NormalizationResult normalize(String name) {
        LayoutPlugins registry = LayoutPlugins.discover(getClass().getClassLoader(), List.of(dir.resolve("plugins")),
                warnings::add);
        assertEquals(List.of(), warnings, "loading should be clean");
        return new Normalizer(registry, invoker).normalize(new Source(name, null, "text/plain"),
                SourceDocument.ofText(name, "一份文本 " + name), null);
    }
}

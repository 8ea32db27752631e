package org.gioreport.cli.isolation;

import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drop-in jars whose code ends or hangs the JVM while it loads (issue 22, item 2): each is tried in a separate
 * process first and refused with one warning naming it, and the run goes on with the other jars and every
 * input, under both isolation modes. Before, {@code System.exit(42)} in a static initializer ended the run with
 * exit code 42 and no record, and a loop in a constructor went on spinning in the run's JVM.
 */
class PluginJarVettingIT {

    private static final String GOOD_REPORT = "return new ReportBuilder().edition(\"2021\").reportYear(2021)"
            + ".organization(\"测试局\").build();";

    @TempDir
    Path dir;

    private String realHome;
    private Path plugins;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        plugins = dir.resolve("plugins");
        TestPluginJars.jar(plugins, "good", pluginFor("good", "good-marker").normalize(GOOD_REPORT));
    }

    @AfterEach
    void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
    }

    @ParameterizedTest(name = "{0} in a {1}, --isolation {2}")
    @CsvSource({
        "System.exit(42), static initializer, thread", "System.exit(42), static initializer, process",
        "Runtime.getRuntime().halt(42), static initializer, thread",
        "Runtime.getRuntime().halt(42), static initializer, process",
        "System.exit(42), constructor, thread", "System.exit(42), constructor, process",
        "Runtime.getRuntime().halt(42), constructor, thread", "Runtime.getRuntime().halt(42), constructor, process",
    })
    void aJarThatEndsTheJvmWhileItLoadsIsRefusedAndTheRunGoesOn(String call, String where, String isolation)
            throws IOException {
        Path jar = where.equals("constructor")
                ? TestPluginJars.jar(plugins, "ends", TestPluginJars.plugin("ends").constructor(call + ";"))
                : staticInitializerJar("ends", call + ";");

        CliRun run = runWith(isolation);

        assertOnlyRefused(run, jar);
    }

    @ParameterizedTest(name = "--isolation {0}")
    @ValueSource(strings = {"thread", "process"})
    void aJarThatLoopsWhileItLoadsIsRefusedAndLeavesNoThreadSpinning(String isolation) throws IOException {
        String id = "loops-at-load-" + isolation;
        Path jar = TestPluginJars.jar(plugins, id, TestPluginJars.plugin(id).constructor(TestPluginJars.hangFor(600)));
        String className = TestPluginJars.plugin(id).className();

        CliRun run = runWith(isolation);

        assertOnlyRefused(run, jar);
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            assertFalse(Arrays.stream(thread.getValue()).anyMatch(f -> f.getClassName().equals(className)),
                    "thread " + thread.getKey().getName() + " still runs the constructor of " + id);
        }
    }

    private CliRun runWith(String isolation) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (Path example : HostilePluginsIT.exampleReports().subList(0, 2)) {
            Files.copy(example, inputs.resolve(example.getFileName()));
        }
        Files.writeString(inputs.resolve("z-good.txt"), "good-marker\n", StandardCharsets.UTF_8);
        return CliRun.of("normalize", "--isolation", isolation, "--threads", "1", "--plugins", plugins,
                "-o", dir.resolve("out.jsonl"), inputs);
    }

    /** The run read every input, the good jar's plugin among the plugins, and refused {@code jar} once. */
    private void assertOnlyRefused(CliRun run, Path jar) {
        assertEquals(0, run.exitCode(), run.err());
        List<NormalizationResult> results = CliRun.results(dir.resolve("out.jsonl"));
        assertEquals(3, results.size(), run.err());
        for (NormalizationResult r : results) {
            assertNotNull(r.report(), r.source().path() + ": " + r.diagnostics());
        }
        assertEquals("good", results.get(2).format(), results.get(2).diagnostics()::toString);
        List<String> warnings = run.warnings().stream().filter(w -> w.contains(jar.getFileName().toString()))
                .toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).contains("plugin jar " + jar + " refused"), warnings.get(0));
        assertEquals(1, run.warnings().size(), "no other warning: " + run.err());
    }

    /** A jar whose one plugin runs {@code statements} in its static initializer. */
    private Path staticInitializerJar(String id, String statements) throws IOException {
        String source = "package test.plugins;\n"
                + "import org.gioreport.spi.*;\n"
                + "public final class EndsInStaticPlugin implements LayoutPlugin {\n"
                + "  static { if (Boolean.parseBoolean(\"true\")) { " + statements + " } }\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String version() { return \"0.1-test\"; }\n"
                + "  public int spiVersion() { return SPI_VERSION; }\n"
                + "  public FitScore fit(SourceDocument document) { return FitScore.no(\"never\"); }\n"
                + "  public Extraction normalize(SourceDocument document) { return null; }\n"
                + "}\n";
        Path classes = TestPluginJars.compile(Map.of("test.plugins.EndsInStaticPlugin", source),
                List.of(TestPluginJars.spiLocation()), plugins.resolve(".classes-" + id));
        return TestPluginJars.jar(plugins, id, classes, List.of("test.plugins.EndsInStaticPlugin"));
    }
}

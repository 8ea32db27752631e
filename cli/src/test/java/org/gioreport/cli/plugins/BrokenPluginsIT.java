package org.gioreport.cli.plugins;

import static org.gioreport.cli.CliRun.SAMPLES;
import static org.gioreport.core.testing.TestPluginJars.plugin;
import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin folder with every kind of broken jar beside the working example plugin: the run finishes, every
 * input gets exactly one record, and each problem is one line on stderr that names the jar and the reason.
 * The broken jars are compiled here, from source, so no binary jar is committed.
 */
class BrokenPluginsIT {

    @TempDir
    Path dir;

    private Path plugins;
    private String realHome;

    @BeforeEach
    void buildAPluginFolderWithBrokenJars() throws IOException {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        Files.copy(DropInPluginIT.JAR, plugins.resolve("markdown-table.jar"));
        TestPluginJars.corruptJar(plugins, "corrupt");
        TestPluginJars.jar(plugins, "future-spi", plugin("future-spi").spiVersion(2));
        TestPluginJars.jar(plugins, "constructor-throws",
                plugin("constructor-throws").constructor("throw new IllegalStateException(\"licence file missing\");"));
        TestPluginJars.jar(plugins, "normalize-throws", pluginFor("normalize-throws", "throw-me")
                .normalize("throw new IllegalArgumentException(\"row 三 is upside down\");"));
        TestPluginJars.jar(plugins, "normalize-hangs", pluginFor("normalize-hangs", "hang-me")
                .normalize(TestPluginJars.hangFor(600) + " return null;"));
    }

    @AfterEach
    void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void brokenJarsAndFailingPluginsCostOneWarningLineEachAndEveryInputGetsOneRecord() throws IOException {
        String sample = Files.readString(SAMPLES.resolve("county-bureau-2021.md"));
        Path inputs = dir.resolve("inputs");
        TestPluginJars.write(inputs.resolve("a-report.md"), sample);
        TestPluginJars.write(inputs.resolve("b-report-throw-me.md"), sample + "\n<!-- throw-me -->\n");
        TestPluginJars.write(inputs.resolve("c-throw-me.txt"), "throw-me: 这不是年度报告");
        TestPluginJars.write(inputs.resolve("d-hang-me.txt"), "hang-me: 这不是年度报告");
        Path output = dir.resolve("results.jsonl");

        long start = System.nanoTime();
        CliRun run = CliRun.of("normalize", "--plugins", plugins, "--timeout", "10", "-o", output, inputs);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        Map<String, NormalizationResult> results = CliRun.results(output).stream()
                .collect(Collectors.toMap(r -> Path.of(r.source().path()).getFileName().toString(),
                        Function.identity()));
        assertEquals(4, CliRun.results(output).size(), run.err());
        assertEquals(List.of("a-report.md", "b-report-throw-me.md", "c-throw-me.txt", "d-hang-me.txt"),
                results.keySet().stream().sorted().toList());
        // the limit is 10 s against a plugin stuck for 10 minutes: wide margins on a busy machine
        assertTrue(seconds < 120, "the hanging plugin was waited for: " + seconds + " s");
        assertEquals(1, run.exitCode());

        assertEquals("markdown-table", results.get("a-report.md").format());
        assertEquals(Status.COMPLETE, results.get("a-report.md").status());
        // the throwing plugin scored higher; its failure costs only its turn: the next best plugin reads the report
        assertEquals("markdown-table", results.get("b-report-throw-me.md").format());
        assertEquals(Status.COMPLETE, results.get("b-report-throw-me.md").status());
        assertTrue(codes(results.get("b-report-throw-me.md")).contains("PLUGIN_FAILED"));
        assertEquals(Status.FAILED, results.get("c-throw-me.txt").status());
        assertEquals("normalize-throws", results.get("c-throw-me.txt").format());
        assertEquals(Status.FAILED, results.get("d-hang-me.txt").status());
        assertEquals("normalize-hangs", results.get("d-hang-me.txt").format());
        assertTrue(codes(results.get("d-hang-me.txt")).contains("PLUGIN_TIMEOUT"));

        List<String> warnings = run.warnings();
        assertOneLine(warnings, "corrupt.jar skipped: not a readable jar");
        assertOneLine(warnings, "future-spi.jar: plugin future-spi", "built against SPI version 2",
                "supports SPI version 1");
        assertOneLine(warnings, "constructor-throws.jar: a plugin could not be loaded",
                "IllegalStateException: licence file missing");
        assertOneLine(warnings, "plugin normalize-throws (" + plugins.resolve("normalize-throws.jar") + ") failed while"
                + " normalizing b-report-throw-me.md: IllegalArgumentException: row 三 is upside down",
                "trying the next plugin");
        assertOneLine(warnings, "plugin normalize-throws (" + plugins.resolve("normalize-throws.jar") + ") failed while"
                + " normalizing c-throw-me.txt: IllegalArgumentException: row 三 is upside down");
        assertOneLine(warnings, "plugin normalize-hangs (" + plugins.resolve("normalize-hangs.jar") + ") ran past the"
                + " time limit of 10 s while normalizing d-hang-me.txt");
        assertEquals(6, warnings.size(), "one warning line per problem, no more:\n" + run.err());
    }

    @Test
    void thePluginsCommandListsTheWorkingPluginsAndWarnsOnceForEachBrokenJar() {
        CliRun run = CliRun.of("plugins", "--plugins", plugins);

        assertEquals(0, run.exitCode());
        for (String id : List.of("markdown-table", "normalize-throws", "normalize-hangs")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + " not listed:\n" + run.out());
        }
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("future-spi") || l.startsWith("constructor-throws")),
                run.out());
        List<String> warnings = run.warnings();
        assertEquals(3, warnings.size(), run.err());
        assertOneLine(warnings, plugins.resolve("corrupt.jar") + " skipped");
        assertOneLine(warnings, plugins.resolve("future-spi.jar") + ": plugin future-spi");
        assertOneLine(warnings, plugins.resolve("constructor-throws.jar") + ": a plugin could not be loaded");
    }

    private static void assertOneLine(List<String> warnings, String... parts) {
        List<String> matching = warnings.stream().filter(w -> List.of(parts).stream().allMatch(w::contains)).toList();
        assertEquals(1, matching.size(), "expected one warning with " + List.of(parts) + " among:\n"
                + String.join("\n", warnings));
    }

    private static List<String> codes(NormalizationResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}

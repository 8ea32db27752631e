package org.gioreport.cli.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop-in plugin that kills its worker costs no document the built-in plugins can read (issue 22, item 3),
 * through {@code normalize --isolation process}: each document it crashed is read again without it, and after
 * three crashes it is switched off for the run, with one warning.
 */
class PluginCrashesIT {

    private static final String EXITS = "exits-in-normalize";

    @TempDir
    Path dir;

    private String realHome;

    @BeforeEach
    void setUp() {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void aPluginThatExitsInNormalizeCostsNoDocumentAndIsSwitchedOffAfterThreeCrashes() throws IOException {
        Path plugins = dir.resolve("plugins");
        // fits every document better than any built-in plugin, then ends its worker
        TestPluginJars.jar(plugins, EXITS, TestPluginJars.plugin(EXITS).normalize("System.exit(1); return null;"));
        List<Path> examples = HostilePluginsIT.exampleReports();
        assertEquals(5, examples.size());
        List<String> given = examples.stream().map(Path::toString).toList();
        List<String> baseline = new ArrayList<>(List.of("--isolation", "thread"));
        baseline.addAll(given);
        List<NormalizationResult> without = CliRun.normalize(dir.resolve("baseline.jsonl"),
                baseline.toArray(String[]::new));

        List<Object> args = new ArrayList<>(List.of("normalize", "--isolation", "process", "--threads", "1",
                "--plugins", plugins, "-o", dir.resolve("out.jsonl")));
        args.addAll(given);
        CliRun run = CliRun.of(args.toArray());

        List<NormalizationResult> results = CliRun.results(dir.resolve("out.jsonl"));
        assertEquals(given, results.stream().map(r -> r.source().path()).toList(), run.err());
        for (int i = 0; i < results.size(); i++) {
            NormalizationResult r = results.get(i);
            assertNotNull(r.report(), r.source().path() + ": " + r.diagnostics());
            assertEquals(without.get(i).format(), r.format(), "read by the same built-in plugin");
            assertEquals(ReportJson.mapper().writeValueAsString(without.get(i).report()),
                    ReportJson.mapper().writeValueAsString(r.report()), r.source().path());
            List<Diagnostic> crashed = r.diagnostics().stream().filter(d -> d.code().equals("WORKER_CRASHED"))
                    .toList();
            // the first three documents cost a worker each; the last two are read without the plugin at once
            assertEquals(i < 3 ? 1 : 0, crashed.size(), r.source().path() + ": " + r.diagnostics());
            crashed.forEach(d -> assertTrue(d.message().contains("while plugin " + EXITS + " was normalizing"),
                    d.message()));
        }
        List<String> warnings = run.warnings().stream().filter(w -> w.contains(EXITS)).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).contains("switched off for the rest of the run"), warnings.get(0));
    }
}

package org.gioreport.cli.plugins;

import static org.gioreport.cli.CliRun.EXAMPLE_PLUGIN_FOLDER;
import static org.gioreport.cli.CliRun.SAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.PluginOptions;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin as a user gets it: its built jar (copied to target/test-plugins by the build, not on the
 * class path) dropped into a folder, used by the CLI without a rebuild.
 */
class DropInPluginIT {

    static final Path JAR = EXAMPLE_PLUGIN_FOLDER.resolve("gioreport-plugin-markdown-table.jar");

    @TempDir
    Path dir;

    private String realHome;

    @BeforeEach
    void isolateFromTheUsersOwnPluginFolders() {
        assumeTrue(System.getenv(PluginOptions.ENVIRONMENT_VARIABLE) == null,
                "these tests need " + PluginOptions.ENVIRONMENT_VARIABLE + " unset");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString()); // no ~/.gioreport/plugins of the user's
        assertTrue(Files.isRegularFile(JAR),
                JAR + " is missing: build with 'mvn verify' (the jar is copied after the plugin is packaged)");
    }

    @AfterEach
    void restoreHome() {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void theExamplePluginIsNotOnTheCliClassPath() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.gioreport.plugins.markdowntable.MarkdownTableLayout"));
    }

    @Test
    void withoutThePluginFolderTheExamplePluginIsNotListed() {
        CliRun run = CliRun.of("plugins");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pdf-text"), run.out());
        assertFalse(run.out().contains("markdown-table"), run.out());
    }

    @Test
    void withThePluginFolderTheExamplePluginIsListedWithItsIdVersionAndJarPath() throws IOException {
        CliRun run = CliRun.of("plugins", "--plugins", EXAMPLE_PLUGIN_FOLDER);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String line = run.out().lines().filter(l -> l.startsWith("markdown-table ")).findFirst()
                .orElseThrow(() -> new AssertionError("not listed:\n" + run.out()));
        // the plugin does not say its version: it is its jar manifest's, as the build wrote it
        String version;
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertTrue(version != null && !version.isBlank(), "the build writes Implementation-Version");
        assertEquals(List.of("markdown-table", version, JAR.toString()), List.of(line.trim().split("\\s+")));
    }

    @Test
    void theDefaultFolderUnderTheHomeFolderIsReadWithoutAnyOption() throws IOException {
        Path defaultFolder = dir.resolve("home/.gioreport/plugins");
        Files.createDirectories(defaultFolder);
        Files.copy(JAR, defaultFolder.resolve(JAR.getFileName()));

        CliRun run = CliRun.of("plugins");

        assertTrue(run.out().contains("markdown-table"), run.out());
        assertTrue(run.out().contains(defaultFolder.resolve(JAR.getFileName()).toString()), run.out());
    }

    @Test
    void withoutThePluginTheBuiltInPipeRowsReadsTheSampleAndTheDropInGoesFirstWhenInstalled() throws IOException {
        Path without = dir.resolve("without.jsonl");
        Path with = dir.resolve("with.jsonl");

        CliRun run = CliRun.of("normalize", "-o", without, SAMPLES.resolve("town-2019.md"));
        CliRun.of("normalize", "--plugins", EXAMPLE_PLUGIN_FOLDER, "-o", with, SAMPLES.resolve("town-2019.md"));

        List<NormalizationResult> results = CliRun.results(without);
        assertEquals(1, results.size(), run.err());
        assertEquals("pipe-rows", results.get(0).format());
        assertEquals(Status.COMPLETE, results.get(0).status(), results.get(0).diagnostics().toString());
        assertEquals("markdown-table", CliRun.results(with).get(0).format());
        assertEquals(ReportPaths.flatten(CliRun.results(with).get(0).report()),
                ReportPaths.flatten(results.get(0).report()), "the same values either way");
    }

    @Test
    void withThePluginEverySampleIsNormalizedByItToItsExpectedValues() throws IOException {
        Path output = dir.resolve("with.jsonl");
        List<String> stems = List.of("county-bureau-2021", "town-2019", "town-dash-cell-2021");
        List<Integer> fields = List.of(211, 202, 211);

        CliRun run = CliRun.of("normalize", "--plugins", EXAMPLE_PLUGIN_FOLDER, "-o", output,
                SAMPLES.resolve(stems.get(0) + ".md"), SAMPLES.resolve(stems.get(1) + ".md"),
                SAMPLES.resolve(stems.get(2) + ".md"));

        assertEquals(0, run.exitCode(), run.err());
        List<NormalizationResult> results = CliRun.results(output);
        assertEquals(3, results.size());
        for (int i = 0; i < stems.size(); i++) {
            NormalizationResult r = results.get(i);
            assertTrue(r.source().path().endsWith(stems.get(i) + ".md"), r.source().path());
            assertEquals("markdown-table", r.format());
            ExpectedValues.load(SAMPLES.resolve(stems.get(i) + ".expected.json")).score(r.report())
                    .assertAllCorrect(1, fields.get(i));
        }
        assertEquals(Status.COMPLETE, results.get(0).status());
        assertEquals(Status.COMPLETE, results.get(1).status());
        assertEquals(Status.PARTIAL, results.get(2).status()); // the dash cell and the missing date stay null
    }
}

package org.gioreport.cli.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gioreport.cli.LauncherRun;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.PluginGuide;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.template.TextReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin guide's promise, kept as a user would: its example built into a jar, dropped into a folder, and the
 * guide's sample read by the repository's {@code ./gioreport} launcher. The example must win through selection,
 * against every built-in layout: {@code joined-cells} once claimed the guide's comma-separated rows and read none
 * of their numbers (issue 19).
 */
class PluginGuideThroughTheLauncherIT {

    static final Path LAUNCHER = Path.of("..", "gioreport").toAbsolutePath().normalize();

    @Test
    void theGuidesExampleDroppedInWinsItsSampleAndReadsItsNumbers(@TempDir Path dir) throws Exception {
        PluginGuide guide = PluginGuide.inRepository();
        Path plugins = dir.resolve("gioreport-plugins");
        Path classes = TestPluginJars.compile(guide.exampleSources(), List.of(TestPluginJars.spiLocation(),
                TestPluginJars.locationOf(TextReportReader.class)), dir.resolve("classes"));
        TestPluginJars.jar(plugins, "gioreport-plugin-csv-rows-1.0", classes, List.of(guide.exampleClassName()));
        Path report = Files.writeString(dir.resolve("report.csv"), guide.sample("report.csv"));

        NormalizationResult result = run(dir, "normalize", "--isolation", "thread", "--plugins", plugins.toString(),
                report.toString());

        assertEquals("csv-rows", result.format(), result.diagnostics().toString());
        assertEquals(Status.PARTIAL, result.status()); // as the guide says: the sample leaves rows out
        Map<String, Object> values = ReportPaths.flatten(result.report());
        assertEquals(14, values.get("activeDisclosure.regulations.inForce"));
        assertEquals(194, values.get("applications.newlyReceived.total"));
        assertEquals(77, values.get("applications.disclosed.total"));
        assertEquals(9, values.get("reviewsAndLawsuits.lawsuitAfterReview.total"));
        assertEquals(null, values.get("applications.totalHandled.total"));
    }

    @Test
    void withoutThePluginTheGuidesSampleIsUnrecognizedAsTheGuideSays(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.csv"), PluginGuide.inRepository().sample("report.csv"));

        NormalizationResult result = run(dir, "normalize", "--isolation", "thread", report.toString());

        assertEquals(Status.UNRECOGNIZED, result.status(), ReportJson.toLine(result));
        assertEquals(null, result.report());
    }

    /** One run of the launcher with a home of its own (no plugin folder of the user's), its one record read. */
    private static NormalizationResult run(Path dir, String... arguments) throws Exception {
        String[] command = new String[arguments.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Path home = Files.createDirectories(dir.resolve("home"));
        var run = LauncherRun.of(Map.of("PATH",
                LauncherRun.javaFolder() + ":/usr/bin:/bin", "HOME", home.toString()),
                command);
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out() + run.err());
        assertTrue(lines.get(0).startsWith("{"), lines.get(0));
        return ReportJson.fromLine(lines.get(0));
    }
}

package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user without Maven gets it: unpacked with {@code tar}, its {@code bin/gioreport}
 * run as a separate process whose PATH holds nothing but the folder of the java running this test.
 */
class DistributionArchiveIT {

    static final String SEED = "004_3ad5b18b41354741";

    @TempDir
    static Path unpacked;

    static Path launcher;

    @BeforeAll
    static void unpackTheArchiveWithTar() throws Exception {
        launcher = LauncherRun.unpackArchive(unpacked);
    }

    @Test
    void theArchiveHoldsAnExecutableLauncherTheLibrariesTheLicenseAndTheReadme() throws IOException {
        Path home = launcher.getParent().getParent();
        assertTrue(Files.isExecutable(launcher), launcher + " is not executable");
        assertTrue(Files.isRegularFile(home.resolve("LICENSE")));
        assertTrue(Files.isRegularFile(home.resolve("README.md")));
        try (var jars = Files.list(home.resolve("lib"))) {
            List<String> names = jars.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("gioreport-cli")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("tika-core-")), names.toString());
        }
    }

    @Test
    void normalizeOfAnExampleReportPrintsOneResultLineWithTheReportsOrganization() throws Exception {
        Path report = Seeds.text(SEED).toAbsolutePath().normalize();
        LauncherRun run = LauncherRun.of(Map.of("PATH", LauncherRun.javaFolder()), launcher.toString(), "normalize",
                report.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        NormalizationResult result = ReportJson.fromLine(lines.get(0));
        Object expected = ExpectedValues.load(Seeds.expected(SEED)).values().get("organization");
        assertEquals(expected, result.report().organization());
    }

    @Test
    void theArchivePrintsTheSameLineAsTheCommandLineRunInProcess() throws Exception {
        Path report = Seeds.text(SEED).toAbsolutePath().normalize();
        LauncherRun run = LauncherRun.of(Map.of("PATH", LauncherRun.javaFolder()), launcher.toString(), "normalize",
                report.toString());
        CliRun inProcess = CliRun.of("normalize", report);

        assertEquals(inProcess.out(), run.out());
    }

    @Test
    void versionPrintsTheBuiltVersion() throws Exception {
        LauncherRun run = LauncherRun.of(Map.of("PATH", LauncherRun.javaFolder()), launcher.toString(), "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("gioreport " + LauncherRun.version() + ","), run.out());
    }

    @Test
    void aSymbolicLinkToTheLauncherFindsTheLibrariesBesideTheRealLauncher(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("gioreport"), launcher);

        // reading a link takes ls, the one other command the launcher may call (only when started through a link)
        LauncherRun run = LauncherRun.of(Map.of("PATH", LauncherRun.javaFolder() + ":/usr/bin:/bin"), link.toString(),
                "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("gioreport " + LauncherRun.version() + ","), run.out());
    }

    @Test
    void optionsInGioreportJavaOptsReachTheJavaVirtualMachine() throws Exception {
        LauncherRun run = LauncherRun.of(Map.of("PATH", LauncherRun.javaFolder(),
                "GIOREPORT_JAVA_OPTS", "-Xmx256m -XshowSettings:vm"),
                launcher.toString(), "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("Max. Heap Size: 256.00M"), run.err());
    }

    @Test
    void withoutJavaTheLauncherSaysSoAndExitsWithCommandNotFound(@TempDir Path emptyFolder) throws Exception {
        LauncherRun run = LauncherRun.of(Map.of("PATH", emptyFolder.toString()), launcher.toString(), "--version");

        assertEquals(127, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("gioreport: no java found"), run.err());
        assertTrue(run.err().contains("17 or newer"), run.err());
    }
}

package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
        Path archive = Path.of(System.getProperty("gioreport.dist.archive",
                "target/gioreport-" + version() + "-dist.tar.gz")).toAbsolutePath();
        assertTrue(Files.isRegularFile(archive), archive + " is missing: build with 'mvn verify'");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), "tar failed: " + output);
        launcher = unpacked.resolve("gioreport-" + version()).resolve("bin").resolve("gioreport");
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
        Run run = Run.of(Map.of("PATH", javaFolder()), launcher.toString(), "normalize", report.toString());

        assertEquals(0, run.exitCode, run.err);
        List<String> lines = run.out.lines().toList();
        assertEquals(1, lines.size(), run.out);
        NormalizationResult result = ReportJson.fromLine(lines.get(0));
        Object expected = ExpectedValues.load(Seeds.expected(SEED)).values().get("organization");
        assertEquals(expected, result.report().organization());
    }

    @Test
    void theArchivePrintsTheSameLineAsTheCommandLineRunInProcess() throws Exception {
        Path report = Seeds.text(SEED).toAbsolutePath().normalize();
        Run run = Run.of(Map.of("PATH", javaFolder()), launcher.toString(), "normalize", report.toString());
        CliRun inProcess = CliRun.of("normalize", report);

        assertEquals(inProcess.out(), run.out);
    }

    @Test
    void versionPrintsTheBuiltVersion() throws Exception {
        Run run = Run.of(Map.of("PATH", javaFolder()), launcher.toString(), "--version");

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("gioreport " + version() + ","), run.out);
    }

    @Test
    void aSymbolicLinkToTheLauncherFindsTheLibrariesBesideTheRealLauncher(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(elsewhere.resolve("gioreport"), launcher);

        // reading a link takes ls, the one other command the launcher may call (only when started through a link)
        Run run = Run.of(Map.of("PATH", javaFolder() + ":/usr/bin:/bin"), link.toString(), "--version");

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("gioreport " + version() + ","), run.out);
    }

    @Test
    void optionsInGioreportJavaOptsReachTheJavaVirtualMachine() throws Exception {
        Run run = Run.of(Map.of("PATH", javaFolder(), "GIOREPORT_JAVA_OPTS", "-Xmx256m -XshowSettings:vm"),
                launcher.toString(), "--version");

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.err.contains("Max. Heap Size: 256.00M"), run.err);
    }

    @Test
    void withoutJavaTheLauncherSaysSoAndExitsWithCommandNotFound(@TempDir Path emptyFolder) throws Exception {
        Run run = Run.of(Map.of("PATH", emptyFolder.toString()), launcher.toString(), "--version");

        assertEquals(127, run.exitCode, run.err);
        assertEquals("", run.out);
        assertTrue(run.err.startsWith("gioreport: no java found"), run.err);
        assertTrue(run.err.contains("17 or newer"), run.err);
    }

    /** The folder of the java running this test: the only thing on the launcher's PATH. */
    static String javaFolder() {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        return java.getParent().toString();
    }

    static String version() {
        return System.getProperty("gioreport.version", "unknown");
    }

    /** One run of the launcher in a clean environment (no JAVA_HOME, no user's PATH), output captured. */
    record Run(int exitCode, String out, String err) {

        static Run of(Map<String, String> environment, String... command) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Path err = Files.createTempFile("gioreport-dist", ".err");
            try {
                Process process = builder.redirectError(err.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish");
                return new Run(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.delete(err);
            }
        }
    }
}

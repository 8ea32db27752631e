package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a shipped launcher (the repository's {@code ./gioreport}, the archive's {@code bin/gioreport}) as a
 * separate process in a clean environment: no JAVA_HOME, no user's PATH, only what the test gives; output captured.
 */
public record LauncherRun(int exitCode, String out, String err) {

    public static LauncherRun of(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path err = Files.createTempFile("gioreport-run", ".err");
        try {
            Process process = builder.redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish");
            return new LauncherRun(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }

    /** The folder of the java running this test: the only thing on a launcher's PATH. */
    public static String javaFolder() {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        return java.getParent().toString();
    }

    /** The distribution archive the build made ({@code gioreport.dist.archive}); fails when it is missing. */
    public static Path archive() {
        Path archive = Path.of(System.getProperty("gioreport.dist.archive",
                "target/gioreport-" + version() + "-dist.tar.gz")).toAbsolutePath();
        assertTrue(Files.isRegularFile(archive), archive + " is missing: build with 'mvn verify'");
        return archive;
    }

    /** The archive unpacked with {@code tar} into {@code folder}, as a user without Maven does: its launcher. */
    public static Path unpackArchive(Path folder) throws Exception {
        Process tar = new ProcessBuilder("tar", "-xzf", archive().toString(), "-C", folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tar.waitFor() == 0, "tar failed: " + output);
        return folder.resolve("gioreport-" + version()).resolve("bin").resolve("gioreport");
    }

    /** The project's version, as the build gives it to the integration tests. */
    public static String version() {
        return System.getProperty("gioreport.version", "unknown");
    }
}

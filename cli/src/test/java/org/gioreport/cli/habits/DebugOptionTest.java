package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --debug}/{@code -v} is global, and library logs reach stderr only with it. */
class DebugOptionTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandAcceptsDebugBeforeOrAfterItsName() throws Exception {
        Path results = dir.resolve("r.jsonl");
        assertEquals(0, Run.of("normalize", "--debug", "--quiet", "-o", results.toString(),
                "../examples/004_3ad5b18b41354741.txt").exitCode());
        for (String[] args : List.of(new String[] {"plugins", "--debug"}, new String[] {"-v", "plugins"},
                new String[] {"schema", "-v"}, new String[] {"--debug", "schema"},
                new String[] {"validate", "--debug", results.toString()})) {
            Run run = Run.of(args);
            assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        }
    }

    @Test
    void libraryWarningsAreHiddenInANormalRunAndShownWithDebug() throws Exception {
        Path doc = firstWordDocument();
        String quiet = runInItsOwnJvm("normalize", "--quiet", "-o", dir.resolve("a.jsonl").toString(), doc.toString());
        String debug = runInItsOwnJvm("normalize", "--quiet", "--debug", "-o", dir.resolve("b.jsonl").toString(),
                doc.toString());
        assertEquals("", quiet, "a normal run prints no library logs");
        assertTrue(debug.contains("[WARN] FileInformationBlock"), "POI's warning through SLF4J: " + debug);
        assertTrue(debug.contains("[DEBUG]"), debug);
        assertFalse(Files.readString(dir.resolve("b.jsonl")).isEmpty());
    }

    /** A Word 97 file of the generated corpus: POI warns about its header on every read. */
    private static Path firstWordDocument() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../formats/corpus/files/doc"))) {
            return files.filter(p -> p.toString().endsWith(".doc")).sorted().findFirst().orElseThrow();
        }
    }

    /** Runs gioreport in a fresh JVM (logging is set up once per JVM) and returns its stderr. */
    private String runInItsOwnJvm(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.gioreport.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}

package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --plugin ID} chooses the layout plugin; {@code --format} is its hidden, deprecated old name. */
class PluginOptionTest {

    static final String CELL_DUMP_SEED = "../examples/001_6f137c09381843de.txt";

    @TempDir
    Path dir;

    @Test
    void pluginOptionForcesTheNamedPluginWithoutAWarning() throws Exception {
        Path out = dir.resolve("r.jsonl");
        Run run = Run.of("normalize", "--quiet", "--plugin", "web-page", "-o", out.toString(), CELL_DUMP_SEED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).contains("\"format\":\"web-page\""), Files.readString(out));
        assertEquals("", run.err());
    }

    @Test
    void formatOptionStillWorksButWarnsThatItIsDeprecated() throws Exception {
        Path out = dir.resolve("r.jsonl");
        Run run = Run.of("normalize", "--quiet", "--format", "web-page", "-o", out.toString(), CELL_DUMP_SEED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).contains("\"format\":\"web-page\""), Files.readString(out));
        assertTrue(run.err().contains("--format is deprecated, use --plugin"), run.err());
    }

    @Test
    void helpShowsPluginAndHidesFormat() {
        String help = Run.of("normalize", "--help").out();
        assertTrue(help.contains("--plugin=ID"), help);
        assertFalse(help.contains("--format"), help);
    }

    @Test
    void unknownPluginNamesTheKnownOnes() {
        Run run = Run.of("normalize", "--plugin", "nope", "../examples");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown layout plugin 'nope'; known layout plugins: ")
                && run.err().contains("pdf-text"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void pluginAndADifferentFormatTogetherAreAUsageError() {
        Run run = Run.of("normalize", "--plugin", "pdf-text", "--format", "web-page", "../examples");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give only --plugin"), run.err());
    }
}

package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers past a sane limit are usage errors naming the limit, never an overflow that fails every input. */
class OptionLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "--max-size, 9000000000000, 'between 1 and 2000'",
        "--max-size, 0, 'between 1 and 2000'",
        "--timeout, 9223372036854775807, 'between 0 (no limit) and 86400'",
        "--timeout, -1, 'between 0 (no limit) and 86400'",
        "--threads, 3000, 'between 1 and 256'",
        "--threads, 0, 'between 1 and 256'"})
    void valueOutOfRangeIsAUsageErrorNamingTheLimit(String option, String value, String limit) throws IOException {
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("normalize", option, value, "-o", out, input);

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(option + " must be " + limit), run.err());
        assertTrue(!out.toFile().exists(), "nothing written");
    }

    @Test
    void theLargestValuesAllowedStillReadTheInput() throws IOException {
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);

        CliRun run = CliRun.of("normalize", "--quiet", "--max-size", 2000, "--timeout", 86400, "--threads", 256, input);

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(Status.COMPLETE, run.results().get(0).status());
    }
}

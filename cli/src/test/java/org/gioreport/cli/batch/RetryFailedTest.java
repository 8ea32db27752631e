package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --resume --retry-failed reads the inputs recorded as failed again and keeps one record per input path. */
class RetryFailedTest {

    @TempDir
    Path dir;

    /** Three inputs recorded, the second as failed (its file was missing then); now the file is there. */
    private List<Path> recordedWithTheSecondFailed(Path out, String... format) throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt", "pdf-text/syn03.txt");
        Path second = inputs.get(1);
        Path aside = Files.move(second, dir.resolve("aside.bin"));
        List<Object> args = new java.util.ArrayList<>(List.of("normalize", "--quiet"));
        args.addAll(List.of((Object[]) format));
        args.addAll(List.of("-o", out, inputs.get(0), second, inputs.get(2)));
        CliRun.of(args.toArray());
        Files.move(aside, second);
        return inputs;
    }

    @Test
    void failedRecordIsReadAgainAndReplacedTheOthersStayAsTheyWere() throws IOException {
        Path out = dir.resolve("out.jsonl");
        List<Path> inputs = recordedWithTheSecondFailed(out);
        List<String> before = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(Status.FAILED, CliRun.results(out).get(1).status());

        CliRun run = CliRun.of("normalize", "-o", out, "--resume", "--retry-failed", inputs.get(0), inputs.get(1),
                inputs.get(2));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("reading again 1 inputs recorded as failed"), run.err());
        List<NormalizationResult> after = CliRun.results(out);
        assertEquals(List.of(inputs.get(0).toString(), inputs.get(2).toString(), inputs.get(1).toString()),
                after.stream().map(r -> r.source().path()).toList(), "one record per path, the new one last");
        assertEquals(Status.COMPLETE, after.get(2).status());
        assertEquals(List.of(before.get(0), before.get(2)), Files.readAllLines(out, StandardCharsets.UTF_8).subList(0, 2));
    }

    @Test
    void withoutRetryFailedTheFailedRecordStays() throws IOException {
        Path out = dir.resolve("out.jsonl");
        List<Path> inputs = recordedWithTheSecondFailed(out);
        String before = Files.readString(out);

        CliRun run = CliRun.of("normalize", "--quiet", "-o", out, "--resume", inputs.get(0), inputs.get(1),
                inputs.get(2));

        assertEquals(ExitCodes.SOME_INPUTS_NOT_READ, run.exitCode(), "the failed record still counts: " + run.err());
        assertEquals(before, Files.readString(out));
    }

    @Test
    void csvRowOfAFailedInputIsReplacedToo() throws IOException {
        Path out = dir.resolve("out.csv");
        List<Path> inputs = recordedWithTheSecondFailed(out, "--output-format", "csv");

        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, "--resume", "--retry-failed",
                inputs.get(0), inputs.get(1), inputs.get(2));

        String csv = Files.readString(out, StandardCharsets.UTF_8);
        String row = "\r\n" + inputs.get(1) + ",";
        assertEquals(1, csv.split(row, -1).length - 1, csv);
        assertTrue(csv.substring(csv.indexOf(row)).contains(",complete,"), "its new row: " + csv);
    }

    @Test
    void retryFailedNeedsResume() {
        CliRun run = CliRun.of("normalize", "--retry-failed", "-o", dir.resolve("out.jsonl"), dir);
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--retry-failed"), run.err());
    }
}

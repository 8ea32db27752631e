package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gioreport.cli.CliRun;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names are bytes: every name is recorded faithfully and distinctly, and never reaches stderr raw. */
class FileNamesTest {

    @TempDir
    Path dir;

    /** Copies {@code corpusFile} into {@code folder} under a name given as a shell printf format (for raw bytes). */
    private static void copyAs(String corpusFile, Path folder, String printfName) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf '" + printfName + "')\"", "sh",
                CliRun.corpus().resolve(corpusFile).toString(), folder.toString()).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "cp " + printfName);
    }

    @Test
    void namesThatAreNotUtf8AreRecordedDistinctlyEscapedAndReadAndResumeMatchesThem() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        copyAs("pdf-text/syn01.txt", in, "r-\\377.txt");
        copyAs("pdf-text/syn02.txt", in, "r-\\376.txt");
        copyAs("pdf-text/syn03.txt", in, "back\\\\slash.txt");
        Path out = dir.resolve("out.jsonl");

        List<NormalizationResult> results = CliRun.normalize(out, "--quiet", in.toString());

        assertEquals(List.of(in + "/back\\\\slash.txt", in + "/r-\\xfe.txt", in + "/r-\\xff.txt"),
                results.stream().map(r -> r.source().path()).toList(),
                "each byte that is not UTF-8 as \\xHH, a backslash doubled, in the order of the recorded names");
        results.forEach(r -> assertNotEquals(Status.FAILED, r.status(), r.source().path()));
        assertNotEquals(results.get(1).source().sha256(), results.get(2).source().sha256(), "each file read itself");
        String first = Files.readString(out, StandardCharsets.UTF_8);

        CliRun again = CliRun.of("normalize", "-o", out, "--resume", in);

        assertEquals(first, Files.readString(out, StandardCharsets.UTF_8), "no duplicate appended");
        assertTrue(again.err().contains("3 already in the output, skipped"), again.err());
    }

    @Test
    void chineseNamesInsideFoldersAreRecordedAsTheyAre() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(CliRun.corpus().resolve("pdf-text/syn01.txt"), in.resolve("2020年度报告.txt"));

        List<NormalizationResult> results = CliRun.normalize(dir.resolve("out.jsonl"), "--quiet", in.toString());

        assertEquals(in + "/2020年度报告.txt", results.get(0).source().path());
    }

    @Test
    void aFileNameWithLineBreaksAndEscapesCannotFakeLinesOfTheSummary() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        String hostile = "a\n  status:      complete 999\u001b[2J\u001b]0;owned\u0007.txt";
        Files.copy(CliRun.corpus().resolve("pdf-text/syn01.txt"), in.resolve(hostile));

        CliRun run = CliRun.of("normalize", "-o", dir.resolve("out.jsonl"), in, dir.resolve("gone\u001b[Hx.txt"));

        assertFalse(run.err().chars().anyMatch(c -> c == 0x1b || c == 0x07), run.err());
        assertTrue(run.err().lines().noneMatch(l -> l.contains("complete 999") && !l.contains("/in/a\\u000a")),
                "no line of the summary comes from the name alone: " + run.err());
        assertTrue(run.err().contains("a\\u000a  status:      complete 999\\u001b[2J"), run.err());
        assertTrue(run.err().contains("gone\\u001b[Hx.txt"), run.err());
    }
}

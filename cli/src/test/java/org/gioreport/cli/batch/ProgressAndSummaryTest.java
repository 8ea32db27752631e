package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressAndSummaryTest {

    @TempDir
    Path dir;

    @Test
    void summaryCountsStatusesPluginsEditionsCodesAndNamesTheSlowestFiles() throws IOException {
        CliRun.copyCorpus(dir, "pdf/syn01.pdf", "html/syn02.html", "docx/syn10.docx", "pdf-text/syn01.expected.json");
        BadInputFiles.empty(dir);
        CliRun run = CliRun.of("normalize", "-o", dir.resolve("out.jsonl"), dir);

        String err = run.err();
        assertTrue(err.contains("gioreport: 5 inputs in "), err);
        assertTrue(err.contains("status:      complete 2 · partial 1 · unrecognized 2 · failed 0"), err);
        assertTrue(err.contains("format:      (none) 2 · pdf-text 1 · structured-table 2"), err);
        assertTrue(err.contains("edition:     (none) 2 · 2019 2 · 2021 1"), err);
        assertTrue(err.contains("diagnostics: "), err);
        assertTrue(err.contains("DATE_MISSING 1"), err);
        assertTrue(err.contains("INPUT_EMPTY 1"), err);
        assertTrue(err.contains("slowest:"), err);
        assertEquals(BatchSummary.SLOWEST, err.lines().filter(l -> l.matches("\\s+\\d+\\.\\d\\d s  .*")).count());
        assertEquals(1, run.exitCode(), "some inputs were unrecognized");
    }

    @Test
    void quietPrintsNothingOnStderr() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt");
        CliRun run = CliRun.of("normalize", "--quiet", dir);
        assertEquals("", run.err());
        assertEquals(1, run.results().size());
        assertEquals(0, run.exitCode());
    }

    @Test
    void noProgressBarIsDrawnWhenStderrIsNoTerminal() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        CliRun run = CliRun.of("normalize", dir);
        assertFalse(run.err().contains("\r"), "no carriage returns of a bar: " + run.err());
        assertFalse(run.err().contains("normalize "), run.err());
    }

    @Test
    void progressBarShowsFilesDoneOfTotal() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (Progress progress = Progress.bar(3, new PrintStream(drawn, true, StandardCharsets.UTF_8))) {
            progress.step();
            progress.step();
            progress.step();
        }
        String bar = drawn.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("normalize"), bar);
        assertTrue(bar.contains("3/3 files"), bar);
        assertTrue(bar.contains("files/s"), bar);
    }
}

package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.gioreport.cli.CliRun;
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
        assertTrue(err.contains("plugin:      (none) 2 · pdf-text 1 · structured-table 2"), err);
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
        assertTrue(run.err().contains("gioreport: 2 inputs in "), "the summary is there: " + run.err());
    }

    @Test
    void onATerminalTheBarIsDrawnOnStderrBeforeTheSummaryAndEndsAtAllFilesDone() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt", "cell-dump/syn03.txt");
        CliRun run = CliRun.onTerminal("normalize", dir);
        String err = run.err();
        assertTrue(err.startsWith("\rnormalize"), "the bar is drawn first, from the line start: " + err);
        int lastDraw = err.lastIndexOf('\r');
        String last = err.substring(lastDraw + 1, err.indexOf('\n', lastDraw));
        assertTrue(last.contains("100%") && last.contains("3/3 files"), "the last drawing: " + last);
        assertTrue(last.length() <= WriterBarConsumer.WIDTH, last);
        assertTrue(err.indexOf("gioreport: 3 inputs in ") > lastDraw, "the summary follows the bar: " + err);
        assertEquals(3, run.results().size(), "standard output holds only results");
        assertEquals(0, run.exitCode());
    }

    @Test
    void onATerminalQuietDrawsNoBar() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt");
        CliRun run = CliRun.onTerminal("normalize", "--quiet", dir);
        assertEquals("", run.err());
    }

    @Test
    void progressBarShowsFilesDoneOfTotal() {
        StringWriter drawn = new StringWriter();
        try (Progress progress = Progress.bar(3, new PrintWriter(drawn))) {
            progress.step();
            progress.step();
            progress.step();
        }
        String bar = drawn.toString();
        assertTrue(bar.contains("normalize"), bar);
        assertTrue(bar.contains("3/3 files"), bar);
        assertTrue(bar.contains("files/s"), bar);
    }
}

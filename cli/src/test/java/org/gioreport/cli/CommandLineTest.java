package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void everyCommandExplainsItselfWithAnExample() {
        for (String command : List.of("normalize", "validate", "plugins", "schema")) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Example"), command + ": " + run.out());
        }
        assertTrue(CliRun.of("--version").out().startsWith("gioreport "));
    }

    @Test
    void unknownPluginIsOneLineOnStderrWithExitCode2() {
        CliRun run = CliRun.of("normalize", "--plugin", "nope", "../examples");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("unknown layout plugin 'nope'") && run.err().contains("pdf-text"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownOptionIsOneLineOnStderrWithExitCode2() {
        CliRun run = CliRun.of("normalize", "--no-such-option", "../examples");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void missingFileGetsAFailedRecordAOneLineErrorAndExitCode2(@TempDir Path tmp) throws Exception {
        Path results = tmp.resolve("r.jsonl");
        CliRun run = CliRun.of("normalize", "-o", results.toString(), "no/such/report.pdf",
                "../examples/000_e5a8dc90a2ee1929.txt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no/such/report.pdf"), run.err());
        assertFalse(run.err().contains("at org."), run.err());
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"failed\"") && l.contains("INPUT_NOT_FOUND")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"partial\"")));
    }

    @Test
    void forcedPluginIsUsedInsteadOfTheBestScoringOne(@TempDir Path tmp) throws Exception {
        String cellDump = "../examples/001_6f137c09381843de.txt";
        assertEquals("cell-dump", CliRun.normalize(tmp.resolve("a.jsonl"), cellDump).get(0).format());
        var forced = CliRun.normalize(tmp.resolve("b.jsonl"), "--format", "web-page", cellDump);
        assertEquals("web-page", forced.get(0).format());
        assertEquals(Status.PARTIAL, forced.get(0).status());
    }

    @Test
    void pluginsListsTheBuiltInLayouts() {
        CliRun run = CliRun.of("plugins");
        assertEquals(0, run.exitCode());
        for (String id : List.of("pdf-text", "cell-dump", "web-page", "structured-table", "joined-cells",
                "pipe-rows")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id + " ") && l.contains("built-in")), run.out());
        }
    }

    @Test
    void validateReportsARuleBrokenByHandEditing(@TempDir Path tmp) throws Exception {
        Path results = tmp.resolve("r.jsonl");
        var read = CliRun.normalize(results, "../examples/004_3ad5b18b41354741.txt");
        assertEquals(Status.PARTIAL, read.get(0).status());
        assertEquals(0, CliRun.of("validate", results.toString()).exitCode());
        String edited = Files.readString(results).replace("\"review\":{\"upheld\":0", "\"review\":{\"upheld\":3");
        Files.writeString(results, edited);
        CliRun run = CliRun.of("validate", results.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("CROSSCHECK_GROUP_TOTAL") && run.out().contains("reviewsAndLawsuits.review.total")
                && run.out().contains("add up to 3"), run.out());
    }

    @Test
    void validateGivenAFolderOrBinaryDataIsAUsageErrorNotAnInternalOne(@TempDir Path tmp) throws Exception {
        CliRun folder = CliRun.of("validate", tmp.toString());
        assertEquals(2, folder.exitCode(), folder.err());
        assertTrue(folder.err().contains("is a folder"), folder.err());

        Path binary = java.nio.file.Files.write(tmp.resolve("results.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        CliRun notText = CliRun.of("validate", binary.toString());
        assertEquals(2, notText.exitCode(), notText.err());
        assertTrue(notText.err().contains("not UTF-8 text"), notText.err());
    }

    @Test
    void validateChecksEveryLineWhenOneIsNotUtf8AndCountsThatOneAsNotAResult(@TempDir Path tmp) throws Exception {
        Path results = tmp.resolve("r.jsonl");
        CliRun.normalize(results, "../examples/000_e5a8dc90a2ee1929.txt", "../examples/004_3ad5b18b41354741.txt");
        List<String> records = Files.readAllLines(results);
        byte[] gbk = "{\"organization\":\"某镇人民政府\"}\n".getBytes(Charset.forName("GBK"));
        Files.write(results, (records.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(results, gbk, StandardOpenOption.APPEND);
        Files.write(results, (records.get(1) + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        CliRun run = CliRun.of("validate", results.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("line 2: error NOT_A_RESULT not UTF-8 text"), run.out());
        assertTrue(run.out().contains("2 results checked, 1 problems"), run.out());
    }

    @Test
    void notAReportIsUnrecognizedNotAReportFullOfNulls(@TempDir Path tmp) throws Exception {
        Path notice = tmp.resolve("notice.txt");
        Files.writeString(notice, "关于召开2021年政务公开工作会议的通知\n各单位：定于3月5日召开会议。\n");
        var results = CliRun.normalize(tmp.resolve("r.jsonl"), notice.toString());
        assertEquals(Status.UNRECOGNIZED, results.get(0).status());
        assertEquals(null, results.get(0).report());
        assertFalse(results.get(0).diagnostics().isEmpty());
    }
}

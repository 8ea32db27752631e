package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gioreport.cli.CliRun;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.batch.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static Map<String, Long> pathCounts(Path jsonl) {
        return CliRun.results(jsonl).stream()
                .collect(Collectors.groupingBy(r -> r.source().path(), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> once(List<Path> inputs) {
        return inputs.stream().map(Path::toString)
                .collect(Collectors.toMap(Function.identity(), p -> 1L, (a, b) -> a + b, TreeMap::new));
    }

    @Test
    void resumeSkipsTheInputsAlreadyRecordedAndAppendsTheRest() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        Path full = dir.resolve("full.jsonl");
        CliRun.of("normalize", "--quiet", "-o", full, crawl);
        List<String> reference = lines(full);

        Path out = dir.resolve("out.jsonl");
        Files.write(out, reference.subList(0, 50), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("normalize", "-o", out, "--resume", crawl);

        assertEquals(reference, lines(out), "the first 50 kept, the rest appended in order");
        assertTrue(run.err().contains("resuming: 50 inputs already in"), run.err());
        assertTrue(run.err().contains("50 already in the output, skipped"), run.err());
    }

    @Test
    void resumeRemovesALastLineCutOffMidWriteAndWritesItsInputAgain() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        Path full = dir.resolve("full.jsonl");
        CliRun.of("normalize", "--quiet", "-o", full, crawl);
        List<String> reference = lines(full);

        Path out = dir.resolve("out.jsonl");
        String kept = String.join("\n", reference.subList(0, 30)) + "\n";
        String cut = reference.get(30).substring(0, reference.get(30).length() / 2);
        Files.writeString(out, kept + cut, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("normalize", "--quiet", "-o", out, "--resume", crawl);

        assertEquals(reference, lines(out));
        assertTrue(run.err().contains("was cut off"), run.err());
        assertEquals(once(InputFiles.expand(List.of(crawl))), pathCounts(out));
    }

    @Test
    void resumeReadsAnInputAgainWhenItsContentChanged() throws IOException {
        Path a = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, a);
        Files.writeString(a, Files.readString(a) + "\n（本报告于次日更正）\n");

        CliRun run = CliRun.of("normalize", "-o", out, "--resume", a);

        List<NormalizationResult> results = CliRun.results(out);
        assertEquals(1, results.size(), "one record per input path: the new one replaced the earlier");
        assertEquals(org.gioreport.engine.internal.read.DocumentReader.sha256(Files.readAllBytes(a)),
                results.get(0).source().sha256());
        assertTrue(run.err().contains("1 read again because their content changed"), run.err());
        assertTrue(run.err().contains("1 older records of inputs read again replaced"), run.err());
    }

    @Test
    void changedInputKeepsTheOtherRecordsAndMovesToTheEnd() throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt", "pdf-text/syn03.txt");
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, inputs.get(0), inputs.get(1), inputs.get(2));
        List<String> before = lines(out);
        Files.writeString(inputs.get(1), Files.readString(inputs.get(1)) + "\n（更正）\n");

        CliRun.of("normalize", "--quiet", "-o", out, "--resume", inputs.get(0), inputs.get(1), inputs.get(2));

        List<String> after = lines(out);
        assertEquals(List.of(before.get(0), before.get(2)), after.subList(0, 2), "unchanged records stay as they were");
        assertEquals(inputs.get(1).toString(), CliRun.results(out).get(2).source().path());
        assertEquals(once(inputs), pathCounts(out));
    }

    @Test
    void resumeDropsTheOlderRecordLeftByARunStoppedBeforeItsRewrite() throws IOException {
        Path a = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, a);
        String old = Files.readString(out);
        Files.writeString(a, Files.readString(a) + "\n（更正）\n");
        CliRun.of("normalize", "--quiet", "-o", dir.resolve("new.jsonl"), a);
        Files.writeString(out, old + Files.readString(dir.resolve("new.jsonl"))); // stopped before the rewrite

        CliRun.of("normalize", "--quiet", "-o", out, "--resume", a);

        assertEquals(List.of(lines(dir.resolve("new.jsonl")).get(0)), lines(out), "the later record counts");
    }

    @Test
    void csvWithoutAByteOrderMarkResumesWithOneHeaderAndEveryInputOnce() throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        Path out = dir.resolve("out.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "--no-bom", "-o", out, inputs.get(0));

        CliRun run = CliRun.of("normalize", "--quiet", "--output-format", "csv", "--no-bom", "-o", out, "--resume",
                inputs.get(0), inputs.get(1));

        assertEquals(0, run.exitCode(), run.err());
        List<org.apache.commons.csv.CSVRecord> rows;
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                Files.readString(out, StandardCharsets.UTF_8), org.apache.commons.csv.CSVFormat.RFC4180)) {
            rows = parser.getRecords();
        }
        assertEquals("source.path", rows.get(0).get(0), "no byte order mark");
        assertEquals(3, rows.size(), "one header, each input once");
        assertEquals(inputs.get(0).toString(), rows.get(1).get(0));
        assertEquals(inputs.get(1).toString(), rows.get(2).get(0));
    }

    @Test
    void csvResumeReplacesTheRowOfAChangedInputAndKeepsOneHeader() throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        Path out = dir.resolve("out.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, inputs.get(0), inputs.get(1));
        Files.writeString(inputs.get(0), Files.readString(inputs.get(0)) + "\n（更正）\n");

        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, "--resume", inputs.get(0),
                inputs.get(1));

        String csv = Files.readString(out, StandardCharsets.UTF_8);
        String first = "\r\n" + inputs.get(0) + ",";
        String second = "\r\n" + inputs.get(1) + ",";
        assertEquals(1, csv.split(first, -1).length - 1, "one row of the changed input: " + csv);
        assertEquals(1, csv.split(second, -1).length - 1, csv);
        assertTrue(csv.indexOf(second) < csv.indexOf(first), "the new row last");
        assertEquals(1, csv.split("source.path,", -1).length - 1, "one header");
    }

    @Test
    void resumeSkipsAnInputRecordedWithoutAHashByItsPath() throws IOException {
        Path missing = dir.resolve("gone.pdf");
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, missing);
        assertEquals(1, lines(out).size());

        CliRun.of("normalize", "--quiet", "-o", out, "--resume", missing);

        assertEquals(1, lines(out).size());
    }

    @Test
    void identicalCopiesAtDifferentPathsAreEachRecordedOnce() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 2);
        Path out = dir.resolve("out.jsonl");
        List<Path> inputs = InputFiles.expand(List.of(crawl));
        List<Path> firstCopy = inputs.stream().filter(p -> p.toString().contains("copy1")).toList();
        CliRun.of("normalize", "--quiet", "-o", out, crawl.resolve("copy1"));
        assertEquals(firstCopy.size(), lines(out).size());

        CliRun.of("normalize", "--quiet", "-o", out, "--resume", crawl);

        assertEquals(once(inputs), pathCounts(out));
    }

    @Test
    void resumeNeedsTheOutputFile() {
        CliRun run = CliRun.of("normalize", "--resume", dir);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--resume needs"), run.err());
    }

    @Test
    void resumeRefusesAFileOfAnotherOutputFormat() throws IOException {
        Path a = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, a);
        CliRun run = CliRun.of("normalize", "--output-format", "csv", "-o", out, "--resume", a);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot resume into"), run.err());
    }

    @Test
    void csvResumeKeepsOneHeaderAndRemovesARowCutOff() throws IOException {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 1);
        Path full = dir.resolve("full.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", full, crawl);
        byte[] reference = Files.readAllBytes(full);
        String text = new String(reference, StandardCharsets.UTF_8);
        int rows = 40;
        int end = 0;
        for (int i = 0; i <= rows; i++) {
            end = text.indexOf("\r\n", end) + 2;
        }
        Path out = dir.resolve("out.csv");
        Files.writeString(out, text.substring(0, end + 100), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, "--resume", crawl);

        assertEquals(0, run.exitCode() & ~1, run.err());
        assertTrue(Arrays.equals(reference, Files.readAllBytes(out)), "the same bytes as one uninterrupted run");
    }

    @Test
    void runKilledMidWayAndResumedHoldsEveryInputExactlyOnce() throws Exception {
        Path crawl = CorpusCopies.make(dir.resolve("crawl"), 2);
        List<Path> inputs = InputFiles.expand(List.of(crawl));
        assertTrue(inputs.size() > 300, "a few hundred inputs: " + inputs.size());
        Path out = dir.resolve("out.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.gioreport.cli.Main", "normalize", "--threads", "2", "-o", out.toString(), crawl.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long lines = 0;
            while (child.isAlive() && lines < 40) {
                Thread.sleep(5);
                lines = Files.exists(out) ? Files.readAllBytes(out).length == 0 ? 0 : countLines(out) : 0;
            }
            assertTrue(child.isAlive(), "the run was still going when killed (else this test proves nothing): "
                    + Files.readString(dir.resolve("child.log")));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        long written = countLines(out);
        assertTrue(written < inputs.size(), "killed before the end: " + written + " of " + inputs.size());

        CliRun resumed = CliRun.of("normalize", "--threads", 2, "-o", out, "--resume", crawl);

        assertEquals(once(inputs), pathCounts(out), "every input exactly once");
        assertTrue(!resumed.err().contains("\tat "), resumed.err());
    }

    private static long countLines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}

package org.gioreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.InputFiles;
import org.gioreport.engine.internal.batch.ResumeLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on the generated corpus (two files of every layout folder, a broken PDF, an
 * empty file, a name with a space and Chinese characters, and one folder given as a relative path), against the
 * CLI's batch run ({@link BatchRun} with {@link JsonLinesFormat}, what {@code gioreport normalize} runs) on the
 * same arguments. One Spark session and one job run serve the whole class.
 */
class NormalizeJobTest {

    private static final Path CORPUS = Path.of("../formats/corpus/files");
    private static final String RELATIVE_INPUT = "../formats/corpus/files/damaged";

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static List<String> inputs;
    private static Map<String, String> cliRecords;
    private static NormalizeJob.Summary summary;
    private static Path out;

    @BeforeAll
    static void runOnce() throws IOException {
        Path subset = tmp.resolve("corpus");
        try (Stream<Path> folders = Files.list(CORPUS)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                copyFirstTwo(folder, subset.resolve(folder.getFileName().toString()));
            }
        }
        Files.createDirectories(subset.resolve("broken"));
        Files.write(subset.resolve("broken/fake.pdf"), "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII));
        Files.write(subset.resolve("broken/empty.txt"), new byte[0]);
        Files.createDirectories(subset.resolve("名称 有空格"));
        Files.copy(CORPUS.resolve("web-page/syn03.txt"), subset.resolve("名称 有空格/报告 2021.txt"));
        inputs = List.of(subset.toString(), RELATIVE_INPUT);

        cliRecords = cliRun(inputs);
        spark = SparkSession.builder().master("local[2]").appName("gioreport-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "localhost")
                .getOrCreate();
        out = tmp.resolve("out");
        summary = new NormalizeJob(spark).run(JobOptions.of(out.toString(), inputs).withFilesPerPartition(10));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonRecordsAreTheClisRecordForRecordByteForByte() throws IOException {
        Map<String, String> sparkRecords = byPath(records(out));
        assertTrue(cliRecords.size() > 50, "the corpus subset has " + cliRecords.size() + " inputs");
        assertEquals(cliRecords.keySet(), sparkRecords.keySet());
        cliRecords.forEach((path, line) -> assertEquals(line, sparkRecords.get(path), path));
        assertEquals(cliRecords.size(), summary.found());
        assertEquals(cliRecords.size(), summary.processed());
    }

    @Test
    void aBrokenDocumentCostsOneFailedRecordNotTheStage() throws IOException {
        String fake = ReportJsonLine.status(byPath(records(out)).get(inputs.get(0) + "/broken/fake.pdf"));
        assertEquals("failed", fake);
        assertTrue(summary.processedByStatus().getOrDefault("failed", 0L) >= 1, summary.toString());
        assertTrue(summary.processedByStatus().getOrDefault("complete", 0L) >= 30, summary.toString());
    }

    @Test
    void relativeInputsAndUnusualNamesAreShownAsTheCliShowsThem() throws IOException {
        Map<String, String> sparkRecords = byPath(records(out));
        assertTrue(sparkRecords.containsKey(RELATIVE_INPUT + "/syn01-cut2.txt"), sparkRecords.keySet().toString());
        assertTrue(sparkRecords.containsKey(inputs.get(0) + "/名称 有空格/报告 2021.txt"));
    }

    @Test
    void parquetHoldsEveryStatedValueOfTheRecordsReadBackWithSpark() throws IOException {
        Map<String, BigDecimal> expected = new TreeMap<>();
        Map<String, Integer> expectedYears = new TreeMap<>();
        List<String> expectedDerived = new ArrayList<>();
        for (String line : cliRecords.values()) {
            NormalizationResult r = ReportJson.fromLine(line);
            if (r.report() == null) {
                continue;
            }
            ReportPaths.flatten(r.report()).forEach((field, value) -> {
                if (value instanceof Number n && !field.startsWith("narrative") && field.contains(".")) {
                    String key = r.source().path() + " " + field;
                    expected.put(key, new BigDecimal(n.toString()).stripTrailingZeros());
                    expectedYears.put(key, r.report().reportYear());
                    if (r.derived().contains(field)) {
                        expectedDerived.add(key);
                    }
                }
            });
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        Map<String, Integer> years = new TreeMap<>();
        List<String> derived = new ArrayList<>();
        for (Row row : spark.read().parquet(out.resolve("values").toString())
                .select("path", "field", "value", "report_year", "derived").collectAsList()) {
            String key = row.getString(0) + " " + row.getString(1);
            assertEquals(null, actual.put(key, row.getDecimal(2).stripTrailingZeros()), "twice: " + key);
            years.put(key, row.getInt(3));
            if (row.getBoolean(4)) {
                derived.add(key);
            }
        }
        assertTrue(expected.size() > 5_000, "values: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(expectedYears, years);
        assertEquals(expectedDerived.stream().sorted().toList(), derived.stream().sorted().toList());
    }

    @Test
    void aSecondRunWithOneAddedFileProcessesOnlyThatFile() throws IOException {
        Path dir = tmp.resolve("incremental");
        Files.createDirectories(dir);
        Files.copy(CORPUS.resolve("pdf-text/syn01.txt"), dir.resolve("a.txt"));
        Files.copy(CORPUS.resolve("cell-dump/syn02.txt"), dir.resolve("b.txt"));
        Files.copy(CORPUS.resolve("html/syn03.html"), dir.resolve("c.html"));
        Path incOut = tmp.resolve("incremental-out");
        JobOptions options = JobOptions.of(incOut.toString(), List.of(dir.toString()));

        NormalizeJob.Summary first = new NormalizeJob(spark).run(options);
        assertEquals(3, first.processed());
        Files.copy(CORPUS.resolve("docx/syn04.docx"), dir.resolve("d.docx"));
        NormalizeJob.Summary second = new NormalizeJob(spark).run(options);

        assertEquals(4, second.found());
        assertEquals(3, second.skipped());
        assertEquals(1, second.processed(), second.toString());
        List<String> lines = records(incOut);
        assertEquals(4, lines.size(), "one record per input, none twice");
        assertEquals(4, byPath(lines).size());
        assertEquals(cliRun(List.of(dir.toString())), byPath(lines));
    }

    /** What {@code gioreport normalize INPUT...} writes, by source path. */
    private static Map<String, String> cliRun(List<String> args) throws IOException {
        StringWriter written = new StringWriter();
        try (Gioreport engine = Gioreport.builder().build()) {
            new BatchRun(engine.processor(), new JsonLinesFormat(), ResumeLedger.none(), 2, 128, true, e -> { })
                    .run(InputFiles.walk(args.stream().map(Path::of).toList()), written, o -> { });
        }
        return byPath(written.toString().lines().toList());
    }

    private static List<String> records(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output.resolve("records"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static Map<String, String> byPath(List<String> lines) throws IOException {
        Map<String, String> byPath = new TreeMap<>();
        for (String line : lines) {
            assertEquals(null, byPath.put(ReportJson.fromLine(line).source().path(), line), "twice: " + line);
        }
        return byPath;
    }

    private static void copyFirstTwo(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().endsWith(".expected.json")).sorted()
                    .limit(2).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    /** The status of a record line. */
    private static final class ReportJsonLine {
        static String status(String line) throws IOException {
            return ReportJson.fromLine(line).status().json();
        }
    }
}

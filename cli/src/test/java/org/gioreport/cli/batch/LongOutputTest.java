package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.results.csv.LongFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output-format long}: one row per stated number, read back by Commons CSV with headers, as pandas would. */
class LongOutputTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> rows(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
            assertEquals(LongFormat.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void everyStatedNumberIsOneRowWithItsValueTableAndSourceLine() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn07.txt");
        Path out = dir.resolve("values.csv");
        Path json = dir.resolve("results.jsonl");
        CliRun.of("normalize", "--quiet", "--output-format", "long", "-o", out, dir.resolve("syn01.txt"),
                dir.resolve("syn07.txt"));
        List<NormalizationResult> results = CliRun.normalize(json, dir.resolve("syn01.txt").toString(),
                dir.resolve("syn07.txt").toString());

        List<CSVRecord> rows = rows(out);
        int numbers = 0;
        for (NormalizationResult r : results) {
            Map<String, Object> values = ReportPaths.flatten(r.report());
            for (String path : FieldCatalog.valuePaths()) {
                if (values.get(path) != null && FieldCatalog.field(path).isNumber()) {
                    numbers++;
                }
            }
        }
        assertEquals(numbers, rows.size(), "one row per stated number, nothing else");

        CSVRecord received = find(rows, "syn01.txt", "applications.newlyReceived", "total");
        assertEquals("68", received.get("value"));
        assertEquals("清河县白石镇人民政府", received.get("organization"));
        assertEquals("2019", received.get("report_year"));
        assertEquals("三", received.get("template_table"));
        assertEquals("false", received.get("derived"));
        assertTrue(received.get("provenance").startsWith("line ") && received.get("provenance").contains("68"),
                received.get("provenance"));

        CSVRecord procurement = find(rows, "syn01.txt", "activeDisclosure.procurement", "amount");
        assertEquals("23382664", procurement.get("value"));
        CSVRecord fees = find(rows, "syn07.txt", "activeDisclosure.fees", "amount");
        assertEquals("192.7", fees.get("value"));
        assertEquals("万元", fees.get("unit"));
        assertEquals(0, new BigDecimal("1927000").compareTo(new BigDecimal(fees.get("value_yuan"))));
    }

    @Test
    void aUnitStatedInTheColumnHeadingGivesTheAmountInYuanAndNoUnitGivesNone() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt");
        String text = Files.readString(dir.resolve("syn01.txt"));
        assertTrue(text.contains("采购总金额\t"), "the heading as generated");
        Path headed = Files.writeString(dir.resolve("headed.txt"), text.replace("采购总金额\t", "采购总金额（万元）\t"));
        Path out = dir.resolve("values.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "long", "-o", out, headed, dir.resolve("syn01.txt"));

        List<CSVRecord> rows = rows(out);
        CSVRecord amount = find(rows, "headed.txt", "activeDisclosure.procurement", "amount");
        assertEquals("23382664", amount.get("value"), "the number as stated");
        assertEquals("万元", amount.get("unit"));
        assertEquals("233826640000", amount.get("value_yuan"));
        CSVRecord unstated = find(rows, "syn01.txt", "activeDisclosure.procurement", "amount");
        assertEquals("", unstated.get("unit"));
        assertEquals("", unstated.get("value_yuan"), "no unit stated: no yuan amount guessed");
    }

    @Test
    void anInputWithoutNumbersStillGetsOneRowWithItsStatus() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "会议纪要：今天讨论了食堂的菜单。\n");
        Path out = dir.resolve("values.csv");
        CliRun run = CliRun.of("normalize", "--quiet", "--output-format", "long", "-o", out, notes);

        assertEquals(ExitCodes.SOME_INPUTS_NOT_READ, run.exitCode(), run.err());
        List<CSVRecord> rows = rows(out);
        assertEquals(1, rows.size());
        assertEquals("unrecognized", rows.get(0).get("status"));
        assertEquals("", rows.get(0).get("value"));
    }

    @Test
    void noBomLeavesTheByteOrderMarkOutAndTheDefaultKeepsIt() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt");
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "long", "--no-bom", "-o", plain, dir.resolve("syn01.txt"));
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", excel, dir.resolve("syn01.txt"));

        assertTrue(Files.readString(plain).startsWith("source_path,"));
        assertTrue(Files.readString(excel).startsWith("\uFEFFsource.path,"));
    }

    @Test
    void resumeIsRefusedForTheLongFormat() {
        CliRun run = CliRun.of("normalize", "--output-format", "long", "-o", dir.resolve("v.csv"), "--resume",
                dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--resume"), run.err());
        assertFalse(Files.exists(dir.resolve("v.csv")));
    }

    private static CSVRecord find(List<CSVRecord> rows, String file, String row, String column) {
        List<CSVRecord> found = new ArrayList<>();
        for (CSVRecord r : rows) {
            if (r.get("source_path").endsWith(file) && r.get("row_path").equals(row) && r.get("column_name").equals(column)) {
                found.add(r);
            }
        }
        assertEquals(1, found.size(), file + " " + row + "." + column);
        return found.get(0);
    }
}

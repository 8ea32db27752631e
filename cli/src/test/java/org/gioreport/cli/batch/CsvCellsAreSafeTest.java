package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.gioreport.cli.CliRun;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.results.csv.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export opened in a spreadsheet: text never runs as a formula, control characters never pass raw. */
class CsvCellsAreSafeTest {

    @TempDir
    Path dir;

    private static final CsvFormat CSV = new CsvFormat(false);

    /** One row written by the export, read back by Apache Commons CSV, as column → cell. */
    private static Map<String, String> written(NormalizationResult result) throws IOException {
        try (CSVParser parser = CSVParser.parse(CSV.format(result), CSVFormat.RFC4180)) {
            List<String> cells = parser.getRecords().get(0).toList();
            Map<String, String> byColumn = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                byColumn.put(CSV.columns().get(i), cells.get(i));
            }
            return byColumn;
        }
    }

    private static NormalizationResult report(String path, Map<String, Object> values) {
        return new NormalizationResult(new Source(path, null, "text/plain"), "web-page", Status.PARTIAL,
                ReportPaths.unflatten(values, "2019"), List.of(), null, List.of());
    }

    @Test
    void textCellsThatStartLikeAFormulaGetALeadingApostrophe() throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("organization", "@SUM(A1:A9)");
        values.put("narrative.overview", "=HYPERLINK(\"http://evil.example\",\"详见\")");
        values.put("narrative.problems", "-一是公开意识不强");
        values.put("narrative.otherMatters", "+86 电话咨询");
        values.put("edition", "2019");
        Map<String, String> row = written(report("reports/=cmd|' /C calc'!A0.txt", values));

        assertEquals("'@SUM(A1:A9)", row.get("organization"));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"详见\")", row.get("narrative.overview"));
        assertEquals("'-一是公开意识不强", row.get("narrative.problems"));
        assertEquals("'+86 电话咨询", row.get("narrative.otherMatters"));
        assertEquals("reports/=cmd|' /C calc'!A0.txt", row.get("source.path"), "the formula is not at the start");
        assertEquals("'=a.txt", written(report("=a.txt", Map.of())).get("source.path"));
        assertEquals("'\ttab.txt", written(report("\ttab.txt", Map.of())).get("source.path"));
        assertEquals("''quoted.txt", written(report("'quoted.txt", Map.of())).get("source.path"),
                "an apostrophe of its own is kept, so the rule can be undone");
    }

    @Test
    void negativeNumbersInNumericColumnsStayNumbers() throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("activeDisclosure.licensing.change", -2);
        values.put("activeDisclosure.licensing.previousYear", 7);
        values.put("organization", "-2");
        Map<String, String> row = written(report("a.txt", values));

        assertEquals("-2", row.get("activeDisclosure.licensing.change"));
        assertEquals("7", row.get("activeDisclosure.licensing.previousYear"));
        assertEquals("'-2", row.get("organization"), "the same characters in a text cell are text");
    }

    @Test
    void controlCharactersInTextCellsAreEscapedButLineBreaksStay() throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("narrative.overview", "一、总体情况\r\n本机关\u0000全年\u001b[2J公开\t信息。\u007f\u009b");
        Map<String, String> row = written(report("bad\u001b]0;title\u0007.txt", values));

        assertEquals("一、总体情况\r\n本机关\\u0000全年\\u001b[2J公开\t信息。\\u007f\\u009b", row.get("narrative.overview"));
        assertEquals("bad\\u001b]0;title\\u0007.txt", row.get("source.path"));
        String raw = CSV.format(report("bad\u001b.txt", values));
        assertFalse(raw.chars().anyMatch(c -> c < 0x20 && c != '\r' && c != '\n' && c != '\t'), raw);
    }

    @Test
    void resumeRecognisesInputsWhoseNamesHoldFormulaSignsOrEscapes() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        String report = Files.readString(CliRun.corpus().resolve("pdf-text/syn01.txt"), StandardCharsets.UTF_8);
        for (String name : List.of("=1+1.txt", "-2.txt", "'quoted.txt", "esc\u001b[31m.txt", "plain.txt")) {
            Files.writeString(in.resolve(name), report, StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, in);
        String first = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(first.contains("/esc\\u001b[31m.txt,"), "the ESC escaped in the recorded path");

        CliRun again = CliRun.of("normalize", "--output-format", "csv", "-o", out, "--resume", in);

        assertEquals(first, Files.readString(out, StandardCharsets.UTF_8), "no input read again");
        assertTrue(again.err().contains("5 already in the output, skipped"), again.err());
    }
}

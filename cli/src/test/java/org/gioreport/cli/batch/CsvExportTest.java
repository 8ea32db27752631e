package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gioreport.cli.CliRun;
import org.gioreport.core.model.ReportFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gioreport.results.csv.Csv;
import org.gioreport.results.csv.CsvFormat;

class CsvExportTest {

    @TempDir
    Path dir;

    /**
     * The rows of a CSV file (header first), read by Apache Commons CSV in strict RFC 4180 mode — not by our own
     * parser, so a bug shared by our writer and our reader cannot hide.
     */
    private static List<List<String>> rows(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "the file ends with a whole row");
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    @Test
    void csvHasOneRowPerInputUnderAHeaderOfDottedPaths() throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf/syn01.pdf", "html/syn02.html", "pdf-text/syn09.txt");
        Path out = dir.resolve("out.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", out, dir.resolve("syn01.pdf"),
                dir.resolve("syn02.html"), dir.resolve("syn09.txt"));

        List<List<String>> rows = rows(out);
        assertEquals(1 + inputs.size(), rows.size());
        List<String> header = rows.get(0);
        assertEquals("\uFEFFsource.path", header.get(0), "UTF-8 byte order mark first, for Excel");
        assertEquals(List.of("source.sha256", "format", "status"), header.subList(1, 4));
        assertEquals("diagnostics", header.get(header.size() - 1));
        for (String path : ReportFields.required("2019")) {
            assertTrue(header.contains(path), path);
        }
        for (String path : ReportFields.required("2021")) {
            assertTrue(header.contains(path), path);
        }
        assertEquals(header.size(), new HashSet<>(header).size(), "no column twice");
        rows.forEach(r -> assertEquals(header.size(), r.size()));
    }

    /**
     * The JSON line's report read with a plain Jackson tree (not the project's mapper, not {@code ReportPaths}, which
     * the CSV writer uses): every leaf as dotted path → its text, null for a JSON null (an object that is null, e.g.
     * the other edition's table, is one null leaf at its own path).
     */
    private static Map<String, String> leaves(JsonNode node, String prefix, Map<String, String> out) {
        node.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                leaves(value, path + ".", out);
            } else if (value.isValueNode()) {
                out.put(path, value.isNull() ? null : value.isBigDecimal() ? value.decimalValue().toPlainString()
                        : value.asText());
            } else {
                throw new AssertionError("a report holds no arrays: " + path);
            }
        });
        return out;
    }

    /** The leaf at {@code path}, or {@code ""} when the path or one of its objects is null (the CSV's empty cell). */
    private static String expectedCell(Map<String, String> leaves, String path) {
        for (String at = path; ; at = at.substring(0, at.lastIndexOf('.'))) {
            if (leaves.containsKey(at)) {
                String value = leaves.get(at);
                assertTrue(value == null || at.equals(path), path + " lies under the leaf " + at);
                return value == null ? "" : value;
            }
            if (at.indexOf('.') < 0) {
                throw new AssertionError("the JSON report has no " + path);
            }
        }
    }

    @Test
    void csvCellsHoldTheValuesOfTheJsonReport() throws IOException {
        CliRun.copyCorpus(dir, "docx/syn04.docx", "pdf-text/syn10.txt");
        Path csv = dir.resolve("out.csv");
        Path jsonl = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "-o", csv, dir.resolve("syn04.docx"),
                dir.resolve("syn10.txt"));
        CliRun.of("normalize", "--quiet", "-o", jsonl, dir.resolve("syn04.docx"), dir.resolve("syn10.txt"));

        List<List<String>> rows = rows(csv);
        List<String> header = rows.get(0);
        ObjectMapper plain = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        int compared = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = plain.readTree(lines.get(i));
            List<String> row = rows.get(i + 1);
            assertEquals(line.at("/source/path").asText(), row.get(0));
            assertEquals(line.at("/source/sha256").asText(), row.get(1));
            assertEquals(line.get("format").asText(), row.get(2));
            assertEquals(line.get("status").asText(), row.get(3));
            Map<String, String> leaves = leaves(line.get("report"), "", new LinkedHashMap<>());
            List<String> columns = header.subList(4, header.size() - 1);
            for (int c = 0; c < columns.size(); c++) {
                String cell = expectedCell(leaves, columns.get(c));
                assertEquals(cell, row.get(4 + c), columns.get(c));
                compared += cell.isEmpty() ? 0 : 1;
            }
            // schemaVersion is the contract's version, the same on every line, not a value the report states
            assertEquals("1", leaves.remove("schemaVersion"));
            leaves.forEach((path, value) -> assertTrue(value == null || columns.contains(path),
                    "a value of the JSON without a column: " + path + " = " + value));
        }
        assertTrue(compared > 300, "most fields were compared: " + compared);
    }

    @Test
    void chineseLabelsNameEveryColumnOnceAndInChinese() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt");
        Path out = dir.resolve("out.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "csv", "--labels", "zh", "-o", out,
                dir.resolve("syn01.txt"));

        List<String> header = rows(out).get(0);
        assertEquals("\uFEFF文件", header.get(0));
        assertEquals(new CsvFormat(false).columns().size(), header.size());
        assertEquals(header.size(), new HashSet<>(header).size(), "no two columns with one label");
        for (String label : header.subList(2, header.size())) {
            assertTrue(label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "a Chinese label: " + label);
            assertFalse(label.matches(".*[a-z]{3,}.*"), "no English segment left: " + label);
        }
        assertTrue(header.contains("收到和处理申请/不予公开/属于国家秘密/自然人"), header.toString());
        assertTrue(header.contains("主动公开/政府集中采购/采购总金额"), header.toString());
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndReadBack() {
        List<String> fields = new ArrayList<>(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " edge ", "", "数字"));
        fields.add(null);
        String row = Csv.row(fields);
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge \",,数字,\r\n", row);
        fields.set(fields.size() - 1, "");
        assertEquals(fields, Csv.parse(row.substring(0, row.length() - 2)), "our reader");
        try (CSVParser independent = CSVParser.parse(row, CSVFormat.RFC4180)) {
            assertEquals(List.of(fields), independent.getRecords().stream().map(CSVRecord::toList).toList(),
                    "Apache Commons CSV");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void malformedRowIsNotARecord() {
        assertNull(Csv.parse("\"unclosed,quote"));
        assertNull(Csv.parse("\"closed\"x,then text"));
    }

    @Test
    void labelsWithoutCsvAreAUsageError() {
        CliRun run = CliRun.of("normalize", "--labels", "zh", dir);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--output-format csv"), run.err());
    }
}

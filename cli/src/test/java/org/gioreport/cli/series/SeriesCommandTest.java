package org.gioreport.cli.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gioreport series} on one body's reports 2019–2022 made by the corpus generator ({@code --series}): the
 * 2021 report names the body with its county (安丘市柘山镇人民政府), and its 上年结转 of 商业企业 is 2 more than
 * 2020's 结转下年度继续办理 (the deliberate break, see {@code series/series.json}); everything else carries over.
 */
class SeriesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "series");

    @TempDir
    static Path dir;
    static List<String> lines;

    @BeforeAll
    static void normalizeTheFourYears() throws IOException {
        Path results = dir.resolve("results.jsonl");
        List<String> args = new ArrayList<>();
        for (int year = 2019; year <= 2022; year++) {
            args.add(FIXTURE.resolve("zheshan-" + year + ".txt").toString());
        }
        CliRun.normalize(results, args.toArray(String[]::new));
        lines = Files.readAllLines(results);
        assertEquals(4, lines.size());
    }

    @Test
    void theCarryOverBreakIsReportedWithBothYearsAndTheColumn() throws IOException {
        List<JsonNode> series = series(write("all.jsonl", lines));

        assertEquals(1, series.size(), "one body, the county prefix of 2021 notwithstanding");
        JsonNode s = series.get(0);
        assertEquals("柘山镇人民政府", s.path("body").asText());
        assertEquals("[2019,2020,2021,2022]", s.path("years").toString());
        assertEquals("[\"柘山镇人民政府\",\"安丘市柘山镇人民政府\"]", s.path("names").toString());
        List<String> found = codes(s);
        assertEquals(List.of("CROSSYEAR_CARRY applications.carriedOver.business [2020,2021]",
                "CROSSYEAR_CARRY applications.carriedOver.total [2020,2021]"), found,
                "only the break: every other column carries over, and 2021→2022 in force adds up");
        String message = s.path("diagnostics").get(0).path("message").asText();
        assertTrue(message.contains("of 2020 is 0") && message.contains("of 2021 is 2"), message);
        assertEquals(2, s.path("values").path("applications.carriedOver.business").path("2021").asInt());
        assertEquals(s.path("values").path("applications.newlyReceived.total").path("2021").asInt()
                - s.path("values").path("applications.newlyReceived.total").path("2020").asInt(),
                s.path("changes").path("applications.newlyReceived.total").path("2021").asInt());
    }

    @Test
    void aMissingYearAndASecondReportForAYearAreReported() throws IOException {
        List<String> some = List.of(lines.get(0), lines.get(2), lines.get(3), lines.get(0));
        List<String> found = codes(series(write("gap.jsonl", some)).get(0));

        assertTrue(found.contains("CROSSYEAR_DUPLICATE null [2019]"), found.toString());
        assertTrue(found.contains("CROSSYEAR_YEAR_MISSING null [2020]"), found.toString());
        assertTrue(found.stream().noneMatch(c -> c.startsWith("CROSSYEAR_CARRY")),
                "no carry-over check across a gap: " + found);
    }

    @Test
    void inForceThatDoesNotFollowFromTheYearBeforeAndAnEditionChangeInsideAnEraAreWarnings() throws IOException {
        List<String> edited = List.of(lines.get(0),
                edit(lines.get(1), r -> ((ObjectNode) r.path("report")).put("edition", "2021")),
                lines.get(2),
                edit(lines.get(3), r -> {
                    ObjectNode regs = (ObjectNode) r.path("report").path("activeDisclosure").path("regulations");
                    regs.put("inForce", regs.path("inForce").asInt() + 3);
                }));
        List<String> found = codes(series(write("edited.jsonl", edited)).get(0));

        assertTrue(found.contains("CROSSYEAR_EDITION edition [2019,2020]"), found.toString());
        assertTrue(found.contains("CROSSYEAR_IN_FORCE activeDisclosure.regulations.inForce [2021,2022]"),
                found.toString());
    }

    @Test
    void aShortNameThatTwoBodiesComeDownToIsNotMergedButReportedAndANamesFileDecides() throws IOException {
        List<String> named = List.of(lines.get(0), renamed(lines.get(1), "诸城市柘山镇人民政府"), lines.get(2));
        Path file = write("ambiguous.jsonl", named);
        List<JsonNode> series = series(file);

        assertEquals(3, series.size(), "nothing merged");
        for (JsonNode s : series) {
            assertTrue(codes(s).stream().anyMatch(c -> c.startsWith("SERIES_NAME_AMBIGUOUS")), s.toString());
        }
        Path names = Files.writeString(dir.resolve("names.csv"), "name,body\n柘山镇人民政府,安丘市柘山镇人民政府\n");
        List<JsonNode> decided = series(CliRun.of("series", "--names", names, file));
        assertEquals(2, decided.size());
        assertEquals("[2019,2021]", decided.get(0).path("years").toString(), decided.get(0).toString());
    }

    @Test
    void csvHasARowPerBodyAndFieldWithAColumnPerYearAndTheCodes() throws IOException {
        Path csv = dir.resolve("series.csv");
        CliRun run = CliRun.of("series", "--output-format", "csv", "-o", csv, write("csv.jsonl", lines));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFbody,path,label,2019,2020,2021,2022,diagnostics\r\n"));
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180.builder().setHeader().get())) {
            CSVRecord carried = parser.getRecords().stream()
                    .filter(r -> r.get("path").equals("applications.carriedOver.business")).findFirst().orElseThrow();
            assertEquals("2", carried.get("2021"));
            assertEquals("CROSSYEAR_CARRY 2020-2021", carried.get("diagnostics"));
        }
    }

    @Test
    void aNullLineAndALineThatIsNotUtf8AreLeftOutWithAWarningAndTheRestMakesTheSeries() throws IOException {
        Path file = dir.resolve("damaged.jsonl");
        byte[] latin1 = "{\"source\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, (lines.get(0) + "\nnull\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, latin1, StandardOpenOption.APPEND);
        Files.write(file, (lines.get(2) + "\n" + lines.get(3) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        CliRun run = CliRun.of("series", file);

        List<JsonNode> series = series(run);
        assertTrue(run.err().contains("line 2 is not a result"), run.err());
        assertTrue(run.err().contains("line 4 is not UTF-8 text"), run.err());
        assertEquals(series(write("clean.jsonl", lines)), series, "the four years read as from the clean file");
    }

    private static List<JsonNode> series(Path results) throws IOException {
        return series(CliRun.of("series", results));
    }

    private static List<JsonNode> series(CliRun run) throws IOException {
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> codes(JsonNode series) {
        List<String> codes = new ArrayList<>();
        series.path("diagnostics").forEach(d -> codes.add(d.path("code").asText() + " "
                + (d.path("path").isNull() ? "null" : d.path("path").asText()) + " " + d.path("years")));
        return codes;
    }

    private static Path write(String name, List<String> results) throws IOException {
        return Files.write(dir.resolve(name), results);
    }

    private static String renamed(String line, String organization) throws IOException {
        return edit(line, r -> ((ObjectNode) r.path("report")).put("organization", organization));
    }

    private static String edit(String line, Consumer<JsonNode> change) throws IOException {
        JsonNode tree = JSON.readTree(line);
        change.accept(tree);
        return JSON.writeValueAsString(tree);
    }
}

package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of damage the metamorphic suite ({@link DamagedTextNeverMovesANumberTest}) found moving numbers, each on
 * the fixture it was found on, read through {@code gioreport normalize}: label pieces of PDF text that wraps labels
 * around their numbers joined, swapped or lost; a number cut from its label's end by a line break; full-width digits
 * joined to their label; a table-三 row cut so that it and the next one hold 15 numbers, table 四's count. Each
 * damaged report has no value other than its undamaged truth, and the damaged row is null, not shifted.
 */
class DamagedRowsStayNullTest {

    @ParameterizedTest(name = "{0} {1} at line {2}")
    @CsvSource(delimiter = ';', value = {
        // two label pieces joined on one line: "国家秘密 2.其他法" is the tail of row 1 and the start of row 2
        "formats/corpus/files/wrapped-labels/syn06.txt; JOIN; 57; applications.notDisclosed.stateSecret.total; 21",
        "formats/corpus/files/wrapped-labels/syn02.txt; JOIN; 90; applications.unableToProvide.needsCreation.total; 13",
        // a row's tail below its start: "5.要求行政" then "由大量反复申请" (the row above's) before the numbers
        "formats/corpus/files/wrapped-labels/syn04.txt; SWAP; 95; applications.notProcessed.excessive.total; 3",
        "formats/corpus/files/wrapped-labels/syn04.txt; SWAP; 83; applications.unableToProvide.unclearAfterCorrection.total; 1",
        "formats/corpus/files/wrapped-labels/syn06.txt; SWAP; 60; applications.notDisclosed.prohibitedByLaw.total; 53",
        "formats/corpus/files/wrapped-labels/syn10.txt; SWAP; 75; applications.unableToProvide.unclearAfterCorrection.total; 3",
        // a row's start lost: its tail alone ("律行政法规禁止公开") must not name the row below it
        "formats/corpus/files/wrapped-labels/syn06.txt; DELETE; 61; applications.notDisclosed.prohibitedByLaw.total; 53",
        "formats/corpus/files/wrapped-labels/syn09.txt; SWAP; 61; applications.notDisclosed.thirdPartyRights.total; 5",
    })
    void damagedLabelPiecesNeverGiveARowAnotherRowsNumbers(String fixture, String damage, int line, String path,
                                                           int truth, @TempDir Path tmp) throws Exception {
        List<String> lines = lines(fixture);
        int at = line - 1;
        switch (damage) {
            case "JOIN" -> lines.set(at, lines.get(at) + (lines.get(at).contains("\t") ? "\t" : " ") + lines.remove(at + 1));
            case "SWAP" -> lines.set(at + 1, lines.set(at, lines.get(at + 1)));
            case "DELETE" -> lines.remove(at);
            default -> throw new IllegalArgumentException(damage);
        }
        Object value = readAndScore(fixture, lines, tmp).get(path);
        assertTrue(value == null || value.equals(truth), path + " = " + value + ", truth " + truth);
    }

    @ParameterizedTest(name = "{0} line {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a number cut off its label's end: "行政处罚51" then "4" may be 514, or 51 and a stray 4
        "cli/src/test/resources/mixed-layouts/mixed-2021.txt; 20; 行政处罚51|4; activeDisclosure.penalties.decisions; null",
        "cli/src/test/resources/mixed-layouts/mixed-2021.txt; 24; 行政事业性收费19|2.70; activeDisclosure.fees.amount; null",
        // 总计's last cell cut ("96" then "6"): with the next row's 7 numbers it makes 15, table 四's count, but only
        // the real table 四 row adds up in its three groups
        "formats/corpus/files/pdftotext/syn02.txt; 490; 96|6; reviewsAndLawsuits.review.upheld; 26",
    })
    void aNumberCutByALineBreakIsNullNotMoved(String fixture, int line, String replacement, String path,
                                             String expected, @TempDir Path tmp) throws Exception {
        List<String> lines = lines(fixture);
        lines.remove(line - 1);
        lines.addAll(line - 1, List.of(replacement.split("\\|")));
        Object value = readAndScore(fixture, lines, tmp).get(path);
        assertEquals(expected.equals("null") ? null : Integer.valueOf(expected), value, path);
    }

    @ParameterizedTest(name = "{0} line {1}")
    @CsvSource(delimiter = ';', value = {"formats/corpus/files/joined-cells/syn06.txt; 31"})
    void fullWidthDigitsJoinedToTheirLabelAreReadAsTheDigitsTheyAre(String fixture, int line, @TempDir Path tmp)
            throws Exception {
        List<String> lines = lines(fixture);
        lines.set(line - 1, DamagedTextNeverMovesANumberTest.switchWidth(lines.get(line - 1)));
        Map<String, Object> values = readAndScore(fixture, lines, tmp);
        assertEquals(1706, values.get("applications.newlyReceived.naturalPerson"));
        assertEquals(2358, values.get("applications.newlyReceived.total"));
    }

    private static List<String> lines(String fixture) throws Exception {
        Path input = RepositoryFixtures.find().root().resolve(fixture);
        return new ArrayList<>(Files.readAllLines(input, StandardCharsets.UTF_8));
    }

    /** Reads the damaged text through normalize; asserts no value differs from the fixture's expected ones. */
    private static Map<String, Object> readAndScore(String fixture, List<String> lines, Path tmp) throws Exception {
        Path input = RepositoryFixtures.find().root().resolve(fixture);
        Path damaged = tmp.resolve(input.getFileName());
        Files.write(damaged, lines, StandardCharsets.UTF_8);
        NormalizationResult r = CliRun.normalize(tmp.resolve("r.jsonl"), damaged.toString()).get(0);
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report());
        assertEquals(0, score.wrong + score.invented, score.problems::toString);
        return ReportPaths.flatten(r.report());
    }
}

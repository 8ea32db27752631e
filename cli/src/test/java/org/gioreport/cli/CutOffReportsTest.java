package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports cut off (a stored page that stops inside table 二 or 三, page 1 of a CMS article split over several pages),
 * in every layout and both editions, read end to end: a partial report with exactly what the text states, and one
 * CUT_OFF at the first row the text does not reach instead of a ROW_MISSING for every row after it.
 */
class CutOffReportsTest {

    @ParameterizedTest(name = "{0}: cut at {1}")
    @CsvSource({
        // pdf-text 2019: the text stops inside a row of 三, after 4 of its 7 cells
        "pdf-text/src/test/resources/pdf-text/cut-off/city-bureau-cut-inside-applications-2019.txt,"
                + " applications.notDisclosed.thirdPartyRights",
        // pdf-text 2021: the heading of 三 is the last line
        "pdf-text/src/test/resources/pdf-text/cut-off/county-bureau-cut-after-active-2021.txt, applications.newlyReceived",
        // cell dump 2021: inside the row 本机关不掌握, after 3 cells
        "cell-dump/src/test/resources/cell-dump/cut-off/town-cut-inside-applications-2021.txt,"
                + " applications.unableToProvide.notHeld",
        // cell dump 2019: between two rows of 三
        "cell-dump/src/test/resources/cell-dump/cut-off/township-cut-between-rows-2019.txt, applications.disclosed",
        // web page 2021: page 1 of 3, the first table of 二, then the pager and the site's footer
        "web-page/src/test/resources/web-page/cut-off/street-cms-page-1-of-3-2021.txt, activeDisclosure.licensing",
        // web page 2019: page 1 of 2, title, overview and the head of 二's first table: no number at all
        "web-page/src/test/resources/web-page/cut-off/bureau-cms-page-1-of-2-2019.txt, activeDisclosure.regulations",
        // HTML 2021: the page stops inside a <td> row of 三
        "structured-table/src/test/resources/structured-table/cut-off/bureau-cut-inside-table-2021.html,"
                + " applications.notDisclosed.internalAffairs",
        // HTML 2019: the page stops inside 三's <table>, after its head rows
        "structured-table/src/test/resources/structured-table/cut-off/bureau-cut-inside-table-head-2019.html,"
                + " applications.newlyReceived"})
    void aCutOffReportIsPartialWithWhatItStatesAndOneCutOffWhereItStops(String fixture, String cutRow,
            @TempDir Path tmp) throws Exception {
        Path input = Path.of("..", "formats").resolve(fixture);
        NormalizationResult r = CliRun.normalize(tmp.resolve("r.jsonl"), input.toString()).get(0);

        assertEquals(Status.PARTIAL, r.status(), r.diagnostics()::toString);
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report());
        assertEquals(score.judged, score.correct, score::toString);
        assertEquals(List.of(cutRow), paths(r, "CUT_OFF"));
        List<String> required = ReportFields.required(r.report().edition());
        int cut = firstAtOrBelow(required, cutRow);
        for (String code : List.of("ROW_MISSING", "NOT_FOUND")) {
            for (String path : paths(r, code)) {
                assertTrue(firstAtOrBelow(required, path) < cut, code + " after the cut: " + path);
            }
        }
        for (String code : List.of("NOT_A_REPORT", "TABLES_NOT_FOUND", "NO_FORMAT_FITS")) {
            assertEquals(List.of(), paths(r, code), code);
        }
    }

    private static List<String> paths(NormalizationResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::path).toList();
    }

    private static int firstAtOrBelow(List<String> fields, String path) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).equals(path) || fields.get(i).startsWith(path + ".")) {
                return i;
            }
        }
        return fields.size();
    }
}

package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pipe-delimited rows, and page copies writing one cell per line with a line of {@code |} alone between cells (made
 * by make-pipe-lines.py from the corpus), are read by the built-in pipe-rows plugin end to end, chosen outright: pdf-text, which also
 * sees several numbers to a line there, is not tried first and no choice is ambiguous.
 */
class PipeRowsReportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"county-bureau-leading-pipes-2021", "township-spacer-rows-2019",
        "county-bureau-cell-per-line-2021", "district-bureau-cell-per-line-2019", "city-bureau-pipe-lines-2019",
        "county-bureau-pipe-lines-2021"})
    void pipeRowsAreReadByThePipeRowsPluginToTheirExpectedValues(String stem, @TempDir Path tmp) throws Exception {
        Path input = Path.of("..", "formats", "pipe-rows", "src", "test", "resources", "pipe-rows", stem + ".txt");
        NormalizationResult r = CliRun.normalize(tmp.resolve("r.jsonl"), input.toString()).get(0);
        assertEquals("pipe-rows", r.format());
        assertEquals(Status.COMPLETE, r.status(), r.diagnostics()::toString);
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report());
        assertEquals(score.judged, score.correct, score::toString);
        List<String> codes = r.diagnostics().stream().map(d -> d.code()).toList();
        assertEquals(List.of(), codes.stream().filter(c -> c.equals("AMBIGUOUS_FORMAT") || c.equals("NOT_A_REPORT")).toList());
    }
}

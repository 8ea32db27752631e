package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selection by proof end to end (issue 24, item 1): one real-looking report (the corpus's syn12, a 2021 county bureau)
 * in two layouts. As a page copy of one cell per line with {@code |} lines between cells, pipe-rows fits best and
 * reads it all. As a page whose table 三 is pipe rows amid PDF text, pdf-text fits best — and reads no value of 三 by
 * itself — yet the record keeps 三 from pipe-rows, whose reading the template's arithmetic proves: both records hold
 * the report's values, with nothing wrong.
 */
class SelectionByProofTest {

    private static final Path MIXED = MixedLayoutsTest.MIXED.resolve("mixed-pipe-2021.txt");
    private static final Path PIPE_LINES = Path.of("..", "formats", "pipe-rows", "src", "test", "resources",
            "pipe-rows", "county-bureau-pipe-lines-2021.txt");

    @Test
    void theProvenReadingOfATableWinsThoughAnotherPluginFitsTheDocumentBetter(@TempDir Path tmp) throws Exception {
        ExpectedValues truth = ExpectedValues.load(ExpectedValues.besideInput(MIXED));
        assertEquals(truth.values(), ExpectedValues.load(ExpectedValues.besideInput(PIPE_LINES)).values(),
                "one report in two layouts");
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), MIXED.toString(),
                PIPE_LINES.toString());
        for (NormalizationResult r : results) {
            ExpectedValues.Score score = truth.score(r.report());
            assertEquals(211, score.judged);
            assertEquals(score.judged, score.correct, score::toString);
            assertEquals("pipe-rows", r.format());
        }
        Diagnostic three = readBy(results.get(0)).stream().filter(d -> d.path().equals("applications")).findFirst()
                .orElseThrow();
        assertTrue(three.message().contains("rather than by pdf-text (the best fit), which proves 0"),
                three.message());
        assertEquals(List.of(), readBy(results.get(1)), "pipe-rows is the best fit there and reads every table");

        NormalizationResult bestFitAlone = CliRun.normalize(tmp.resolve("forced.jsonl"), "--plugin", "pdf-text",
                MIXED.toString()).get(0);
        ExpectedValues.Score alone = truth.score(bestFitAlone.report());
        assertEquals(0, alone.wrong + alone.invented, alone::toString);
        assertTrue(alone.correct <= alone.judged - 182, "the best fit alone reads none of table 三: " + alone);
    }

    private static List<Diagnostic> readBy(NormalizationResult r) {
        return r.diagnostics().stream().filter(d -> d.code().equals("TABLE_READ_BY")).toList();
    }
}

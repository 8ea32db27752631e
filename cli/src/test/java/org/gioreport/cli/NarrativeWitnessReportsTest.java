package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's own words as a second witness, end to end through {@code normalize} (issue 24, item 2): corpus reports
 * whose overview restates their numbers (src/test/resources/narrative, made by make-narrative.py, both editions, in
 * five layouts) agree with the table, disagree with it, or speak of a table the text no longer holds. A witness
 * never replaces or fills a value; it takes back only what the reader did not read from its own cell.
 */
class NarrativeWitnessReportsTest {

    static final Path NARRATIVE = Path.of("src", "test", "resources", "narrative");

    private static NormalizationResult read(Path tmp, String stem) throws Exception {
        Path input = NARRATIVE.resolve(stem + ".txt");
        NormalizationResult r = CliRun.normalize(tmp.resolve(stem + ".jsonl"), "--provenance",
                input.toString()).get(0);
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(r.report());
        assertEquals(score.judged, score.correct, score::toString);
        return r;
    }

    private static List<Diagnostic> coded(NormalizationResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    private static Diagnostic agreement(NormalizationResult r) {
        List<Diagnostic> agrees = coded(r, "NARRATIVE_AGREES");
        assertEquals(1, agrees.size(), r.diagnostics()::toString);
        return agrees.get(0);
    }

    @Test
    void statementsThatAgreeWithTheTableAreCountedInOneNoteAndChangeNothing(@TempDir Path tmp) throws Exception {
        for (String stem : List.of("agree-2019", "agree-2021")) {
            NormalizationResult r = read(tmp, stem);
            assertEquals(List.of(), coded(r, "NARRATIVE_MISMATCH"), stem);
            String note = agreement(r).message();
            assertTrue(note.contains("on 7 fields") && note.contains("applications.newlyReceived.total")
                    && note.contains("reviewsAndLawsuits.review.total") && note.contains("normativeDocuments"), note);
        }
    }

    @Test
    void aDisagreementOnAValueReadFromItsCellIsAWarningAndTheTablesValueIsKept(@TempDir Path tmp) throws Exception {
        NormalizationResult r = read(tmp, "disagree-2019");
        List<Diagnostic> mismatches = coded(r, "NARRATIVE_MISMATCH");
        assertEquals(List.of("applications.newlyReceived.total", "reviewsAndLawsuits.review.total"),
                mismatches.stream().map(Diagnostic::path).toList());
        Diagnostic received = mismatches.get(0);
        assertEquals("warning", received.severity().json());
        assertTrue(received.message().contains("收到政府信息公开申请162件") && received.message().contains("(line 14)")
                && received.message().contains("= 159") && received.message().contains("the table's value is kept"),
                received.message());
        assertEquals(159L, ((Number) ReportPaths.flatten(r.report()).get("applications.newlyReceived.total"))
                .longValue());

        NormalizationResult y2021 = read(tmp, "disagree-2021");
        assertEquals(List.of("activeDisclosure.normativeDocuments.issued", "applications.disclosed.total"),
                coded(y2021, "NARRATIVE_MISMATCH").stream().map(Diagnostic::path).toList());
        assertTrue(agreement(y2021).message().contains("on 5 fields"), agreement(y2021).message());
    }

    @Test
    void aStatementOfATableTheTextNoLongerHoldsFillsNothing(@TempDir Path tmp) throws Exception {
        for (String stem : List.of("table-cut-off-2019", "table-cut-off-2021")) {
            NormalizationResult r = read(tmp, stem);
            assertNull(ReportPaths.flatten(r.report()).get("applications.newlyReceived.total"), stem);
            assertEquals(List.of(), coded(r, "NARRATIVE_MISMATCH"), stem);
            String note = agreement(r).message();
            assertTrue(note.contains("on 2 fields") && !note.contains("applications."), note);
        }
    }

    @Test
    void aDisagreementOnARunSplitByArithmeticLeavesThatRunNull(@TempDir Path tmp) throws Exception {
        NormalizationResult y2021 = read(tmp, "split-row-disagrees-2021");
        Diagnostic mismatch = coded(y2021, "NARRATIVE_MISMATCH").get(0);
        assertEquals("applications.disclosed.total", mismatch.path());
        assertTrue(mismatch.message().contains("予以公开78件") && mismatch.message().contains("= 77")
                && mismatch.message().contains("SPLIT_BY_ARITHMETIC at applications.disclosed"), mismatch.message());
        assertNull(ReportPaths.flatten(y2021.report()).get("applications.disclosed.naturalPerson"));

        NormalizationResult y2019 = read(tmp, "split-row-disagrees-2019");
        assertEquals(List.of("reviewsAndLawsuits.review.total"),
                coded(y2019, "NARRATIVE_MISMATCH").stream().map(Diagnostic::path).toList());
        assertTrue(!y2019.provenance().isEmpty() && y2019.provenance().keySet().stream().noneMatch(p -> p.startsWith("reviewsAndLawsuits.")),
                y2019.provenance()::toString);
    }

    @Test
    void theRunsSummaryCountsTheInputsWhoseTextAgreesOrDisagreesWithItsTables(@TempDir Path tmp) {
        CliRun run = CliRun.of("normalize", "-o", tmp.resolve("r.jsonl"), NARRATIVE.resolve("agree-2019.txt"),
                NARRATIVE.resolve("agree-2021.txt"), NARRATIVE.resolve("disagree-2021.txt"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("  narrative:   the text restates numbers that agree with its tables in 3 inputs,"
                + " that disagree in 1 (NARRATIVE_AGREES, NARRATIVE_MISMATCH)"), run.err());
    }
}

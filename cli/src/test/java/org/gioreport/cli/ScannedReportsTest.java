package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.StatusContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image-only PDFs (generated reports printed to page images at 150 and 300 dpi, some turned a little and grainy,
 * JPEG pages; and a mixed PDF whose first page has a text layer: ocr/src/test/resources/scanned, made by
 * make-scanned.sh) read end to end through {@code normalize}
 * by OCR: the tables come from the ruling lines, the digits are judged by the template's arithmetic. Nothing is
 * wrong or invented, every null says why, and at least the floor below of the fields is read.
 */
class ScannedReportsTest {

    static final Path SCANNED = Path.of("..", "ocr", "src", "test", "resources", "scanned");
    /** Measured 1020/1037 (98.4 %) on these five scans (OCR is deterministic; the floor is just below). */
    static final double FLOOR_PERCENT = 97.5;

    @Test
    void scannedReportsAreReadByOcrWithNothingWrongOrInventedAndEveryNullExplained(@TempDir Path tmp)
            throws Exception {
        List<Path> inputs = pdfsIn(SCANNED);
        assertEquals(5, inputs.size(), inputs::toString);
        List<String> args = new ArrayList<>(List.of("--timeout", "900")); // minutes, not seconds: a busy machine
        inputs.forEach(p -> args.add(p.toString()));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), args.toArray(String[]::new));
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (int i = 0; i < inputs.size(); i++) {
            NormalizationResult r = results.get(i);
            assertEquals("structured-table", r.format(), r.source().path());
            StatusContract.assertHolds(r);
            ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(inputs.get(i))).score(r.report());
            // each scan's own figure, so that a shortfall says which scan and which diagnostics
            System.out.printf("%s: %s %s%n", inputs.get(i).getFileName(), score, r.diagnostics().stream()
                    .map(d -> d.code() + " " + d.path()).toList());
            total.add(score);
            assertEveryDerivedValueSaysWhy(r);
        }
        System.out.printf("scanned reports: %s%n", total);
        total.assertNothingWrongOrInvented(5, 1037);
        assertTrue(total.percentCorrect() >= FLOOR_PERCENT, total::toString);
        assertTrue(results.stream().flatMap(r -> r.diagnostics().stream()).map(Diagnostic::code)
                .anyMatch("OCR_CORRECTED_BY_ARITHMETIC"::equals), "the arithmetic proves some readings");
    }

    /** The PDFs of {@code folder}, sorted. */
    static List<Path> pdfsIn(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** A value OCR did not read as it stands is derived with a reason: the arithmetic's proof or a lost cell. */
    static void assertEveryDerivedValueSaysWhy(NormalizationResult r) {
        for (String derived : r.derived()) {
            assertTrue(derived.startsWith("applications.otherHandling.") || r.diagnostics().stream()
                    .anyMatch(d -> d.code().equals("OCR_CORRECTED_BY_ARITHMETIC") && derived.equals(d.path())
                            || d.code().equals("CELLS_MISSING") && derived.startsWith(d.path() + ".")),
                    derived + " is derived without saying why: " + r.diagnostics());
        }
    }
}

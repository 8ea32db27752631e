package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.StatusContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans of reports typeset in the official template's real look (ocr/src/test/resources/scanned/real, made by
 * make-real-styles.sh: Word-style 0.5 pt rules, grey header bands, the vertical 三、本年度办理结果, wrapped label
 * cells, small label type beside larger digits, a serif face, {@code - N -} page numbers, table 三 broken over two
 * pages with and without its header repeated; 150, 200 and 300 dpi, grey JPEG and bitonal, tilted up to 1°,
 * declaring their real resolution, 72 or 96 ppi), read end to end through {@code normalize}. Nothing is wrong or
 * invented, every null says why, and at least the floor below of the fields is read.
 */
class RealTableStylesScansTest {

    static final Path REAL = ScannedReportsTest.SCANNED.resolve("real");
    /** The six scans' fields (both editions). */
    static final int FIELDS = 1239;
    /** Measured 1154/1239 (93.1 %) on these six scans (OCR is deterministic; the floor is just below). */
    static final double FLOOR_PERCENT = 92.0;

    @Test
    void scansInTheTemplatesRealLookAreReadWithNothingWrongOrInventedAndEveryNullExplained(@TempDir Path tmp)
            throws Exception {
        List<Path> inputs = ScannedReportsTest.pdfsIn(REAL);
        assertEquals(6, inputs.size(), inputs::toString);
        List<String> args = new ArrayList<>(List.of("--timeout", "900")); // a busy machine
        inputs.forEach(p -> args.add(p.toString()));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), args.toArray(String[]::new));
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (int i = 0; i < inputs.size(); i++) {
            NormalizationResult r = results.get(i);
            StatusContract.assertHolds(r);
            ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(inputs.get(i))).score(r.report());
            System.out.printf("%s: %s %s%n", inputs.get(i).getFileName(), score, score.problems);
            total.add(score);
            ScannedReportsTest.assertEveryDerivedValueSaysWhy(r);
        }
        System.out.printf("real-style scans: %s%n", total);
        total.assertNothingWrongOrInvented(6, FIELDS);
        assertTrue(total.percentCorrect() >= FLOOR_PERCENT, total::toString);
    }
}

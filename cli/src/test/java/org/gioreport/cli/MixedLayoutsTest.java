package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawler's dump whose tables come in two layouts (二 and 三 as digits joined to their labels, 四 space-separated;
 * src/test/resources/mixed-layouts, made by make-mixed.py), one per edition. {@code pdf-text} fits it best but reads
 * table 三 not at all; {@code joined-cells} proves every value of 二's readable items and of 三 by the template's
 * arithmetic. Selection by proof keeps each table from the reading that proves it, and names who read which.
 * The page copies whose table 三 is pipe rows while 二 and 四 are PDF text (mixed-pipe-*) are read the same way, whichever
 * of the two plugins fits best: in the 2019 one pipe-rows fits best and pdf-text proves 二 and 四, in the 2021 one
 * pdf-text fits best and pipe-rows proves 三.
 */
class MixedLayoutsTest {

    static final Path MIXED = Path.of("src", "test", "resources", "mixed-layouts");

    @Test
    void eachTableIsKeptFromTheReadingThatProvesItThoughAnotherPluginFitsBetter(@TempDir Path tmp) throws Exception {
        for (NormalizationResult r : readAllCorrect(tmp, "mixed-2019.txt", "mixed-2021.txt")) {
            assertEquals("joined-cells", r.format(), "named after the reader of table 三");
            List<Diagnostic> readBy = readBy(r);
            assertEquals(List.of("activeDisclosure", "applications", "reviewsAndLawsuits"),
                    readBy.stream().map(Diagnostic::path).toList(), "every table not read by the record's format");
            assertTrue(readBy.get(1).message().contains("rather than by pdf-text (the best fit), which proves 0"),
                    readBy.get(1).message());
            assertTrue(readBy.get(2).message().contains("read by plugin pdf-text, the best fit, which proves 15"),
                    readBy.get(2).message());
        }
    }

    @Test
    void aTableOfPipeRowsAmongPdfTextIsKeptFromPipeRowsAndTheOthersFromPdfText(@TempDir Path tmp) throws Exception {
        List<NormalizationResult> results = readAllCorrect(tmp, "mixed-pipe-2019.txt", "mixed-pipe-2021.txt");

        NormalizationResult y2019 = results.get(0);
        assertEquals("pipe-rows", y2019.format(), "named after the reader of table 三");
        List<Diagnostic> readBy = readBy(y2019);
        assertEquals(List.of("activeDisclosure", "reviewsAndLawsuits"), readBy.stream().map(Diagnostic::path).toList());
        assertTrue(readBy.stream().allMatch(d -> d.message().contains("read by plugin pdf-text")
                && d.message().contains("rather than by pipe-rows (the best fit), which proves 0")), readBy::toString);

        NormalizationResult y2021 = results.get(1);
        assertEquals("pipe-rows", y2021.format());
        readBy = readBy(y2021);
        assertEquals(List.of("activeDisclosure", "applications", "reviewsAndLawsuits"),
                readBy.stream().map(Diagnostic::path).toList());
        assertTrue(readBy.get(1).message().contains("read by plugin pipe-rows, which proves 182")
                && readBy.get(1).message().contains("rather than by pdf-text (the best fit), which proves 0"),
                readBy.get(1).message());
        assertTrue(readBy.get(0).message().contains("read by plugin pdf-text, the best fit")
                && readBy.get(2).message().contains("read by plugin pdf-text, the best fit"), readBy::toString);
    }

    /** The results of one 2019 and one 2021 fixture read through {@code normalize}, every value as expected. */
    private static List<NormalizationResult> readAllCorrect(Path tmp, String... files) throws Exception {
        List<Path> inputs = Arrays.stream(files).map(MIXED::resolve).toList();
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"),
                inputs.stream().map(Path::toString).toArray(String[]::new));
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (int i = 0; i < inputs.size(); i++) {
            total.add(ExpectedValues.load(ExpectedValues.besideInput(inputs.get(i))).score(results.get(i).report()));
        }
        total.assertAllCorrect(2, 413);
        return results;
    }

    private static List<Diagnostic> readBy(NormalizationResult r) {
        return r.diagnostics().stream().filter(d -> d.code().equals("TABLE_READ_BY")).toList();
    }
}

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
 * A crawler's dump whose tables come in two layouts (二 and 三 as digits joined to their labels, 四 space-separated;
 * src/test/resources/mixed-layouts, made by make-mixed.py), one per edition. {@code pdf-text} fits it best but reads
 * table 三 not at all; {@code joined-cells} proves every value of 二's readable items and of 三 by the template's
 * arithmetic. Selection by proof keeps each table from the reading that proves it, and names who read which.
 */
class MixedLayoutsTest {

    static final Path MIXED = Path.of("src", "test", "resources", "mixed-layouts");

    @Test
    void eachTableIsKeptFromTheReadingThatProvesItThoughAnotherPluginFitsBetter(@TempDir Path tmp) throws Exception {
        List<Path> inputs = List.of(MIXED.resolve("mixed-2019.txt"), MIXED.resolve("mixed-2021.txt"));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"),
                inputs.stream().map(Path::toString).toArray(String[]::new));
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (int i = 0; i < inputs.size(); i++) {
            NormalizationResult r = results.get(i);
            assertEquals("joined-cells", r.format(), "named after the reader of table 三");
            List<Diagnostic> readBy = r.diagnostics().stream().filter(d -> d.code().equals("TABLE_READ_BY")).toList();
            assertEquals(List.of("activeDisclosure", "applications"), readBy.stream().map(Diagnostic::path).toList());
            assertTrue(readBy.get(1).message().contains("rather than by pdf-text (the best fit), which proves 0"),
                    readBy.get(1).message());
            total.add(ExpectedValues.load(ExpectedValues.besideInput(inputs.get(i))).score(r.report()));
        }
        total.assertAllCorrect(2, 413);
    }
}

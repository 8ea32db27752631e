package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans commonly declare 72 or 96 ppi whatever they were scanned at. The committed scans (150 and 300 dpi, declared
 * right) are made to declare 72 and 96 ppi here — their pages enlarged to match, their images untouched, as such
 * scanners and converters write them — and must read as well as the originals: the OCR judges a page's real size
 * from its paper's proportions, not from what it declares.
 */
class ScansDeclaringAnyResolutionTest {

    /** The page and its drawing enlarged so that its image covers the page at {@code ppi}. */
    static Path declaring(Path scan, int realDpi, int ppi, Path out) throws IOException {
        float k = (float) realDpi / ppi;
        try (PDDocument pdf = Loader.loadPDF(scan.toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                page.setMediaBox(new PDRectangle(box.getWidth() * k, box.getHeight() * k));
                page.setCropBox(null);
                try (PDPageContentStream scaled = new PDPageContentStream(pdf, page,
                        PDPageContentStream.AppendMode.PREPEND, false)) {
                    scaled.transform(Matrix.getScaleInstance(k, k));
                }
            }
            pdf.save(out.toFile());
        }
        return out;
    }

    @Test
    void scansDeclaring72Or96PpiReadAsWellAsTheSameScansDeclaredRight(@TempDir Path tmp) throws Exception {
        Path scanned = ScannedReportsTest.SCANNED;
        List<Path> originals = List.of(scanned.resolve("syn01-150.pdf"), scanned.resolve("syn11-300.pdf"));
        Path at72 = declaring(originals.get(0), 150, 72, tmp.resolve("syn01-150-declared-72.pdf"));
        Path at96 = declaring(originals.get(1), 300, 96, tmp.resolve("syn11-300-declared-96.pdf"));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), "--timeout", "900",
                originals.get(0).toString(), originals.get(1).toString(), at72.toString(), at96.toString());
        for (int i = 0; i < 2; i++) {
            ExpectedValues expected = ExpectedValues.load(ExpectedValues.besideInput(originals.get(i)));
            ExpectedValues.Score right = expected.score(results.get(i).report());
            ExpectedValues.Score declared = expected.score(results.get(i + 2).report());
            System.out.printf("%s: declared right %s; declared %d ppi %s%n", originals.get(i).getFileName(), right,
                    i == 0 ? 72 : 96, declared);
            assertEquals("structured-table", results.get(i + 2).format(), results.get(i + 2).diagnostics()::toString);
            declared.assertNothingWrongOrInvented(1, right.judged);
            assertTrue(declared.correct >= right.correct - 2, () -> "declared wrong: " + declared
                    + "; declared right: " + right);
        }
    }
}

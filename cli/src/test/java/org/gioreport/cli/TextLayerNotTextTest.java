package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Severity;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.core.testing.StatusContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs typeset with fonts embedded without a Unicode map (ocr/src/test/resources/textlayer, made by
 * TextLayerFixtures from the corpus's PDFs: the same pages, their text layer glyph codes or private-use
 * characters). Under {@code --ocr auto} their pages are read by OCR with {@code TEXT_LAYER_UNUSABLE} saying why,
 * nothing wrong or invented; under {@code --ocr never} nothing is read from the glyph codes. PDFs with a good text
 * layer are not sent to OCR.
 */
class TextLayerNotTextTest {

    static final Path TEXT_LAYER = Path.of("..", "ocr", "src", "test", "resources", "textlayer");
    /** Measured 412/413 (99.8 %) on these two PDFs (OCR is deterministic; the floor is just below). */
    static final double FLOOR_PERCENT = 98.5;

    private static List<Path> inputs() throws Exception {
        try (Stream<Path> files = Files.list(TEXT_LAYER)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static List<Diagnostic> textLayerNotes(NormalizationResult r) {
        return r.diagnostics().stream().filter(d -> d.code().equals("TEXT_LAYER_UNUSABLE")).toList();
    }

    @Test
    void pagesWhoseTextLayerIsNoTextAreReadByOcrWithNothingWrongAndADiagnosticSayingWhy(@TempDir Path tmp)
            throws Exception {
        List<Path> inputs = inputs();
        assertEquals(2, inputs.size(), inputs::toString);
        List<String> args = new ArrayList<>(List.of("--timeout", "900")); // a busy machine: no timing here
        inputs.forEach(p -> args.add(p.toString()));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), args.toArray(String[]::new));
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (int i = 0; i < inputs.size(); i++) {
            NormalizationResult r = results.get(i);
            StatusContract.assertHolds(r);
            List<Diagnostic> notes = textLayerNotes(r);
            assertEquals(1, notes.size(), r.diagnostics()::toString);
            assertEquals(Severity.INFO, notes.get(0).severity());
            assertTrue(notes.get(0).message().contains("page 1:") && notes.get(0).message().contains("page 3:")
                    && notes.get(0).message().contains("read by OCR"), notes.get(0)::message);
            ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(inputs.get(i))).score(r.report());
            System.out.printf("%s: %s %s%n", inputs.get(i).getFileName(), score, r.diagnostics().stream()
                    .map(d -> d.code() + " " + d.path()).toList());
            total.add(score);
        }
        System.out.printf("text layers that are no text, read by OCR: %s%n", total);
        total.assertNothingWrongOrInvented(2, total.judged);
        assertTrue(total.percentCorrect() >= FLOOR_PERCENT, total::toString);
    }

    @Test
    void underOcrNeverAPdfWhoseTextLayerIsNoTextFailsSayingWhyAndNoValueIsReadFromGlyphCodes(@TempDir Path tmp)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("--ocr", "never"));
        inputs().forEach(p -> args.add(p.toString()));
        for (NormalizationResult r : CliRun.normalize(tmp.resolve("r.jsonl"), args.toArray(String[]::new))) {
            assertEquals(Status.FAILED, r.status(), r.diagnostics()::toString);
            assertNull(r.report());
            List<Diagnostic> notes = textLayerNotes(r);
            assertEquals(1, notes.size(), r.diagnostics()::toString);
            assertTrue(notes.get(0).message().contains("--ocr auto"), notes.get(0)::message);
        }
    }

    @Test
    void pdfsWithAGoodTextLayerAreNotSentToOcrAndReadAsBefore(@TempDir Path tmp) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CliRun.corpus().resolve("pdf"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(12, pdfs.size());
        List<String> args = new ArrayList<>();
        pdfs.forEach(p -> args.add(p.toString()));
        List<NormalizationResult> results = CliRun.normalize(tmp.resolve("r.jsonl"), args.toArray(String[]::new));
        for (NormalizationResult r : results) {
            assertTrue(r.diagnostics().stream().noneMatch(d -> d.code().startsWith("TEXT_LAYER")
                    || d.code().startsWith("OCR_")), r.diagnostics()::toString);
        }
    }
}

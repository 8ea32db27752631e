package org.gioreport.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.engine.Gioreport;
import org.junit.jupiter.api.Test;

/**
 * A service that depends on gioreport-engine alone gets no OCR (Tesseract's natives and models are most of the
 * engine's weight): a scanned PDF says how to add the module, while every other document reads as before.
 */
class OcrIsOptionalTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theOcrModuleIsNotOnAServicesClassPathUnlessItAsksForIt() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.gioreport.ocr.ScannedPdf"));
    }

    @Test
    void aScannedPdfIsFailedWithOcrUnavailableNamingTheModuleToAdd() throws Exception {
        try (Gioreport engine = Gioreport.builder().build()) {
            NormalizationResult scan = engine.normalize(ROOT.resolve("ocr/src/test/resources/scanned/syn11-300.pdf"));
            NormalizationResult text = engine.normalize(ROOT.resolve("formats/corpus/files/pdf/syn11.pdf"));

            assertEquals(Status.FAILED, scan.status());
            assertEquals("OCR_UNAVAILABLE", scan.diagnostics().get(0).code());
            assertTrue(scan.diagnostics().get(0).message().contains("org.gioreport:gioreport-ocr"),
                    scan.diagnostics().toString());
            assertEquals(Status.COMPLETE, text.status(), text.diagnostics().toString());
        }
    }
}

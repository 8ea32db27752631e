package org.gioreport.engine.internal.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The number of pages of a PDF file, 0 for a file that is no PDF or that PDFBox cannot open (its worker says why).
 * Only a regular file is opened: a named pipe or a device would block the parent, which must never wait on an input
 * (reading it is the worker's job).
 */
final class PdfPageCount {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F'};

    private PdfPageCount() {
    }

    static int of(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

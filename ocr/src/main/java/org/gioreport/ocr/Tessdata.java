package org.gioreport.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Tesseract models shipped in this jar (tessdata_fast {@code chi_sim} and {@code eng}, see the NOTICE beside
 * them), copied once per JVM into a temporary folder: Tesseract reads its models from a folder, not from the class
 * path. A system Tesseract is not needed.
 */
final class Tessdata {

    static final String CHINESE = "chi_sim";
    static final String DIGITS = "eng";

    private static volatile Path folder;

    private Tessdata() {
    }

    /** The folder holding the models, made on the first call. */
    static Path folder() {
        Path known = folder;
        if (known == null) {
            synchronized (Tessdata.class) {
                known = folder;
                if (known == null) {
                    known = copyModels();
                    folder = known;
                }
            }
        }
        return known;
    }

    private static Path copyModels() {
        try {
            Path dir = Files.createTempDirectory("gioreport-tessdata");
            dir.toFile().deleteOnExit();
            for (String language : new String[] {CHINESE, DIGITS}) {
                String name = language + ".traineddata";
                try (InputStream in = Tessdata.class.getResourceAsStream("tessdata/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the OCR model " + name + " is missing from the class path");
                    }
                    Path target = dir.resolve(name);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    target.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("the OCR models cannot be unpacked: " + e.getMessage(), e);
        }
    }
}

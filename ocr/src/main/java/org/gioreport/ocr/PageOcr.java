package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.boxCreate;
import static org.bytedeco.leptonica.global.leptonica.boxDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixCopy;
import static org.bytedeco.leptonica.global.leptonica.L_BRING_IN_WHITE;
import static org.bytedeco.leptonica.global.leptonica.L_ROTATE_AREA_MAP;
import static org.bytedeco.leptonica.global.leptonica.pixFindSkew;
import static org.bytedeco.leptonica.global.leptonica.pixRotate;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixGetHeight;
import static org.bytedeco.leptonica.global.leptonica.pixGetWidth;
import static org.bytedeco.leptonica.global.leptonica.pixSetInRect;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bytedeco.leptonica.BOX;
import org.bytedeco.leptonica.PIX;

/**
 * Reads one scanned page: deskews it (Leptonica), finds its ruled tables ({@link GridFinder}), reads every cell
 * with the Chinese model and each cell that reads as a number again with the digits-only model, then reads the
 * running text around the tables with the tables blanked out (whole-page OCR over a table gives bars and letters).
 */
final class PageOcr {

    /** A cell is a value cell when the Chinese model reads only digits, signs, separators and spaces in it. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9０-９.,，．+\\-－ ]*[0-9０-９][0-9０-９.,，．+\\-－ ]*");
    /** Below this mean confidence (0–100) a digits reading is not trusted by itself. */
    static final int MIN_CONFIDENCE = 80;
    private static final int BLACK_BELOW = 160;
    private static final float MIN_SKEW_DEGREES = 0.05f;
    private static final float MIN_SKEW_CONFIDENCE = 2.0f;

    private PageOcr() {
    }

    static PageReading read(int page, BufferedImage image, int dpi, CellReader reader) throws InterruptedException {
        long start = System.nanoTime();
        PIX gray = straightened(PageImage.toPix(image));
        PIX binary = pixConvertTo1(gray, BLACK_BELOW);
        try {
            List<GridTable> grids = GridFinder.tables(binary, dpi);
            reader.page(gray, dpi);
            List<PageReading.PageTable> tables = new ArrayList<>();
            for (GridTable grid : grids) {
                List<List<PageReading.CellText>> rows = new ArrayList<>();
                for (List<GridCell> row : grid.rows()) {
                    List<PageReading.CellText> cells = new ArrayList<>();
                    for (GridCell cell : row) {
                        if (Thread.interrupted()) {
                            throw new InterruptedException("OCR abandoned");
                        }
                        OcrCell read = cell(page, cell.box().inset(Math.max(2, dpi / 75)), reader);
                        cells.add(new PageReading.CellText(cell, read.text(), read));
                    }
                    rows.add(cells);
                }
                tables.add(new PageReading.PageTable(grid.box(), rows));
            }
            PIX blanked = pixCopy(null, gray);
            try {
                for (GridTable grid : grids) {
                    BOX box = boxCreate(grid.box().x(), grid.box().y(), grid.box().w(), grid.box().h());
                    pixSetInRect(blanked, box);
                    boxDestroy(box);
                }
                reader.page(blanked, dpi);
                List<TextLine> lines = reader.lines(pixGetWidth(blanked), pixGetHeight(blanked));
                return new PageReading(page, tables, lines, true, (System.nanoTime() - start) / 1_000_000);
            } finally {
                pixDestroy(blanked);
            }
        } finally {
            pixDestroy(binary);
            pixDestroy(gray);
        }
    }

    /**
     * The page turned straight when Leptonica finds it skewed (a scan a little askew): ruling lines must run
     * along the pixel rows for the morphology to find them.
     */
    private static PIX straightened(PIX gray) {
        PIX binary = pixConvertTo1(gray, BLACK_BELOW);
        float[] angle = new float[1];
        float[] confidence = new float[1];
        int failed = pixFindSkew(binary, angle, confidence);
        pixDestroy(binary);
        if (failed != 0 || Math.abs(angle[0]) < MIN_SKEW_DEGREES || confidence[0] < MIN_SKEW_CONFIDENCE) {
            return gray;
        }
        PIX rotated = pixRotate(gray, (float) Math.toRadians(angle[0]), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
        pixDestroy(gray);
        return rotated;
    }

    private static OcrCell cell(int page, Box box, CellReader reader) {
        OcrText chinese = reader.text(box);
        boolean numberLike = NUMBER_LIKE.matcher(chinese.text()).matches();
        if (!numberLike && !shortNonDigits(chinese.text())) {
            return new OcrCell(null, page, box, chinese.text(), chinese.confidence(), List.of(chinese.text()), false,
                    false);
        }
        OcrText digits = reader.digits(box);
        String b = plain(digits.text());
        if (!numberLike) {
            // the Chinese model takes a lone digit for a character (4 as 二): a value only when the digits model is sure
            if (b.isEmpty() || digits.confidence() < MIN_CONFIDENCE || !b.matches("[0-9]+")) {
                return new OcrCell(null, page, box, chinese.text(), chinese.confidence(), List.of(chinese.text()),
                        false, false);
            }
            return new OcrCell(null, page, box, b, digits.confidence(), List.of(b), true, true);
        }
        String a = plain(chinese.text());
        boolean agree = a.equals(b);
        // two models that agree are the strongest evidence; Tesseract's mean confidence of a short line varies
        int confidence = agree ? Math.max(digits.confidence(), chinese.confidence())
                : Math.min(digits.confidence(), chinese.confidence());
        boolean uncertain = !agree || confidence < MIN_CONFIDENCE || b.isEmpty();
        java.util.LinkedHashSet<String> readings = new java.util.LinkedHashSet<>();
        for (String r : new String[] {b, a, uncertain ? plain(reader.englishDigits(box).text()) : ""}) {
            if (!r.isEmpty()) {
                readings.add(r);
            }
        }
        return new OcrCell(null, page, box, b.isEmpty() ? a : b, confidence, List.copyOf(readings), true, uncertain);
    }

    /** One or two characters, none a digit: a lone digit the Chinese model may have taken for a character. */
    private static boolean shortNonDigits(String text) {
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= 2 && text.chars().noneMatch(Character::isDigit);
    }

    /** A number as read, without spaces and thousands separators, in ASCII. */
    static String plain(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－') {
                out.append('-');
            } else if (c != ' ' && c != ',' && c != '，') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

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
import static org.bytedeco.leptonica.global.leptonica.pixSetMasked;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    /**
     * A value cell is certain when the two models read the same number, one of them at least this sure of its least
     * certain character (0–100), the other at least {@link #MIN_CONFIDENCE}.
     */
    static final int SURE = 90;
    static final int MIN_CONFIDENCE = 50;
    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";
    private static final int BLACK_BELOW = 160;
    private static final float MIN_SKEW_DEGREES = 0.05f;
    private static final float MIN_SKEW_CONFIDENCE = 2.0f;

    private PageOcr() {
    }

    static PageReading read(int page, BufferedImage image, int dpi, CellReader reader) throws InterruptedException {
        long start = System.nanoTime();
        PIX gray = straightened(PageImage.toPix(image));
        PIX binary = GridFinder.binarized(gray, dpi);
        PIX rules = GridFinder.rules(binary, dpi);
        try {
            List<GridTable> grids = GridFinder.tables(rules, dpi);
            // cells are read with the rules whitened out: a rule's remnant at a cell's edge reads as a 1 (0 as 10)
            PIX unruled = pixCopy(null, gray);
            pixSetMasked(unruled, rules, 255);
            reader.page(unruled, dpi);
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
                tables.add(new PageReading.PageTable(grid.box(), ValueColumns.garbledAsBlank(ValueColumns.brokenGridAsBlank(rows))));
            }
            pixDestroy(unruled);
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
            pixDestroy(rules);
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
        OcrText first;
        boolean lone = false;
        if (NUMBER_LIKE.matcher(chinese.text()).matches()) {
            first = chinese;
        } else if (loneCharacter(chinese.text()) || strayMarks(chinese.text()) && reader.glyphs(box) <= 2) {
            lone = true;
            // the Chinese model takes a lone digit for a character (4 as 二): asked again for digits only
            first = reader.digits(box);
        } else {
            String label = LabelSnap.snap(chinese.text());
            return new OcrCell(null, page, box, label, chinese.confidence(), List.of(chinese.text()), false, false);
        }
        String a = plain(first.text());
        OcrText english = reader.englishDigits(box);
        String b = plain(english.text());
        if (!a.matches(NUMBER) && !b.matches(NUMBER)) {
            return new OcrCell(null, page, box, chinese.text(), chinese.confidence(), List.of(chinese.text()), false,
                    false);
        }
        String asFirstRead = a;
        if (!a.equals(b) && b.matches(NUMBER)) {
            // the Chinese model asked again, digits only, at the eng model's size: small print read too small
            OcrText again = reader.digitsLikeEnglish(box);
            if (plain(again.text()).equals(b)) {
                first = again;
                a = b;
            }
        }
        // the eng model drops a minus sign the Chinese model reads surely (-9 as 9)
        boolean agree = a.equals(b) || a.equals("-" + b) && first.confidence() >= SURE;
        int confidence = agree ? Math.max(first.confidence(), english.confidence())
                : Math.min(first.confidence(), english.confidence());
        // a lone digit asked again of the Chinese model: its confidence in a digit it first took for a character is
        // low by nature, so the eng model's sureness decides
        int least = lone ? english.confidence() : Math.min(first.confidence(), english.confidence());
        boolean uncertain = !agree || confidence < SURE || least < MIN_CONFIDENCE;
        String text = a.matches(NUMBER) ? a : b;
        // both models surely reading 1 for a serif 11: the cell shows more glyphs than the number has digits
        uncertain = uncertain || reader.glyphs(box) > text.chars().filter(Character::isDigit).count();
        LinkedHashSet<String> readings = new LinkedHashSet<>();
        for (String r : new String[] {asFirstRead, a, b}) {
            if (r.matches(NUMBER)) {
                readings.add(r);
            }
        }
        return new OcrCell(null, page, box, text, confidence, List.copyOf(readings), true, uncertain);
    }

    /**
     * A short reading of at most three characters with at most one Chinese character (上/ for a 2, ]1 for 11): the
     * Chinese model's guess at one or two digits, which the digits-only readings then judge. A label has two Chinese
     * characters at least; the caller also requires the cell to hold no more than two glyphs.
     */
    private static boolean strayMarks(String text) {
        return text.codePointCount(0, text.length()) <= 3
                && text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() <= 1;
    }

    /**
     * Nothing, or one character that is not a digit: a lone digit the Chinese model did not see or took for a
     * character (1 as 工 or |, 4 as 二).
     */
    private static boolean loneCharacter(String text) {
        return text.isEmpty() || text.codePointCount(0, text.length()) == 1 && !Character.isDigit(text.codePointAt(0));
    }

    /**
     * A number as read, without thousands separators, in ASCII. A space between digits stays: it means several
     * numbers in one cell (a lost rule merged two cells), which is no number at all.
     */
    static String plain(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.strip().replaceAll("(?<=[-+]) +", "").toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－') {
                out.append('-');
            } else if (c != ',' && c != '，') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

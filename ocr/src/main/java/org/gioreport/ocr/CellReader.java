package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.boxCreate;
import static org.bytedeco.leptonica.global.leptonica.boxDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixAddBorder;
import static org.bytedeco.leptonica.global.leptonica.pixClipRectangle;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixScale;
import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.leptonica.global.leptonica.boxaDestroy;
import static org.bytedeco.leptonica.global.leptonica.boxaGetBoxGeometry;
import static org.bytedeco.leptonica.global.leptonica.boxaGetCount;
import static org.bytedeco.leptonica.global.leptonica.pixConnComp;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_WORD;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.BOX;
import org.bytedeco.leptonica.BOXA;
import org.bytedeco.leptonica.PIXA;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One thread's Tesseract: the {@code chi_sim} model for labels, running text and a first reading of value cells;
 * the {@code eng} model limited to {@code 0-9.-+} as an independent second reading of each value cell (two models
 * that agree are the evidence a digit is right); and {@code chi_sim} limited to the same characters, for a lone
 * digit the Chinese model takes for a character (4 read as 二). Tesseract's engines are not thread-safe: each
 * worker owns one reader.
 */
final class CellReader implements AutoCloseable {

    static final String DIGIT_WHITELIST = "0123456789.-+";
    /** Grey below which a pixel is ink when glyphs are counted (darker than the light rule threshold: no grain). */
    private static final int GLYPH_BELOW = 160;
    /** A blob at least 1/20 inch high (a digit of small print is about 1/10) is a glyph; a lower one is grain. */
    private static final int GLYPH_HEIGHT_PER_INCH = 20;

    private final TessBaseAPI chinese = engine(Tessdata.CHINESE);
    private final TessBaseAPI digits = engine(Tessdata.CHINESE);
    private final TessBaseAPI english = engine(Tessdata.DIGITS);

    CellReader() {
        digits.SetVariable("tessedit_char_whitelist", DIGIT_WHITELIST);
        english.SetVariable("tessedit_char_whitelist", DIGIT_WHITELIST);
    }

    private static TessBaseAPI engine(String language) {
        TessBaseAPI api = new TessBaseAPI();
        api.SetVariable("debug_file", "/dev/null");
        if (api.Init(Tessdata.folder().toString(), language) != 0) {
            api.close();
            throw new IllegalStateException("Tesseract cannot load the " + language + " model");
        }
        return api;
    }

    /**
     * Below this resolution the {@code eng} model reads a cell scaled up twice: its digits are too small for it at
     * 150 dpi (a lone 7 goes unread), while the Chinese model reads best at the scan's own resolution.
     */
    private static final int SMALL_DPI = 250;
    private PIX page;
    private int dpi;

    /** The page the next calls read from; the caller keeps it alive until they are done. */
    void page(PIX page, int dpi) {
        this.page = page;
        this.dpi = dpi;
        chinese.SetImage(page);
        chinese.SetSourceResolution(dpi);
    }

    /** A label cell (or any text cell) as Chinese text. */
    OcrText text(Box box) {
        return read(chinese, box, PSM_SINGLE_BLOCK);
    }

    /** A value cell as digits only, by the Chinese model. */
    OcrText digits(Box box) {
        OcrText read = read(digits, box, PSM_SINGLE_WORD); // as a block, a lone 1 is often not found at all
        // either model overlooks a lone digit at one size and reads it surely at twice or three times it
        for (int scale = 1; read.text().isEmpty() && scale <= 3; scale++) {
            read = loneGlyph(digits, box, scale);
        }
        return read;
    }

    /**
     * A value cell as digits only, by the Chinese model at the size the {@code eng} model reads it: small print at a
     * low resolution (a thin serif 3 at 150 dpi read as 1) is read again larger when the two models disagree.
     */
    OcrText digitsLikeEnglish(Box box) {
        return read(digits, box, PSM_SINGLE_WORD, dpi < SMALL_DPI ? 2 : 1);
    }

    /** A value cell as digits only, by the {@code eng} model: the second, independent reading. */
    OcrText englishDigits(Box box) {
        int scale = dpi < SMALL_DPI ? 2 : 1;
        OcrText read = read(english, box, PSM_SINGLE_BLOCK, scale);
        for (int s = scale; read.text().isEmpty() && s <= 3; s++) {
            read = loneGlyph(english, box, s);
        }
        return read;
    }

    /**
     * A cell neither word nor block segmentation finds anything in, read again as one character, but only when
     * the cell holds exactly one glyph: Tesseract's layout analysis often overlooks a lone narrow digit (a 1 or a 7)
     * that it reads surely as a character, while a cell of several digits read as one character would lose digits.
     */
    private OcrText loneGlyph(TessBaseAPI api, Box box, int scale) {
        return glyphs(box) == 1 ? read(api, box, PSM_SINGLE_CHAR, scale) : OcrText.NOTHING;
    }

    /**
     * How many glyph-sized dark blobs (8-connected components at least {@link #GLYPH_HEIGHT_PER_INCH} high, specks
     * of grain left out) the cell holds.
     */
    int glyphs(Box box) {
        BOX area = boxCreate(box.x(), box.y(), box.w(), box.h());
        PIX cut = pixClipRectangle(page, area, (BOX) null);
        boxDestroy(area);
        if (cut == null) {
            return 0;
        }
        PIX binary = pixConvertTo1(cut, GLYPH_BELOW);
        pixDestroy(cut);
        if (binary == null) {
            return 0;
        }
        BOXA blobs = pixConnComp(binary, (PIXA) null, 8);
        pixDestroy(binary);
        if (blobs == null) {
            return 0;
        }
        int count = 0;
        int[] x = new int[1];
        int[] y = new int[1];
        int[] w = new int[1];
        int[] h = new int[1];
        int min = dpi / GLYPH_HEIGHT_PER_INCH;
        for (int i = 0; i < boxaGetCount(blobs); i++) {
            boxaGetBoxGeometry(blobs, i, x, y, w, h);
            if (h[0] >= min) {
                count++;
            }
        }
        boxaDestroy(blobs);
        return count;
    }

    /**
     * Reads one cell cut out of the page with a white margin around it: Tesseract misses text that touches the edge
     * of the area it is given (a label printed flush against its cell's rule).
     */
    private OcrText read(TessBaseAPI api, Box box, int mode) {
        return read(api, box, mode, 1);
    }

    /** Like {@link #read(TessBaseAPI, Box, int)} with the cell scaled up {@code scale} times first. */
    private OcrText read(TessBaseAPI api, Box box, int mode, int scale) {
        BOX area = boxCreate(box.x(), box.y(), box.w(), box.h());
        PIX cut = pixClipRectangle(page, area, (BOX) null);
        boxDestroy(area);
        if (cut == null) {
            return OcrText.NOTHING;
        }
        if (scale > 1) {
            PIX scaled = pixScale(cut, scale, scale);
            pixDestroy(cut);
            cut = scaled;
        }
        PIX framed = pixAddBorder(cut, Math.max(4, scale * dpi / 15), 255);
        pixDestroy(cut);
        try {
            api.SetImage(framed);
            api.SetSourceResolution(scale * dpi);
            OcrText read = readWhole(api, mode);
            // the block layout analysis now and then finds no text in a cell that plainly holds some
            return read.text().isEmpty() ? readWhole(api, PSM_SINGLE_WORD) : read;
        } finally {
            api.Clear();
            pixDestroy(framed);
        }
    }

    private static OcrText readWhole(TessBaseAPI api, int mode) {
        api.SetPageSegMode(mode);
        BytePointer text = api.GetUTF8Text();
        try {
            String s = text == null ? "" : text.getString(StandardCharsets.UTF_8);
            return new OcrText(OcrText.tidy(s), leastSymbolConfidence(api));
        } finally {
            if (text != null) {
                text.deallocate();
            }
        }
    }

    /**
     * The confidence of the least certain character read: one doubtful digit makes the number doubtful (the mean
     * over a cell of one or two characters says little).
     */
    private static int leastSymbolConfidence(TessBaseAPI api) {
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return 0;
        }
        float least = 100;
        boolean any = false;
        try {
            do {
                float c = it.Confidence(RIL_SYMBOL);
                if (c >= 0) {
                    least = Math.min(least, c);
                    any = true;
                }
            } while (it.Next(RIL_SYMBOL));
        } finally {
            it.deallocate();
        }
        return any ? Math.round(least) : 0;
    }

    /** The text lines of the whole page (tables already blanked by the caller), top to bottom, with their boxes. */
    List<TextLine> lines(int width, int height) {
        chinese.SetImage(page);
        chinese.SetSourceResolution(dpi);
        chinese.SetPageSegMode(PSM_AUTO);
        chinese.SetRectangle(0, 0, width, height);
        List<TextLine> lines = new ArrayList<>();
        if (chinese.Recognize(null) != 0) {
            return lines;
        }
        ResultIterator it = chinese.GetIterator();
        if (it == null) {
            return lines;
        }
        try {
            int[] x1 = new int[1];
            int[] y1 = new int[1];
            int[] x2 = new int[1];
            int[] y2 = new int[1];
            do {
                BytePointer text = it.GetUTF8Text(RIL_TEXTLINE);
                if (text == null) {
                    continue;
                }
                String s = OcrText.tidy(text.getString(StandardCharsets.UTF_8));
                text.deallocate();
                if (!s.isEmpty() && it.BoundingBox(RIL_TEXTLINE, x1, y1, x2, y2)) {
                    lines.add(new TextLine(new Box(x1[0], y1[0], x2[0] - x1[0], y2[0] - y1[0]), s,
                            Math.round(it.Confidence(RIL_TEXTLINE))));
                }
            } while (it.Next(RIL_TEXTLINE));
        } finally {
            it.deallocate();
        }
        return lines;
    }

    @Override
    public void close() {
        chinese.End();
        chinese.close();
        digits.End();
        digits.close();
        english.End();
        english.close();
    }
}

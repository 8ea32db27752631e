package org.gioreport.ocr;

import java.util.List;

/**
 * How many pixels of a scanned page make a real inch. A scan's declared resolution is not to be trusted: scanners
 * and converters commonly declare 72 or 96 ppi whatever they scanned at, so a 300 dpi A4 scan arrives as a 26-inch
 * page. Every threshold of the OCR (rule length, cell inset, glyph size, when digits are scaled up) is sized in real
 * inches, so the page's real size is judged from the page itself: a declared size that is a paper size is believed;
 * one that is no paper size but has a paper's proportions (√2 for A4, 11:8.5 for Letter) is that paper, its pixels
 * spread over its real inches; any other is believed as declared.
 *
 * @param renderDpi the resolution (per declared inch) to render the page at, so that it shows {@code dpi} pixels
 *                  per real inch
 * @param dpi       pixels per real inch of the rendered image
 */
record PageScale(float renderDpi, int dpi) {

    /** A paper's short and long side, in inches. */
    private record Paper(float shortSide, float longSide) {

        float aspect() {
            return longSide / shortSide;
        }
    }

    /**
     * The sizes reports are printed on, most common first: a proportion shared by several is taken as the first.
     * A4, A3, A5, Letter, Legal, B5 and 16K.
     */
    private static final List<Paper> PAPERS = List.of(new Paper(8.27f, 11.69f), new Paper(11.69f, 16.54f),
            new Paper(5.83f, 8.27f), new Paper(8.5f, 11f), new Paper(8.5f, 14f), new Paper(6.93f, 9.84f),
            new Paper(7.68f, 10.63f));
    /** How far a declared size or proportion may be from a paper's and still be it (cropping, rounding). */
    private static final float TOLERANCE = 0.015f;

    /**
     * The scale of a page of {@code widthInches} × {@code heightInches} as declared whose widest image is
     * {@code imagePixels} across, its real resolution kept within {@code minDpi}–{@code maxDpi}.
     */
    static PageScale of(float widthInches, float heightInches, int imagePixels, int minDpi, int maxDpi) {
        if (widthInches <= 0 || heightInches <= 0) {
            return new PageScale(maxDpi, maxDpi);
        }
        float realWidth = widthInches * realToDeclared(widthInches, heightInches);
        int dpi = imagePixels == 0 ? maxDpi : Math.round(imagePixels / realWidth);
        dpi = Math.max(minDpi, Math.min(maxDpi, dpi));
        return new PageScale(dpi * realWidth / widthInches, dpi);
    }

    /** Real inches per declared inch: 1 for a paper size or an unknown proportion. */
    static float realToDeclared(float width, float height) {
        float shortSide = Math.min(width, height);
        float longSide = Math.max(width, height);
        for (Paper paper : PAPERS) {
            if (near(shortSide, paper.shortSide()) && near(longSide, paper.longSide())) {
                return 1f;
            }
        }
        for (Paper paper : PAPERS) {
            if (near(longSide / shortSide, paper.aspect())) {
                return paper.longSide() / longSide;
            }
        }
        return 1f;
    }

    private static boolean near(float value, float target) {
        return Math.abs(value - target) <= TOLERANCE * target;
    }
}

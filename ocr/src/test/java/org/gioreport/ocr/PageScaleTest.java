package org.gioreport.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageScaleTest {

    private static final float A4_WIDTH = 8.27f;
    private static final float A4_HEIGHT = 11.69f;

    @Test
    void aPageDeclaringItsPaperSizeIsBelieved() {
        assertEquals(new PageScale(300, 300), PageScale.of(A4_WIDTH, A4_HEIGHT, 2481, 150, 300));
        assertEquals(new PageScale(150, 150), PageScale.of(A4_HEIGHT, A4_WIDTH, 1754, 150, 300), "A4 landscape");
        assertEquals(new PageScale(200, 200), PageScale.of(8.5f, 11f, 1700, 150, 300), "Letter");
    }

    @Test
    void aScanDeclaring96Or72PpiIsReadAtItsRealResolution() {
        // a 300 dpi A4 scan (2481 × 3507 px) declared 96 ppi arrives as a 25.8 × 36.5 inch page
        PageScale scale = PageScale.of(2481 / 96f, 3507 / 96f, 2481, 150, 300);
        assertEquals(300, scale.dpi());
        assertEquals(96f, scale.renderDpi(), 0.5f, "rendered at its own pixels, not scaled up");
        // a 150 dpi A4 scan declared 72 ppi
        scale = PageScale.of(1240 / 72f, 1754 / 72f, 1240, 150, 300);
        assertEquals(150, scale.dpi());
        assertEquals(72f, scale.renderDpi(), 0.5f);
        // a 200 dpi Letter scan declared 72 ppi
        assertEquals(200, PageScale.of(1700 / 72f, 2200 / 72f, 1700, 150, 300).dpi());
    }

    @Test
    void aPageOfNoPapersProportionIsBelievedAsDeclared() {
        // a cropped scan, 6 × 5 inches declared, at 180 dpi
        assertEquals(new PageScale(180, 180), PageScale.of(6f, 5f, 1080, 150, 300));
    }

    @Test
    void theRealResolutionStaysWithinTheBounds() {
        PageScale scale = PageScale.of(4960 / 96f, 7016 / 96f, 4960, 150, 300); // a 600 dpi scan declared 96
        assertEquals(300, scale.dpi());
        assertEquals(48f, scale.renderDpi(), 0.5f, "rendered at half its pixels");
    }
}

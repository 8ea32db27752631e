package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.bytedeco.leptonica.PIX;

/** The ruled tables of a born-digital page (no deskew: the page is straight), from a coarse rendering. */
final class TextPageGrid {

    private TextPageGrid() {
    }

    static List<GridTable> tables(BufferedImage image, int dpi) {
        PIX gray = PageImage.toPix(image);
        PIX binary = pixConvertTo1(gray, GridFinder.RULE_BELOW);
        PIX rules = GridFinder.rules(binary, dpi);
        try {
            return GridFinder.tables(rules, dpi);
        } finally {
            pixDestroy(rules);
            pixDestroy(binary);
            pixDestroy(gray);
        }
    }
}

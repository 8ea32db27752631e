package org.gioreport.ocr;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gioreport.ocr.ScannedPdf.PageTooLarge;

/**
 * Decides from a page's numbers alone, before anything is rendered or decoded, whether rendering it fits in memory:
 * the page's size at the rendering resolution, and the width × height each image it draws declares. One 20000×20000
 * scan, or an A4 JPEG on a 14,400 pt page (rendered at 150 dpi: 30000×30000 pixels), took a whole worker's heap.
 */
final class PagePixels {

    /**
     * The most pixels a page may be rendered to: an A2 sheet at 300 dpi (4961×7016) still renders, as one grey byte a
     * pixel that is 36 MB, and the OCR's own copies of it stay within a 512 MB worker with two pages read at once.
     */
    static final long MAX_RENDERED_PIXELS = 36_000_000;

    /**
     * The most pixels one image a page draws may declare: an A3 sheet scanned at 600 dpi (7016×9921, 70 Mpx) no
     * longer passes; an A4 sheet at 600 dpi (35 Mpx) does. PDFBox decodes an image whole, at 3 to 4 bytes a pixel
     * in colour, whatever size it is drawn at: 64 Mpx is about 250 MB.
     */
    static final long MAX_IMAGE_PIXELS = 64_000_000;

    /** Forms inside forms are followed this deep for their images; PDFBox itself stops drawing at 50. */
    private static final int MAX_DEPTH = 50;

    private PagePixels() {
    }

    /**
     * Throws {@link PageTooLarge} when page {@code number} (1-based) would take too many pixels rendered at
     * {@code dpi} per declared inch (a scan declaring 96 ppi is rendered at its own pixels: {@link PageScale}).
     */
    static void check(PDPage page, int number, float dpi) throws PageTooLarge {
        PDRectangle box = page.getCropBox();
        double scale = dpi / 72.0;
        long width = Math.max(1, (long) Math.floor(box.getWidth() * scale));
        long height = Math.max(1, (long) Math.floor(box.getHeight() * scale));
        if (width * height > MAX_RENDERED_PIXELS) {
            throw new PageTooLarge("page " + number + " (" + Math.round(box.getWidth()) + "×" + Math.round(box.getHeight())
                    + " pt) would render to " + width + "×" + height + " pixels at " + Math.round(dpi) + " dpi, more than the "
                    + MAX_RENDERED_PIXELS / 1_000_000 + " million pixels a page may take; not read");
        }
        Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        checkImages(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), number, seen, 0);
    }

    private static void checkImages(COSDictionary resources, int page, Set<COSStream> seen, int depth)
            throws PageTooLarge {
        COSDictionary xobjects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null || depth > MAX_DEPTH) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            COSBase value = xobjects.getDictionaryObject(name);
            if (!(value instanceof COSStream xobject) || !seen.add(xobject)) {
                continue;
            }
            COSName subtype = xobject.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(subtype)) {
                long width = Math.max(0, xobject.getInt(COSName.WIDTH, 0));
                long height = Math.max(0, xobject.getInt(COSName.HEIGHT, 0));
                if (width * height > MAX_IMAGE_PIXELS) {
                    throw new PageTooLarge("page " + page + " draws an image of " + width + "×" + height
                            + " pixels, more than the " + MAX_IMAGE_PIXELS / 1_000_000
                            + " million pixels an image may have; not read");
                }
            } else if (COSName.FORM.equals(subtype)) {
                checkImages(xobject.getCOSDictionary(COSName.RESOURCES), page, seen, depth + 1);
            }
        }
    }
}

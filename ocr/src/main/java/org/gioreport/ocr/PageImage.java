package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.pixReadMem;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import org.bytedeco.leptonica.PIX;

/** A greyscale page image handed to Leptonica as a PGM in memory (no file, no codec in between). */
final class PageImage {

    private PageImage() {
    }

    static PIX toPix(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pgm = new byte[header.length + w * h];
        System.arraycopy(header, 0, pgm, 0, header.length);
        int stride = gray.getRaster().getSampleModel() instanceof ComponentSampleModel m
                ? m.getScanlineStride() : w;
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, y * stride, pgm, header.length + y * w, w);
        }
        PIX pix = pixReadMem(pgm, pgm.length);
        if (pix == null) {
            throw new IllegalStateException("Leptonica could not take the page image");
        }
        return pix;
    }
}

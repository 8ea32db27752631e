package org.gioreport.ocr;

/** A rectangle on a page image, in pixels: left, top, width, height. */
public record Box(int x, int y, int w, int h) {

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    /** The box shrunk by {@code d} pixels on every side (at least 1 pixel wide and high). */
    Box inset(int d) {
        int dx = Math.min(d, (w - 1) / 2);
        int dy = Math.min(d, (h - 1) / 2);
        return new Box(x + dx, y + dy, w - 2 * dx, h - 2 * dy);
    }

    @Override
    public String toString() {
        return x + "," + y + " " + w + "x" + h;
    }
}

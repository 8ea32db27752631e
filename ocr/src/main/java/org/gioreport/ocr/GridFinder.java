package org.gioreport.ocr;

import static org.bytedeco.leptonica.global.leptonica.L_TOPHAT_BLACK;
import static org.bytedeco.leptonica.global.leptonica.boxCreate;
import static org.bytedeco.leptonica.global.leptonica.boxDestroy;
import static org.bytedeco.leptonica.global.leptonica.boxaDestroy;
import static org.bytedeco.leptonica.global.leptonica.boxaGetBoxGeometry;
import static org.bytedeco.leptonica.global.leptonica.boxaGetCount;
import static org.bytedeco.leptonica.global.leptonica.pixClipRectangle;
import static org.bytedeco.leptonica.global.leptonica.pixConnCompBB;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo1;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixDilateBrick;
import static org.bytedeco.leptonica.global.leptonica.pixInvert;
import static org.bytedeco.leptonica.global.leptonica.pixOpenBrick;
import static org.bytedeco.leptonica.global.leptonica.pixOr;
import static org.bytedeco.leptonica.global.leptonica.pixTophat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.leptonica.BOX;
import org.bytedeco.leptonica.BOXA;
import org.bytedeco.leptonica.PIX;

/**
 * Finds the ruled tables of a binarized page with Leptonica's morphology: an opening with a long horizontal brick
 * keeps the horizontal rules, a tall one the vertical rules (text strokes are shorter than either); each
 * connected set of rules large enough is a table, and each white region the rules enclose is a cell. Merged cells
 * come out as one region, so row and column spans follow from the grid lines the cells' edges fall on.
 */
final class GridFinder {

    private GridFinder() {
    }

    /** The grey level below which a pixel may belong to a rule: light, for faint rules of a scan or a JPEG. */
    static final int RULE_BELOW = 210;

    /**
     * The page binarized for its rules: a pixel is ink when it is {@code 255 - RULE_BELOW} darker than its
     * surroundings (Leptonica's black top-hat over a brick wider than any rule), not darker than a fixed grey. On
     * white paper that is the same as {@code RULE_BELOW}; on a header band shaded grey (Word's 15 % grey is 217,
     * a JPEG's grain takes it below 210) the band itself is not ink, while its rules and text are.
     *
     * @param gray an 8 bpp page (the caller destroys the result)
     */
    static PIX binarized(PIX gray, int dpi) {
        int brick = Math.max(5, dpi / 25) | 1; // odd, as Leptonica's structuring elements must be
        PIX darker = pixTophat(gray, brick, brick, L_TOPHAT_BLACK);
        PIX inverted = pixInvert(null, darker);
        pixDestroy(darker);
        PIX binary = pixConvertTo1(inverted, RULE_BELOW);
        pixDestroy(inverted);
        return binary;
    }

    /**
     * The ruling lines of a page: a 1 bpp mask (the caller destroys it), a little thickened so that a rule broken
     * by the scan stays one line.
     *
     * @param binary a 1 bpp page (black = 1), deskewed, {@link #binarized}
     * @param dpi    its resolution, which sets the brick sizes
     */
    static PIX rules(PIX binary, int dpi) {
        int hBrick = Math.max(20, dpi / 3);      // a third of an inch: longer than any character's stroke
        int vBrick = Math.max(12, dpi / 7);      // shorter than the lowest table row (about a quarter inch)
        PIX horizontal = pixOpenBrick(null, binary, hBrick, 1);
        PIX vertical = pixOpenBrick(null, binary, 1, vBrick);
        PIX rules = pixOr(null, horizontal, vertical);
        PIX closed = pixDilateBrick(null, rules, 3, 3); // closes the breaks a scan leaves in a rule
        pixDestroy(horizontal);
        pixDestroy(vertical);
        pixDestroy(rules);
        return closed;
    }

    /** The tables the rules enclose, top to bottom. */
    static List<GridTable> tables(PIX rules, int dpi) {
        List<GridTable> tables = new ArrayList<>();
        int minTableWidth = dpi * 2;
        for (Box outline : boxes(rules, 8)) {
            if (outline.w() >= minTableWidth && outline.h() >= dpi / 5) {
                GridTable table = cells(rules, outline, dpi);
                if (table != null) {
                    tables.add(table);
                }
            }
        }
        tables.sort(Comparator.comparingInt((GridTable t) -> t.box().y()));
        return tables;
    }

    private static GridTable cells(PIX rules, Box outline, int dpi) {
        BOX clip = boxCreate(outline.x(), outline.y(), outline.w(), outline.h());
        PIX inside = pixClipRectangle(rules, clip, (BOX) null);
        boxDestroy(clip);
        PIX holes = pixInvert(null, inside);
        pixDestroy(inside);
        List<Box> regions;
        try {
            regions = boxes(holes, 4);
        } finally {
            pixDestroy(holes);
        }
        int minSide = Math.max(6, dpi / 25);
        List<Box> cells = new ArrayList<>();
        for (Box r : regions) {
            boolean touchesEdge = r.x() == 0 || r.y() == 0 || r.right() >= outline.w() || r.bottom() >= outline.h();
            if (!touchesEdge && r.w() >= minSide && r.h() >= minSide) {
                cells.add(new Box(r.x() + outline.x(), r.y() + outline.y(), r.w(), r.h()));
            }
        }
        if (cells.size() < 2) {
            return null;
        }
        int tolerance = Math.max(4, dpi / 30);
        List<Integer> rowStarts = starts(cells.stream().map(Box::y).toList(), tolerance);
        List<Integer> colStarts = starts(cells.stream().map(Box::x).toList(), tolerance);
        List<Integer> rowEdges = new ArrayList<>(rowStarts);
        rowEdges.add(outline.bottom()); // the table's outer rules close the last row and column
        List<Integer> colEdges = new ArrayList<>(colStarts);
        colEdges.add(outline.right());
        List<List<GridCell>> rows = new ArrayList<>();
        for (int i = 0; i < rowStarts.size(); i++) {
            rows.add(new ArrayList<>());
        }
        for (Box c : cells) {
            int row = index(rowStarts, c.y(), tolerance);
            int col = index(colStarts, c.x(), tolerance);
            int rowSpan = Math.max(1, index(rowEdges, c.bottom(), tolerance) - row);
            int colSpan = Math.max(1, index(colEdges, c.right(), tolerance) - col);
            rows.get(row).add(new GridCell(c, row, col, rowSpan, colSpan));
        }
        for (List<GridCell> row : rows) {
            row.sort(Comparator.comparingInt(GridCell::column));
        }
        rows.removeIf(List::isEmpty);
        return new GridTable(outline, rows);
    }

    /** The distinct positions among {@code values}: values closer than {@code tolerance} are one position. */
    private static List<Integer> starts(List<Integer> values, int tolerance) {
        List<Integer> sorted = values.stream().sorted().toList();
        List<Integer> starts = new ArrayList<>();
        for (int v : sorted) {
            if (starts.isEmpty() || v - starts.get(starts.size() - 1) > tolerance) {
                starts.add(v);
            }
        }
        return starts;
    }

    /** How many positions lie before {@code v} (give or take the tolerance): the grid index {@code v} falls on. */
    private static int index(List<Integer> starts, int v, int tolerance) {
        int n = 0;
        for (int s : starts) {
            if (s <= v + tolerance) {
                n++;
            }
        }
        return n - 1;
    }

    private static List<Box> boxes(PIX pix, int connectivity) {
        BOXA boxa = pixConnCompBB(pix, connectivity);
        List<Box> out = new ArrayList<>();
        if (boxa == null) {
            return out;
        }
        try {
            int n = boxaGetCount(boxa);
            int[] x = new int[1];
            int[] y = new int[1];
            int[] w = new int[1];
            int[] h = new int[1];
            for (int i = 0; i < n; i++) {
                boxaGetBoxGeometry(boxa, i, x, y, w, h);
                out.add(new Box(x[0], y[0], w[0], h[0]));
            }
        } finally {
            boxaDestroy(boxa);
        }
        return out;
    }
}

package org.gioreport.ocr;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.gioreport.spi.Table;

/**
 * Reads a PDF whose pages (some or all) are images: the pages without a usable text layer (or every page, under
 * {@code --ocr always}) are rendered with PDFBox and read by {@link PageOcr}, several pages at once where cores
 * allow; in a mixed PDF the pages with a text layer keep it (their tables' cells taken from the text layer by
 * area). The result is what a table-aware reader needs: the text in reading order, the tables cell by cell, and the
 * OCR detail of each cell by its table place.
 */
public final class ScannedPdf {

    /**
     * The resolutions a scanned page is rendered at for OCR: its image's own resolution within these bounds. Scaling
     * a 150 dpi scan up to 300 dpi only blurs it (Tesseract then misreads more labels, and takes four times longer).
     */
    static final int MIN_DPI = 150;
    static final int MAX_DPI = 300;
    /**
     * Resolution a page without an image is rendered at for OCR: one whose text layer is no text, drawn in fonts
     * without a Unicode map. On syn01 and syn07 of the textlayer fixtures 200 dpi read 412/413 fields in 68 s,
     * 150 dpi the same in 64 s, 300 dpi 386/413 in 108 s. Under {@code --ocr always}, a text PDF's pages too.
     */
    static final int VECTOR_DPI = 200;
    /** Resolution a text page of a mixed PDF is rendered at, only to find its ruling lines. */
    static final int GRID_DPI = 150;
    /** A page whose text layer has fewer visible characters than this has no usable text layer. */
    public static final int MIN_TEXT_CHARACTERS = 20;

    /** Told when a page has been read by OCR, for a progress line. */
    @FunctionalInterface
    public interface Listener {
        void pageRead(int done, int total);

        /** Told once, before any page is read, how many pages will be read by OCR (a time limit grows with it). */
        default void pagesToRead(int total) {
        }

        Listener NONE = (done, total) -> { };
    }

    /**
     * What the PDF gave. {@code cells} maps each OCR'd table cell's place ({@link OcrCell#place}) to its detail;
     * {@code pageMillis} is the OCR time of each OCR'd page; {@code unsureLines} are the OCR'd lines of running
     * text Tesseract read with a confidence below {@link PageOcr#SURE} (a date there may hold a misread digit).
     */
    public record Reading(String text, List<Table> tables, Map<String, OcrCell> cells, int pages,
                          List<Integer> ocrPages, List<Long> pageMillis, List<String> unsureLines) {
    }

    /** A page too large to render safely, decided before rendering: the message says why ({@link PagePixels}). */
    public static final class PageTooLarge extends IOException {
        PageTooLarge(String message) {
            super(message);
        }
    }

    private ScannedPdf() {
    }

    /**
     * The pages (1-based) to read by OCR: every page when {@code everyPage} ({@code --ocr always}), else the pages
     * without a usable text layer that show an image.
     */
    public static List<Integer> pagesToRead(PDDocument pdf, boolean everyPage) throws IOException {
        return pagesToRead(pdf, everyPage, Set.of());
    }

    /**
     * Like {@link #pagesToRead(PDDocument, boolean)}, also reading the pages of {@code unusableText}: pages whose
     * text layer the caller found to be no text (fonts without a Unicode map), drawn in glyphs OCR can read.
     */
    static List<Integer> pagesToRead(PDDocument pdf, boolean everyPage, Set<Integer> unusableText)
            throws IOException {
        List<Integer> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            if (everyPage || unusableText.contains(p)
                    || !hasTextLayer(stripper, pdf, p) && hasImage(pdf.getPage(p - 1))) {
                pages.add(p);
            }
        }
        return pages;
    }

    /** A page without text is read by OCR only when it shows an image: a blank page has nothing to read. */
    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)
                    || resources.getXObject(name) instanceof PDFormXObject) {
                return true;
            }
        }
        return false;
    }

    /** The real resolution of the page's largest image ({@link PageScale}), within {@link #MIN_DPI}–{@link #MAX_DPI}. */
    static int imageDpi(PDPage page) throws IOException {
        return scale(page).dpi();
    }

    /**
     * How to render the page so that its image shows its real resolution, whatever resolution it declares; a page
     * without an image at {@link #VECTOR_DPI}.
     */
    static PageScale scale(PDPage page) throws IOException {
        int widest = 0;
        PDResources resources = page.getResources();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    widest = Math.max(widest, image.getWidth());
                }
            }
        }
        if (widest == 0) {
            return new PageScale(VECTOR_DPI, VECTOR_DPI); // drawn, not scanned: its declared size is its size
        }
        return PageScale.of(page.getMediaBox().getWidth() / 72f, page.getMediaBox().getHeight() / 72f, widest,
                MIN_DPI, MAX_DPI);
    }

    private static boolean hasTextLayer(PDFTextStripper stripper, PDDocument pdf, int page) throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count()
                >= MIN_TEXT_CHARACTERS;
    }

    /**
     * Reads the PDF, or returns null when no page needs OCR (the caller keeps its usual reading: a text-layer PDF
     * is never touched unless {@code everyPage} or a page is in {@code unusableText}). A page too large to render
     * throws {@link PageTooLarge} before any page is rendered.
     *
     * @param unusableText pages (1-based) to read by OCR although they have a text layer: it is no text
     * @param threads      how many pages to read at once
     */
    public static Reading read(byte[] bytes, boolean everyPage, Set<Integer> unusableText, int threads,
                               Listener listener) throws IOException, InterruptedException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Integer> ocrPages = pagesToRead(pdf, everyPage, unusableText);
            if (ocrPages.isEmpty()) {
                return null;
            }
            listener.pagesToRead(ocrPages.size());
            // every page is rendered, text pages for their grid: each checked at the scale it will be rendered at
            Map<Integer, PageScale> scales = new HashMap<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p - 1);
                if (ocrPages.contains(p)) {
                    scales.put(p, scale(page));
                }
                PagePixels.check(page, p, scales.containsKey(p) ? scales.get(p).renderDpi() : GRID_DPI);
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            int workers = Math.max(1, Math.min(threads, ocrPages.size()));
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "gioreport-ocr");
                t.setDaemon(true);
                return t;
            });
            try {
                Map<Integer, Future<PageReading>> pending = new LinkedHashMap<>();
                int[] done = {0};
                for (int page : ocrPages) {
                    pending.put(page, pool.submit(() -> {
                        BufferedImage image;
                        int dpi;
                        synchronized (pdf) { // PDFBox documents are not thread-safe: pages rendered one at a time
                            PageScale scale = scales.get(page);
                            dpi = scale.dpi();
                            image = renderer.renderImageWithDPI(page - 1, scale.renderDpi(), ImageType.GRAY);
                        }
                        PageReading reading;
                        try (CellReader reader = new CellReader()) {
                            reading = PageOcr.read(page, image, dpi, reader);
                        }
                        synchronized (done) {
                            listener.pageRead(++done[0], ocrPages.size());
                        }
                        return reading;
                    }));
                }
                List<PageReading> pages = new ArrayList<>();
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    Future<PageReading> future = pending.get(p);
                    pages.add(future != null ? get(future) : textPage(pdf, renderer, p));
                }
                return assemble(pages, pdf.getNumberOfPages(), ocrPages);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static PageReading get(Future<PageReading> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("OCR failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * A page of a mixed PDF that has a text layer: its ruled tables are found on a coarse rendering and each
     * cell's text is taken from the text layer inside the cell; the running text is the text layer's.
     */
    private static PageReading textPage(PDDocument pdf, PDFRenderer renderer, int page) throws IOException {
        long start = System.nanoTime();
        BufferedImage image = renderer.renderImageWithDPI(page - 1, GRID_DPI, ImageType.GRAY);
        List<GridTable> grids = TextPageGrid.tables(image, GRID_DPI);
        PDFTextStripperByArea byArea = new PDFTextStripperByArea();
        byArea.setSortByPosition(true);
        double scale = 72.0 / GRID_DPI;
        List<PageReading.PageTable> tables = new ArrayList<>();
        for (GridTable grid : grids) {
            for (List<GridCell> row : grid.rows()) {
                for (GridCell cell : row) {
                    Box b = cell.box();
                    byArea.addRegion(cell.row() + ":" + cell.column() + "@" + b, new Rectangle2D.Double(
                            b.x() * scale, b.y() * scale, b.w() * scale, b.h() * scale));
                }
            }
        }
        byArea.extractRegions(pdf.getPage(page - 1));
        for (GridTable grid : grids) {
            List<List<PageReading.CellText>> rows = new ArrayList<>();
            for (List<GridCell> row : grid.rows()) {
                List<PageReading.CellText> cells = new ArrayList<>();
                for (GridCell cell : row) {
                    String text = byArea.getTextForRegion(cell.row() + ":" + cell.column() + "@" + cell.box());
                    cells.add(new PageReading.CellText(cell, OcrText.tidy(text), null));
                }
                rows.add(cells);
            }
            tables.add(new PageReading.PageTable(grid.box(), rows));
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<TextLine> lines = new ArrayList<>();
        String[] texts = stripper.getText(pdf).split("\\R");
        // the text layer's lines have no boxes here: they keep their order ahead of the page's tables
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                lines.add(new TextLine(new Box(0, -texts.length + i, 0, 0), texts[i].strip(), 100));
            }
        }
        return new PageReading(page, tables, lines, false, (System.nanoTime() - start) / 1_000_000);
    }

    /** The pages in order, each page's lines and tables by their height on the page. */
    static Reading assemble(List<PageReading> pages, int pageCount, List<Integer> ocrPages) {
        StringBuilder text = new StringBuilder();
        List<Table> tables = new ArrayList<>();
        Map<String, OcrCell> cells = new LinkedHashMap<>();
        List<Long> millis = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        for (PageReading page : pages) {
            if (page.ocr()) {
                millis.add(page.millis());
            }
            List<Object> items = new ArrayList<>(page.lines());
            items.addAll(page.tables());
            items.sort(Comparator.comparingInt(ScannedPdf::top));
            for (Object item : items) {
                if (item instanceof TextLine line) {
                    text.append(line.text()).append('\n');
                    if (page.ocr() && line.confidence() < PageOcr.SURE) {
                        unsure.add(line.text());
                    }
                    continue;
                }
                PageReading.PageTable table = (PageReading.PageTable) item;
                int t = tables.size() + 1;
                List<List<Table.Cell>> rows = new ArrayList<>();
                int r = 0;
                for (List<PageReading.CellText> row : table.rows()) {
                    r++;
                    List<Table.Cell> out = new ArrayList<>();
                    int c = 0;
                    for (PageReading.CellText cell : row) {
                        c++;
                        out.add(new Table.Cell(cell.text(), cell.cell().rowSpan(), cell.cell().colSpan()));
                        if (cell.ocr() != null) {
                            String place = OcrCell.place(t, r, c);
                            cells.put(place, cell.ocr().at(place));
                        }
                        text.append(c > 1 ? "\t" : "").append(cell.text());
                    }
                    text.append('\n');
                    rows.add(out);
                }
                tables.add(new Table(rows));
            }
        }
        return new Reading(text.toString(), tables, cells, pageCount, ocrPages, millis, unsure);
    }

    private static int top(Object item) {
        return item instanceof TextLine line ? line.box().y() : ((PageReading.PageTable) item).box().y();
    }
}

package org.gioreport.engine.internal.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gioreport.engine.UnreadableInput;

/**
 * Refuses a PDF that asks for far more work than any report, from its structure, before Tika reads a page: more
 * pages than {@link DocumentReader#MAX_PAGES} (counted in the page tree, whatever its {@code /Count} says), more
 * content operators than {@link #MAX_CONTENT_BYTES}, or form XObjects that loop or are drawn too often
 * ({@link NestedForms}). Reading stops at these limits anyway, but only after the work: PDFBox hands Tika a page's
 * text when the page ends, so a page of gigabytes of text operators never reaches the character limit in time, and a
 * 300,000-page file is loaded and walked page by page first.
 */
final class PdfLimits {

    /**
     * The most content-stream bytes (decoded) a PDF's pages may hold in all, a form counted each time it is drawn.
     * A 100-page report typeset by Word or WPS holds 2–5 MB. Measured here: 4 GB of text operators on one page (10 MB
     * on disk) took a 512 MB worker's heap in 37 s; refused, it takes about a second. Under the limit a single page
     * of several MB of dense text operators can still be slow (PDFBox keeps every glyph of a page until it ends):
     * its reading then stops at the time limit or the worker's heap, one record as for any document.
     */
    static final long MAX_CONTENT_BYTES = 16L * 1024 * 1024;

    private PdfLimits() {
    }

    /** Throws {@code INPUT_TOO_LARGE} or {@code INPUT_BOMB}; a PDF PDFBox cannot open passes (Tika says why). */
    static void check(byte[] pdf) throws UnreadableInput {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            check(document);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // encrypted, damaged...: Tika's own reading classifies it
        }
    }

    static void check(PDDocument document) throws UnreadableInput {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        long pages = pages(root, DocumentReader.MAX_PAGES + 1L);
        if (pages > DocumentReader.MAX_PAGES) {
            throw new UnreadableInput("INPUT_TOO_LARGE", "the document has more than " + DocumentReader.MAX_PAGES
                    + " pages, far more than any report; not read", false);
        }
        NestedForms.check(document);
        Map<COSStream, Long> sizes = new IdentityHashMap<>();
        long content;
        try {
            content = NestedForms.total(document, form -> size(form, sizes), page -> pageSize(page, sizes));
        } catch (ContentLimitReached e) {
            content = MAX_CONTENT_BYTES + 1;
        }
        if (content > MAX_CONTENT_BYTES) {
            throw new UnreadableInput("INPUT_TOO_LARGE", "the document's pages hold more than " + MAX_CONTENT_BYTES
                    / (1024 * 1024) + " MB of drawing and text operators (decompressed), far more than any report;"
                    + " not read", false);
        }
    }

    /**
     * The leaves (pages) under a page-tree node, counted up to {@code limit}: the same node may be listed many times
     * (each listing is a page to PDFBox), and a node listing one of its ancestors is not followed again.
     */
    static long pages(COSDictionary root, long limit) {
        if (root == null) {
            return 0;
        }
        long count = 0;
        Set<COSDictionary> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Iterator<COSBase>> path = new ArrayList<>();
        ancestors.add(root);
        List<COSDictionary> nodes = new ArrayList<>(List.of(root));
        path.add(kids(root));
        while (!path.isEmpty() && count < limit) {
            Iterator<COSBase> next = path.get(path.size() - 1);
            if (!next.hasNext()) {
                path.remove(path.size() - 1);
                ancestors.remove(nodes.remove(nodes.size() - 1));
                continue;
            }
            COSBase kid = next.next();
            COSBase value = kid instanceof COSObject indirect ? indirect.getObject() : kid;
            if (!(value instanceof COSDictionary node)) {
                continue;
            }
            if (node.containsKey(COSName.KIDS) && !COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
                if (ancestors.add(node)) {
                    nodes.add(node);
                    path.add(kids(node));
                }
            } else {
                count++;
            }
        }
        return count;
    }

    private static Iterator<COSBase> kids(COSDictionary node) {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        return kids == null ? Collections.emptyIterator() : kids.iterator();
    }

    private static long pageSize(PDPage page, Map<COSStream, Long> sizes) {
        long total = 0;
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            total = size(stream, sizes);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    total = Math.min(total + size(stream, sizes), MAX_CONTENT_BYTES + 1);
                }
            }
        }
        return total;
    }

    /** A stream's decoded length, decoded once and never kept; past the limit {@link ContentLimitReached}. */
    private static long size(COSStream stream, Map<COSStream, Long> sizes) {
        Long known = sizes.get(stream);
        if (known == null) {
            known = decodedLength(stream);
            sizes.put(stream, known);
        }
        return known;
    }

    /**
     * Decodes a stream's filters one after the other, counting the bytes of the last and keeping none of them (the
     * ones before the last, rare in content streams, are kept up to the limit). A damaged stream counts what decoded.
     */
    static long decodedLength(COSStream stream) {
        List<COSName> filters = filters(stream);
        CountingOutput counted = new CountingOutput();
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) {
                raw.transferTo(counted);
                return counted.count;
            }
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                ByteArrayOutputStream kept = last ? null : new ByteArrayOutputStream();
                OutputStream out = last ? counted : new LimitedOutput(kept);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
                if (!last) {
                    in = new ByteArrayInputStream(kept.toByteArray());
                }
            }
        } catch (IOException e) {
            // a damaged stream or an unknown filter: what decoded so far
        }
        return counted.count;
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Thrown out of a decoding filter when a stream alone passes the limit: decoding stops there. */
    static final class ContentLimitReached extends RuntimeException {
        ContentLimitReached() {
            super(null, null, false, false);
        }
    }

    /** Counts the bytes written and drops them. */
    private static final class CountingOutput extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            add(len);
        }

        private void add(long n) {
            count += n;
            if (count > MAX_CONTENT_BYTES) {
                throw new ContentLimitReached();
            }
        }
    }

    /** Keeps the bytes written, up to the limit. */
    private static final class LimitedOutput extends OutputStream {
        private final ByteArrayOutputStream kept;

        LimitedOutput(ByteArrayOutputStream kept) {
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (kept.size() + (long) len > MAX_CONTENT_BYTES) {
                throw new ContentLimitReached();
            }
            kept.write(b, off, len);
        }
    }
}

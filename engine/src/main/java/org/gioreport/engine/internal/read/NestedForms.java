package org.gioreport.engine.internal.read;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.gioreport.engine.UnreadableInput;

/**
 * Refuses a PDF whose form XObjects draw themselves, or draw each other so many times that reading its text would
 * never end. PDFBox stops a form nested more than 50 deep, but at each level a form that draws two others doubles
 * the work: a 1 KB file with two forms drawing each other kept Tika busy past any time limit and logged millions of
 * "recursion is too deep" lines. Neither Tika nor PDFBox has a setting for it, so the form graph is walked here
 * first, once per form (memoised), before the text is extracted.
 */
final class NestedForms {

    /** Form draws that no report needs: a report draws a handful of forms, a page template at most a few hundred. */
    static final long MAX_FORM_DRAWS = 100_000;

    private static final long LOOP = -1;

    private NestedForms() {
    }

    /**
     * Throws {@code INPUT_BOMB} when the PDF's forms loop or would be drawn too often. A damaged structure
     * passes: Tika's reading says why.
     */
    static void check(PDDocument document) throws UnreadableInput {
        long draws;
        try {
            draws = formDraws(document);
        } catch (RuntimeException | StackOverflowError e) {
            return; // damaged...: Tika's own reading classifies it
        }
        if (draws == LOOP) {
            throw new UnreadableInput("INPUT_BOMB", "the PDF's form XObjects draw themselves in a loop (reading its"
                    + " text would never end); not read", false);
        }
        if (draws > MAX_FORM_DRAWS) {
            throw new UnreadableInput("INPUT_BOMB", "the PDF's nested form XObjects would be drawn more than "
                    + MAX_FORM_DRAWS + " times (far more than any report); not read", false);
        }
    }

    /**
     * How many form draws reading every page takes, as far as the structure tells (a page counts every form its
     * resources list, a form the forms its content draws); {@link #LOOP} for a loop.
     */
    static long formDraws(PDDocument document) {
        return total(document, form -> 1, page -> 0);
    }

    /**
     * The cost of reading every page: each page's own cost plus, for every form it draws (and the forms those draw),
     * that form's cost each time it is drawn; {@link #LOOP} for a loop. A form's cost is asked for before its content
     * is parsed, so a cost that throws stops the walk before a giant form is read.
     */
    static long total(PDDocument document, ToLongFunction<COSStream> formCost, ToLongFunction<PDPage> pageCost) {
        Walk walk = new Walk(formCost);
        long total = 0;
        for (PDPage page : document.getPages()) {
            total = Math.min(total + pageCost.applyAsLong(page), Long.MAX_VALUE / 2);
            long draws = walk.draws(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), null, 0);
            if (draws == LOOP) {
                return LOOP;
            }
            total = Math.min(total + draws, Long.MAX_VALUE / 2);
        }
        return total;
    }

    /** A depth-first walk of the forms drawn, with each form's total kept once known. */
    private static final class Walk {
        private final Map<COSStream, Long> known = new IdentityHashMap<>();
        private final Set<COSStream> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private final ToLongFunction<COSStream> cost;

        Walk(ToLongFunction<COSStream> cost) {
            this.cost = cost;
        }

        /** @param drawn the names drawn, or null for every form the resources list */
        long draws(COSDictionary parent, Set<COSName> drawn, int depth) {
            COSDictionary xobjects = parent == null ? null : parent.getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null || depth > 50) {
                return 0; // PDFBox itself does not go deeper than 50
            }
            long total = 0;
            for (COSName name : drawn == null ? xobjects.keySet() : drawn) {
                COSBase value = xobjects.getDictionaryObject(name);
                if (!(value instanceof COSStream form) || !COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    continue;
                }
                Long count = known.get(form);
                if (count == null) {
                    if (!open.add(form)) {
                        return LOOP;
                    }
                    long own = cost.applyAsLong(form);
                    COSDictionary resources = form.getCOSDictionary(COSName.RESOURCES);
                    // a form without resources of its own draws from its parent's
                    long inner = draws(resources != null ? resources : parent, drawnBy(form), depth + 1);
                    open.remove(form);
                    if (inner == LOOP) {
                        return LOOP;
                    }
                    count = Math.min(own + inner, Long.MAX_VALUE / 2);
                    known.put(form, count);
                }
                total = Math.min(total + count, Long.MAX_VALUE / 2);
            }
            return total;
        }

        /** The XObject names a form's content draws ({@code /Name Do}). */
        private static Set<COSName> drawnBy(COSStream form) {
            Set<COSName> names = new LinkedHashSet<>();
            try {
                PDFStreamParser parser = new PDFStreamParser(new PDFormXObject(form));
                Object previous = null;
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op && "Do".equals(op.getName()) && previous instanceof COSName n) {
                        names.add(n);
                    }
                    previous = token;
                }
            } catch (IOException e) {
                // a damaged content stream: the names read so far
            }
            return names;
        }
    }
}

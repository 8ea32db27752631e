package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.gioreport.engine.UnreadableInput;
import org.junit.jupiter.api.Test;

class NestedFormsTest {

    private final DocumentReader reader = new DocumentReader(10_000_000);

    @Test
    void formsThatDrawEachOtherAreRefusedAsABombBeforeTikaReadsThem() throws IOException {
        byte[] pdf = pdf(true);
        // without the check Tika spent more than a minute on this file (and logged millions of lines)
        UnreadableInput e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(UnreadableInput.class,
                () -> reader.read(Path.of("loop.pdf"), pdf, DocumentReader.PDF)));
        assertEquals("INPUT_BOMB", e.code());
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
    }

    @Test
    void formsNestedWithoutALoopAreReadWithTheirText() throws Exception {
        String text = reader.read(Path.of("nested.pdf"), pdf(false), DocumentReader.PDF).text();
        assertTrue(text.contains("outer form") && text.contains("inner form") && text.contains("page text"), text);
    }

    @Test
    void aFormListedInItsOwnResourcesButNeverDrawnIsNoLoop() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDResources shared = new PDResources();
            PDFormXObject form = form(document, "shared resources", null);
            form.setResources(shared);
            shared.put(COSName.getPDFName("F"), form); // one resource dictionary for the page and the form
            page.setResources(shared);
            assertEquals(1, NestedForms.formDraws(document));
        }
    }

    /** A page drawing form A; A draws B; when {@code loop}, B draws A and itself again. */
    private static byte[] pdf(boolean loop) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject inner = form(document, "inner form", loop ? "/A Do /B Do" : null);
            PDFormXObject outer = form(document, "outer form", "/B Do");
            outer.getResources().put(COSName.getPDFName("B"), inner);
            if (loop) {
                inner.getResources().put(COSName.getPDFName("A"), outer);
                inner.getResources().put(COSName.getPDFName("B"), inner);
            }
            PDResources pageResources = new PDResources();
            pageResources.put(COSName.getPDFName("A"), outer);
            page.setResources(pageResources);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("page text");
                content.endText();
                content.drawForm(outer);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A form that shows {@code text} and then runs {@code more} (e.g. "/B Do"). */
    private static PDFormXObject form(PDDocument document, String text, String more) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        String content = "BT /F1 12 Tf 72 600 Td (" + text + ") Tj ET" + (more == null ? "" : " " + more);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }
}

package org.gioreport.ocr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes the fixtures of {@code src/test/resources/textlayer}: PDFs whose text layer is not text, as government PDFs
 * typeset with GBK fonts often are. Each starts from a PDF of the generated corpus (formats/corpus/files/pdf, a
 * LibreOffice rendering with known values, its Noto Sans CJK fonts embedded as subsets) and keeps its drawing as
 * it is, so the page looks exactly the same and its expected values are the corpus's own; only the fonts' Unicode
 * maps change:
 * <ul>
 *   <li>{@code no-tounicode}: the {@code /ToUnicode} map is removed from every font. The subsets number their
 *       glyphs 1, 2, 3… in the order used, so the text layer extracts as control characters, ASCII and Latin-1
 *       letters and digits that are glyph codes, not numbers (the garbage a reader must never take for values);</li>
 *   <li>{@code private-use}: every font's map sends each glyph code into the private-use area (U+E000 plus the
 *       code), as fonts with a custom cmap do;</li>
 *   <li>{@code page2-no-tounicode}: only page 2's fonts lose their map (copies of the fonts for that page), so
 *       pages 1 and 3 keep a good text layer: only page 2 is to be read by OCR.</li>
 * </ul>
 * No font needs installing: the fonts come embedded in the corpus's PDFs. Not run by the build (its output is
 * committed); run from the repository's root after {@code mvn -pl ocr -am test-compile}, with PDFBox 3 on the
 * class path (the jars pdfbox, pdfbox-io, fontbox and commons-logging the build already fetched):
 * <pre>
 * m=~/.m2/repository; v=3.0.5
 * java -cp "ocr/target/test-classes:$m/org/apache/pdfbox/pdfbox/$v/pdfbox-$v.jar:$m/org/apache/pdfbox/pdfbox-io/$v/pdfbox-io-$v.jar:$m/org/apache/pdfbox/fontbox/$v/fontbox-$v.jar:$m/commons-logging/commons-logging/1.1.3/commons-logging-1.1.3.jar" \
 *     org.gioreport.ocr.TextLayerFixtures
 * </pre>
 */
public final class TextLayerFixtures {

    private static final Path CORPUS = Path.of("formats/corpus/files/pdf");
    private static final Path OUT = Path.of("ocr/src/test/resources/textlayer");

    private TextLayerFixtures() {
    }

    public static void main(String[] args) throws IOException {
        make("syn01", "syn01-no-tounicode", false);
        make("syn07", "syn07-private-use", true);
        makePage2WithoutMap("syn11", "syn11-page2-no-tounicode");
    }

    private static void makePage2WithoutMap(String source, String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CORPUS.resolve(source + ".pdf").toFile())) {
            PDPage page = pdf.getPage(1);
            COSDictionary resources = new COSDictionary(page.getResources().getCOSObject());
            COSDictionary fonts = new COSDictionary(resources.getCOSDictionary(COSName.FONT));
            for (COSName font : fonts.keySet()) {
                COSDictionary copy = new COSDictionary(fonts.getCOSDictionary(font));
                copy.removeItem(COSName.TO_UNICODE);
                fonts.setItem(font, copy);
            }
            resources.setItem(COSName.FONT, fonts);
            page.setResources(new PDResources(resources));
            pdf.getDocumentInformation().setProducer("gioreport TextLayerFixtures");
            pdf.save(OUT.resolve(name + ".pdf").toFile());
        }
        Files.copy(CORPUS.resolve(source + ".expected.json"), OUT.resolve(name + ".expected.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void make(String source, String name, boolean privateUse) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CORPUS.resolve(source + ".pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName font : resources.getFontNames()) {
                    COSDictionary dictionary = resources.getFont(font).getCOSObject();
                    dictionary.removeItem(COSName.TO_UNICODE);
                    if (privateUse) {
                        dictionary.setItem(COSName.TO_UNICODE, privateUseMap(pdf));
                    }
                }
            }
            pdf.getDocumentInformation().setProducer("gioreport TextLayerFixtures");
            pdf.save(OUT.resolve(name + ".pdf").toFile());
        }
        Files.copy(CORPUS.resolve(source + ".expected.json"), OUT.resolve(name + ".expected.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A ToUnicode CMap sending every one-byte code c to U+E000 + c. */
    private static COSStream privateUseMap(PDDocument pdf) throws IOException {
        String cmap = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /PrivateUse def
                /CMapType 2 def
                1 begincodespacerange
                <00> <FF>
                endcodespacerange
                1 beginbfrange
                <00> <FF> <E000>
                endbfrange
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """;
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }
}

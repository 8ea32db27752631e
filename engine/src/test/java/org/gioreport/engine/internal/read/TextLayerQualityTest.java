package org.gioreport.engine.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gioreport.engine.OcrMode;
import org.gioreport.engine.UnreadableInput;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * A PDF page whose text layer is no text (its fonts embedded without a Unicode map: ocr/src/test/resources/textlayer,
 * made by TextLayerFixtures from the corpus's PDFs) is told apart from a page of text, so that it is read by OCR
 * and never from its glyph codes; every page of the corpus's real text PDFs is text.
 */
class TextLayerQualityTest {

    static final Path TEXT_LAYER = Path.of("..", "ocr", "src", "test", "resources", "textlayer");
    private static final Path CORPUS = Path.of("..", "formats", "corpus", "files", "pdf");

    @Test
    void everyPageOfTheCorpusTextPdfsIsTextAndNoneIsReadByOcr() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(12, pdfs.size());
        for (Path pdf : pdfs) {
            List<String> ocrPages = new ArrayList<>();
            SourceDocument auto = OcrModeTest.read(pdf, OcrMode.AUTO, ocrPages);
            assertEquals(List.of(), ocrPages, pdf::toString);
            assertFalse(auto.metadata().containsKey(UnusableTextLayer.MEASURED), pdf::toString);
            assertFalse(auto.metadata().containsKey(DocumentReader.OCR_PAGES), pdf::toString);
        }
    }

    @Test
    void pagesOfGlyphCodesOrPrivateUseCharactersAreNotTextAndUnderOcrNeverNothingIsReadFromThem() throws Exception {
        for (String name : List.of("syn01-no-tounicode.pdf", "syn07-private-use.pdf")) {
            UnreadableInput e = assertThrows(UnreadableInput.class,
                    () -> OcrModeTest.read(TEXT_LAYER.resolve(name), OcrMode.NEVER, new ArrayList<>()));
            assertEquals("TEXT_LAYER_UNUSABLE", e.code(), e::getMessage);
            assertTrue(e.getMessage().contains("page 3:") && e.getMessage().contains("--ocr auto"), e::getMessage);
        }
    }

    @Test
    void aPageWithATemplateWordIsTextWhateverStraySymbolsItShows() {
        String page = "一、总体情况\n\uE001 本年度共收到政府信息公开申请 125 件 \uE002\uE003\n";
        assertTrue(TextLayerQuality.of(1, page).usable());
    }

    @Test
    void aPageOfLatinOneMojibakeIsNotText() {
        // 政府信息公开工作年度报告 in GBK read as Latin-1, with its figures: no Chinese, no template word
        String page = "ÕþžÐÅÏ¢¹«¿ª¹€×÷Äê¶È±š¸æ 2021 Äê 125 ŒþŁ¬ÓèÒÔ¹«¿ª 48 Œþ";
        TextLayerQuality quality = TextLayerQuality.of(1, page);
        assertFalse(quality.usable(), quality::describe);
    }

    @Test
    void aPageOfEnglishOrFrenchTextIsText() {
        assertTrue(TextLayerQuality.of(1, "Annual report on government information disclosure, 2021: 125 requests"
                + " received, 48 disclosed.").usable());
        assertTrue(TextLayerQuality.of(1, "Rapport annuel sur la publicité des informations gouvernementales, année"
                + " 2021 : 125 demandes reçues, 48 publiées.").usable());
    }

    @Test
    void aShortPageIsLeftToTheScanCheck() {
        assertTrue(TextLayerQuality.of(1, "\uE001\uE002\uE003 - 3 -").usable());
    }

    @Test
    void thePagesLeftOutAreExactlyTheUnusableOnes() {
        String text = "第一页 政府信息公开\n\uE001\uE002\n第三页\n书签";
        List<TextAndTablesHandler.PageSpan> pages = List.of(new TextAndTablesHandler.PageSpan(0, 11),
                new TextAndTablesHandler.PageSpan(11, 14), new TextAndTablesHandler.PageSpan(14, 18));
        assertEquals("第一页 政府信息公开\n第三页\n书签", TextLayerQuality.without(text, pages, Set.of(2)));
    }
}

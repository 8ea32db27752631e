package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("formats/corpus/files"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no formats/corpus/files above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aCellsStyleWidthIsBlankedAndItsLabelAndNumberKeepTheirColumns() {
        String line = "<td style=\"width:149px\" width=\"149\">规章</td><td>4</td>";
        String blanked = Markup.blankOut(line);

        assertEquals(line.length(), blanked.length());
        assertEquals("规章 4", blanked.strip().replaceAll("\\s+", " "));
        assertEquals(line.indexOf("规章"), blanked.indexOf("规章"));
        assertEquals(line.indexOf(">4<") + 1, blanked.indexOf('4'));
    }

    @Test
    void digitsOfUrlsFileNamesAndStyleDeclarationsAreNeverLeft() {
        assertEquals("", Markup.blankOut("http://www.gov.cn/art/2020/1/15/art_1229_4312.html").strip());
        assertEquals("附件：", Markup.blankOut("附件：2019年政府信息公开工作年度报告.pdf").strip());
        assertEquals("", Markup.blankOut("td { font-size: 9pt; border: 1px solid #000; }").strip());
        assertEquals("", Markup.blankOut("margin-top:0px;margin-bottom:12px;line-height:1.8;").strip());
    }

    @Test
    void aReportsOwnWordsAndNumbersAreLeftAsTheyAre() {
        for (String line : List.of("规章 0 0 2", "（一）予以公开 27 2 0 1 0 0 30", "联系电话：0362-3052489;",
                "采购总金额：23382664", "2019年1月1日至2019年12月31日", "行政许可 18 -9 47", "12.5万元")) {
            assertEquals(line, Markup.blankOut(line));
        }
    }

    @Test
    void anHtmlPagesSourceIsMarkupAndAReportsTextIsNot() throws IOException {
        Path corpus = repository().resolve("formats/corpus/files");
        List<String> page = Files.readAllLines(corpus.resolve("html/syn01.html"), StandardCharsets.UTF_8);
        List<String> fragment = Files.readAllLines(corpus.resolve("html-fragments/syn05.txt"), StandardCharsets.UTF_8);
        List<String> text = Files.readAllLines(corpus.resolve("cms-pages/syn05.txt"), StandardCharsets.UTF_8);
        List<String> pipes = Files.readAllLines(corpus.resolve("markdown/syn06.md"), StandardCharsets.UTF_8);

        assertTrue(Markup.isMarkup(page));
        assertTrue(Markup.isMarkup(fragment));
        assertTrue(Markup.isMarkup(List.of(String.join("", page)))); // a page on one line
        assertFalse(Markup.isMarkup(text));
        assertFalse(Markup.isMarkup(pipes));
    }
}

package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gioreport.spi.SourceDocument;
import org.junit.jupiter.api.Test;

class TableRegionTest {

    @Test
    void theRegionRunsFromTheFirstTableHeadWordToSectionFiveAndCountsItsNumbers() {
        TableRegion region = TableRegion.of(List.of(
                "一、总体情况 2021年共收到 12 件",
                "二、主动公开政府信息情况",
                "信息内容 本年制发件数 本年废止件数 现行有效件数",
                "规章 0 1 14",
                "\t7",
                "五、存在的主要问题及改进情况",
                "3 4 5"));

        assertEquals(3, region.lines().size(), "from 信息内容 to the line before 五");
        assertEquals(4, region.numbers());
        assertEquals(List.of(0, 3, 1), region.lines().stream().map(TableRegion.Line::numbers).toList());
        assertEquals(0.75, region.share(3));
        assertEquals("3 of the table's 4 numbers stand together", region.describe(3, "stand together"));
    }

    @Test
    void aLineIsFramedByRulesWhenARuleCharacterStartsAndEndsIt() {
        TableRegion region = TableRegion.of(List.of(
                "信息内容 本年制发件数",
                "| 规章 | 0 | 1 | 14 |",
                "  │ 行政许可 │ 3 │ 2 │  ",
                "┃ 行政处罚 ┃ 5 ┃ 6 ┃",
                "| 规范性文件 | 0 ┃",
                "规章 0 1 14",
                "| 行政强制 3 4",
                "|"));

        assertEquals(List.of(false, true, true, true, true, false, false, false),
                region.lines().stream().map(TableRegion.Line::framedByRules).toList());
    }

    @Test
    void aTextWithoutTableWordsHasAnEmptyRegionAndIsNoReport() {
        ReportText text = ReportText.of(SourceDocument.ofText("note.txt", "政府信息公开\n1 2 3"));

        assertFalse(text.looksLikeReport());
        assertTrue(text.tableRegion().lines().isEmpty());
        assertEquals(0, text.tableRegion().share(1));
    }

    @Test
    void aReportIsRecognisedThroughBrokenAndSpacedLabels() {
        ReportText text = ReportText.of(SourceDocument.ofText("r.txt", "政府信息 公开\n一、本年 新收政府信息公开申请数量 3 0 3"));

        assertTrue(text.looksLikeReport(), "white space inside labels does not hide them");
        assertEquals(2, text.lines().size());
    }
}

package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.spi.Extraction;
import org.junit.jupiter.api.Test;

/** Texts that stop inside or before their tables: a partial report with what they state and one CUT_OFF. */
class CutOffTest {

    private static final String TITLE = """
            某某县统计局2020年政府信息公开工作年度报告
            一、总体情况
            2020年，我局认真贯彻落实《条例》，全文包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等六个部分。
            """;
    private static final String ACTIVE = """
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 本年新制作数量 本年新公开数量 对外公开总数量
            规章 1 2 3
            规范性文件 4 5 6
            """;
    private static final String APPLICATIONS_HEAD = """
            三、收到和处理政府信息公开申请情况
            申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他
            一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
            二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
            """;

    private static Extraction read(String text) {
        return SpaceSeparatedText.read(text);
    }

    private static Map<String, Object> flat(Extraction e) {
        return ReportPaths.flatten(e.report());
    }

    private static List<Diagnostic> withCode(Extraction e, String code) {
        return e.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void aTextStoppingInsideARowOfTableThreeKeepsTheRowsBeforeAndSaysOnceWhereItWasCut() {
        Extraction e = read(TITLE + ACTIVE + APPLICATIONS_HEAD + "（一）予以公开 4 1 0\n");
        Map<String, Object> v = flat(e);
        assertEquals(3, v.get("activeDisclosure.regulations.totalPublished"));
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(1, v.get("applications.carriedOver.total"));
        assertNull(v.get("applications.disclosed.naturalPerson"), "the row cut after 3 of its 7 cells");
        assertNull(v.get("reviewsAndLawsuits.review.total"));
        List<Diagnostic> cut = withCode(e, "CUT_OFF");
        assertEquals(1, cut.size(), e.diagnostics()::toString);
        assertEquals("applications.disclosed", cut.get(0).path());
        assertTrue(cut.get(0).message().contains("after the row applications.carriedOver"), cut.get(0).message());
        assertEquals(List.of(), withCode(e, "ROW_MISSING"), "no ROW_MISSING for the rows after the cut");
    }

    @Test
    void aRowLostBeforeTheCutKeepsItsOwnRowMissing() {
        Extraction e = read(TITLE + ACTIVE + """
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                （一）予以公开 5 1 0 0 2 0 8
                """);
        assertEquals(List.of("applications.carriedOver"), withCode(e, "ROW_MISSING").stream().map(Diagnostic::path).toList());
        assertEquals("applications.partiallyDisclosed", withCode(e, "CUT_OFF").get(0).path());
    }

    @Test
    void aTextStoppingAfterTheFirstTableOfTableTwoHasItsRowsAndOneCutOffForTheRest() {
        Extraction e = read(TITLE + ACTIVE + "第二十条第（五）项\n");
        assertEquals(6, flat(e).get("activeDisclosure.normativeDocuments.totalPublished"));
        assertEquals(List.of("activeDisclosure.licensing"), withCode(e, "CUT_OFF").stream().map(Diagnostic::path).toList());
        assertEquals(List.of(), withCode(e, "ROW_MISSING"));
    }

    @Test
    void aFirstPageWithTheTitleAndTheOverviewOnlyIsAReportWithItsYearAndNoTableValue() {
        Extraction e = read(TITLE + "二、主动公开政府信息情况\n共3页 上一页 下一页\n");
        assertNotNull(e.report(), e.diagnostics()::toString);
        assertEquals(2020, flat(e).get("reportYear"));
        assertEquals("某某县统计局", flat(e).get("organization"));
        assertNull(flat(e).get("activeDisclosure.regulations.newlyMade"));
        assertEquals(List.of("activeDisclosure.regulations"), withCode(e, "CUT_OFF").stream().map(Diagnostic::path).toList());
        assertEquals(List.of(), withCode(e, "TABLES_NOT_FOUND"));
    }

    @Test
    void aWholeReportWhoseTableFourIsUnreadableIsNotCalledCutOff() {
        Extraction e = read(TITLE + ACTIVE + APPLICATIONS_HEAD + """
                四、政府信息公开行政复议、行政诉讼情况
                行政复议 行政诉讼
                五、存在的主要问题及改进情况
                一是信息更新不够及时。
                """);
        assertEquals(List.of(), withCode(e, "CUT_OFF"));
        assertTrue(withCode(e, "ROW_MISSING").stream().anyMatch(d -> "reviewsAndLawsuits".equals(d.path())));
    }

    @Test
    void aTextEndsInsideItsTablesUnlessAProblemsHeadingFollowsThem() {
        assertTrue(CutOff.textEndsInsideTables((TITLE + ACTIVE).lines().toList()),
                "a sentence naming 存在的主要问题 before the tables is no heading");
        assertFalse(CutOff.textEndsInsideTables((TITLE + ACTIVE + "五、存在的主要问题及改进情况\n").lines().toList()));
        assertFalse(CutOff.textEndsInsideTables(List.of("某某局2020年政府信息公开工作年度报告", "五、存在的主要问题及改进情况")));
    }

    @Test
    void onlyATitleFollowedByASectionOfTheReportBeginsAReport() {
        assertTrue(CutOff.beginsAReport(TITLE.lines().toList()));
        assertFalse(CutOff.beginsAReport(List.of("某某县统计局2020年政府信息公开工作年度报告", "附件：2020年年度报告.pdf")),
                "a page linking to its attachment");
        assertFalse(CutOff.beginsAReport(List.of("政府信息公开年报", "某某县统计局2020年政府信息公开工作年度报告",
                "某某县统计局2019年政府信息公开工作年度报告", "2021-01-20")), "a list of reports");
        assertFalse(CutOff.beginsAReport(List.of("一、总体情况", "我局认真贯彻落实《条例》")), "no title");
    }
}

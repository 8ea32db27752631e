package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gioreport.spi.ReportBuilder;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

    private static ReportBuilder read(String text) {
        ReportBuilder b = new ReportBuilder();
        HeaderReader.read(List.of(text.split("\n", -1)), b);
        return b;
    }

    @Test
    void titleGivesOrganizationAndYear() {
        ReportBuilder b = read("建宁县均口镇人民政府 2020 年政府信息公开工作年度报告\n正文");
        assertEquals("建宁县均口镇人民政府", b.get("organization"));
        assertEquals(2020, b.get("reportYear"));
    }

    @Test
    void titleOverTwoLinesIsReadAsOne() {
        ReportBuilder b = read("2020年度江屿市南湖区城市管理和综合执法局政府信息公开工\n作报告\n根据《条例》……2020年政府信息公开工作年度报告。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。");
        assertEquals("江屿市南湖区城市管理和综合执法局", b.get("organization"));
        assertEquals(2020, b.get("reportYear"));
    }

    @Test
    void organizationOnTheLineBeforeTheTitleIsTaken() {
        ReportBuilder b = read("\n沙县湖源乡人民政府\n\n2020 年政府信息公开工作年度报告\n");
        assertEquals("沙县湖源乡人民政府", b.get("organization"));
    }

    @Test
    void signatureGivesTheFullerNameOfTheTitlesSubject() {
        ReportBuilder b = read("晋江市陈埭镇2020年政府信息公开工作年度报告\n六、其他需要报告的事项\n暂无。\n晋江市陈埭镇人民政府\n2021年1月28日");
        assertEquals("晋江市陈埭镇人民政府", b.get("organization"));
        assertEquals("2021-01-28", b.get("publishedOn"));
    }

    @Test
    void signatureDateInChineseNumeralsIsRead() {
        ReportBuilder b = read("某局2020年政府信息公开工作年度报告\n六、其他需要报告的事项\n无\n某局\n二〇二一年一月十一日");
        assertEquals("2021-01-11", b.get("publishedOn"));
        b = read("某局2020年政府信息公开工作年度报告\n六、其他需要报告的事项\n某局\n二〇二一年十二月三十日");
        assertEquals("2021-12-30", b.get("publishedOn"));
    }

    @Test
    void garbledSignatureDateIsNullWithADiagnosticQuotingIt() {
        ReportBuilder b = read("晋江市陈埭镇2020年政府信息公开工作年度报告\n六、其他需要报告的事项\n暂无。\n晋江市陈埭镇人民政府\n      202117\n附件下载");
        assertNull(b.get("publishedOn"));
        var d = b.build().diagnostics().stream().filter(x -> x.code().equals("DATE_GARBLED")).findFirst().orElseThrow();
        assertTrue(d.message().contains("202117"), d.message());
    }

    @Test
    void impossibleDateIsNotTaken() {
        assertNull(HeaderReader.parseDate("2021年2月30日"));
        assertEquals("2021-01-28", HeaderReader.parseDate("2021-01-28"));
    }
}

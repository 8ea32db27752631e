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

    /** A CMS page: a long navigation menu, a breadcrumb and an info bar before the title. */
    private static final String NAVIGATION = String.join("\n", "首页", "机构概况", "领导信息", "内设机构", "政务公开",
            "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "政务服务", "互动交流",
            "县长信箱", "在线访谈", "征集调查", "专题专栏", "优化营商环境", "乡村振兴", "走进某县", "县情概况",
            "历史沿革", "旅游资源", "当前位置：首页 > 政务公开 > 政府信息公开年报 > 某某县某某局", "");
    private static final String BODY = "\n一、总体情况\n2024年，我局……\n六、其他需要报告的事项\n无。\n";
    /** What follows an article on a CMS page: related links, link lists ending in 局/委/会, the site's footer. */
    private static final String FOOTER = String.join("\n", "", "相关链接", "国务院", "市发展和改革委", "县财政局",
            "第十届进出口商品交易会", "2024-10-15", "主办单位：某某县人民政府办公室", "网站标识码：1234000012",
            "ICP备12345678号-1", "");

    @Test
    void titleAfterLongNavigationMenusIsFoundByWhatItSays() {
        ReportBuilder b = read(NAVIGATION + "\n某某县某某局2024年政府信息公开工作年度报告\n发布时间：2025-01-20 来源：某某县某某局 浏览次数：325\n"
                + BODY + "某某县某某局\n2025年1月20日\n" + FOOTER);
        assertEquals("某某县某某局", b.get("organization"));
        assertEquals(2024, b.get("reportYear"));
        assertEquals("2025-01-20", b.get("publishedOn"));
    }

    @Test
    void breadcrumbEndingInABodyNameIsNeverTheOrganization() {
        ReportBuilder b = read(NAVIGATION + "\n2024年政府信息公开工作年度报告\n" + BODY + "\n" + FOOTER);
        assertNull(b.get("organization"));
        assertEquals(2024, b.get("reportYear"));
        assertTrue(codes(b).contains("ORGANIZATION_MISSING"));
    }

    @Test
    void footerLinkListsAndEventNamesAreNotASignature() {
        ReportBuilder b = read("2024年政府信息公开工作年度报告\n" + BODY + "\n2025年1月20日\n" + FOOTER);
        assertNull(b.get("organization"));
        assertEquals("2025-01-20", b.get("publishedOn"));
        b = read("2024年政府信息公开工作年度报告\n" + BODY + FOOTER.replace("主办单位：某某县人民政府办公室\n", "")
                .replace("网站标识码：1234000012\n", "").replace("ICP备12345678号-1\n", ""));
        assertNull(b.get("organization"), "a link list is not a signature even where no footer line ends it");
    }

    @Test
    void signatureAboveItsDateIsTakenWhenTheTitleNamesNoBody() {
        ReportBuilder b = read(NAVIGATION + "\n2024年度政府信息公开工作年度报告\n" + BODY + "\n某某县农业农村局\n2025年1月20日\n"
                + FOOTER);
        assertEquals("某某县农业农村局", b.get("organization"));
        assertEquals("2025-01-20", b.get("publishedOn"));
    }

    @Test
    void crawlerLabelIsNotPartOfTheTitlesBody() {
        ReportBuilder b = read("标题：某某县某某局2024年政府信息公开工作年度报告\n发布机构：某某县某某局\n来源：某某县某某局\n" + BODY);
        assertEquals("某某县某某局", b.get("organization"));
        assertEquals(2024, b.get("reportYear"));
        b = read("标题：某某县某某局\n2024年政府信息公开工作年度报告\n" + BODY);
        assertEquals("某某县某某局", b.get("organization"), "a title wrapped after its label");
        b = read("来源：某某县某某局\n2024年政府信息公开工作年度报告\n" + BODY);
        assertNull(b.get("organization"), "a labelled line above the title is not the body on the line above");
    }

    @Test
    void menuItemAboveATitleFarDownIsNotItsBody() {
        ReportBuilder b = read(NAVIGATION + "\n互动交流\n县市场监管局\n2024年政府信息公开工作年度报告\n" + BODY);
        assertNull(b.get("organization"));
        b = read(NAVIGATION + "\n某某县市场监督管理局2024年政府信息公开工\n作年度报告\n" + BODY);
        assertEquals("某某县市场监督管理局", b.get("organization"), "a title wrapped inside its report name is one title");
    }

    @Test
    void pageHeadWithTheSitesNameAfterTheTitleGivesTheTitle() {
        for (String head : List.of("某某县某某局2024年政府信息公开工作年度报告_某某县人民政府门户网站",
                "某某县某某局2024年政府信息公开工作年度报告 | 某某县人民政府", "某某县某某局2024年政府信息公开工作年度报告-某某县人民政府")) {
            ReportBuilder b = read(head + "\n" + NAVIGATION + BODY);
            assertEquals("某某县某某局", b.get("organization"), head);
            assertEquals(2024, b.get("reportYear"), head);
        }
        ReportBuilder b = read("某某县人民政府-某某县某某局2024年政府信息公开工作年度报告\n" + BODY);
        assertNull(b.get("organization"), "a site's name before the title is not the body");
    }

    @Test
    void sidebarListingOtherYearsReportsDoesNotGiveTheYear() {
        ReportBuilder b = read(NAVIGATION + "\n某某县某某局2023年政府信息公开工作年度报告\n某某县某某局2022年政府信息公开工作年度报告\n"
                + "某某县某某局2024年政府信息公开工作年度报告\n" + BODY);
        assertEquals(2024, b.get("reportYear"));
    }

    @Test
    void yearInBracketsAfterTheTitleLeavesTheBodyBeforeTheReportName() {
        ReportBuilder b = read("某某县人民政府办公室政府信息公开工作年度报告（2024年度）\n" + BODY);
        assertEquals("某某县人民政府办公室", b.get("organization"));
        assertEquals(2024, b.get("reportYear"));
        b = read("某某县人民政府信息公开工作年度报告\n本报告所列数据统计期限为2024年1月1日至2024年12月31日。\n" + BODY);
        assertEquals("某某县人民政府", b.get("organization"));
    }

    @Test
    void yearStatedOnlyAsTheStatisticsPeriodIsRead() {
        for (String period : List.of("统计期限为2025年1月1日至2025年12月31日。",
                "本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
                "现将本局2025年度政府信息公开工作情况报告如下：")) {
            ReportBuilder b = read(NAVIGATION + "\n某某镇人民政府政府信息公开工作年度报告\n" + "根据《条例》要求，" + period + BODY);
            assertEquals(2025, b.get("reportYear"), period);
            assertEquals("某某镇人民政府", b.get("organization"), period);
            assertTrue(!codes(b).contains("YEAR_MISSING"), period);
        }
    }

    @Test
    void menuCategoryNamingAnotherYearDoesNotDateATitleWithoutOne() {
        ReportBuilder b = read(NAVIGATION + "\n2023年度政府信息公开工作年度报告\n政府信息公开工作年度报告\n"
                + "某某镇人民政府政府信息公开工作年度报告\n本报告统计期限为2024年1月1日至2024年12月31日。\n" + BODY);
        assertEquals(2024, b.get("reportYear"));
        assertEquals("某某镇人民政府", b.get("organization"));
    }

    @Test
    void pageWithoutATitleTakesNoBodyFromItsMenus() {
        ReportBuilder b = read(NAVIGATION + BODY + FOOTER);
        assertNull(b.get("organization"));
        assertTrue(codes(b).containsAll(List.of("ORGANIZATION_MISSING", "YEAR_MISSING")), codes(b)::toString);
    }

    @Test
    void noLineOfPageChromeEverBecomesTheOrganizationWhereverItStands() {
        List<String> chrome = List.of("当前位置：首页 > 政务公开 > 某某县某某局", "首页>信息公开>某某县某某局",
                "您现在的位置：首页 » 某某县某某局", "标题：某某县某某局", "来源：某某县某某局",
                "信息来源：某某县某某局", "第十届进出口商品交易会", "首页 | 某某县某某局", "【某某县某某局】");
        for (String line : chrome) {
            List<String> pages = List.of(
                    line + "\n2024年政府信息公开工作年度报告\n" + BODY,
                    NAVIGATION + line + "\n2024年政府信息公开工作年度报告\n" + BODY,
                    "2024年政府信息公开工作年度报告\n" + BODY + line + "\n",
                    "2024年政府信息公开工作年度报告\n" + BODY + line + "\n2025年1月20日\n",
                    "2024年政府信息公开工作年度报告\n" + BODY + "\n2025年1月20日\n" + line + "\n");
            // the title's own label wrapping it ("标题：某某县某某局" / "2024年…报告") is a title, read without the label
            for (String page : line.startsWith("标题") ? pages.subList(2, pages.size()) : pages) {
                assertNull(read(page).get("organization"), () -> "organization from \"" + line + "\" in:\n" + page);
            }
        }
    }

    @Test
    void periodStartingInAnotherMonthGivesNoYear() {
        ReportBuilder b = read("某局政府信息公开工作年度报告\n本报告统计期限为2023年7月1日至2024年6月30日。" + BODY);
        assertNull(b.get("reportYear"));
        assertTrue(codes(b).contains("YEAR_MISSING"));
    }

    @Test
    void dateInASentenceOrAnInfoBarIsNotTheSignatureDate() {
        ReportBuilder b = read("某局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n本报告经2025年1月10日局务会审议通过。\n"
                + "发布日期：2025-01-20\n");
        assertNull(b.get("publishedOn"));
    }

    @Test
    void signatureAndDateOnOneLineAreBothRead() {
        ReportBuilder b = read("2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n无。\n某某县水利局　　2025年1月20日\n");
        assertEquals("某某县水利局", b.get("organization"));
        assertEquals("2025-01-20", b.get("publishedOn"));
    }

    private static List<String> codes(ReportBuilder b) {
        return b.build().diagnostics().stream().map(d -> d.code()).toList();
    }

    @Test
    void bodyNamedOnlyInTheAnnouncingSentenceIsTaken() {
        ReportBuilder b = read("政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，特向社会公布益阳高新区市场监督管理局"
                + "2020年度政府信息公开工作年度报告。\n一、总体情况\n2020年，我局……");
        assertEquals("益阳高新区市场监督管理局", b.get("organization"));
        b = read("2023年政府信息公开工作年度报告\n一、总体情况\n现公布泰州医药高新区（高港区）商务局2023年政府信息公开工作年度报告。");
        assertEquals("泰州医药高新区(高港区)商务局", b.get("organization"));
        assertEquals(2023, b.get("reportYear"));
    }

    @Test
    void announcingSentenceNamingNoBodyLeavesTheOrganizationNull() {
        ReportBuilder b = read("2024年政府信息公开工作年度报告\n现将本局2024年度政府信息公开工作情况报告如下。\n一、总体情况\n……");
        assertNull(b.get("organization"));
        assertTrue(b.build().diagnostics().stream().anyMatch(d -> d.code().equals("ORGANIZATION_MISSING")));
    }

    @Test
    void titleWithoutZhengfuNamesItsBody() {
        ReportBuilder b = read("会同县林业局信息公开工作年度报告\n统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n……");
        assertEquals("会同县林业局", b.get("organization"));
        assertEquals(2021, b.get("reportYear"));
    }

    @Test
    void infoBarOfACmsPageNamesThePublishingBody() {
        String title = "2023年政府信息公开工作年度报告\n";
        ReportBuilder b = read(NAVIGATION + title + "发布机构 | 医药高新区(高港区)商务局\n发布日期：2024-01-20\n" + BODY + FOOTER);
        assertEquals("医药高新区(高港区)商务局", b.get("organization"));
        // one cell per line, and a one-line bar with the next field glued on
        b = read(NAVIGATION + title + "发布机构\n某某县交通运输局\n发布日期\n2024-01-20\n" + BODY + FOOTER);
        assertEquals("某某县交通运输局", b.get("organization"));
        b = read(NAVIGATION + title + "发布机构：某某县水利局 发布日期：2024-01-20 浏览次数：12\n" + BODY + FOOTER);
        assertEquals("某某县水利局", b.get("organization"));
    }

    @Test
    void siteFooterAndInfoBarLabelsAloneAreNoBody() {
        String title = "2023年政府信息公开工作年度报告\n";
        ReportBuilder b = read(NAVIGATION + title + "发布机构：\n发布日期：2024-01-20\n" + BODY + FOOTER);
        assertNull(b.get("organization"));
        // 主办单位 of the footer, after the body, is the site's owner, not the report's body
        b = read(NAVIGATION + title + BODY + FOOTER);
        assertNull(b.get("organization"));
        // an info bar is read only above the report (a related article's bar below it names another body's page)
        b = read(NAVIGATION + title + BODY + "发布机构：某某县某某局\n" + FOOTER);
        assertNull(b.get("organization"));
    }
}

package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gioreport.spi.ReportBuilder;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {

    private static final String TEXT = """
            某某镇人民政府2020年政府信息公开工作年度报告
            一、总体情况
            2020年，我镇认真贯彻落实《条例》。
            （一）主动公开情况。全年公开信息28条。
            二、主动公开政府信息情况
            第二十条第（一）项
            五、存在的主要问题及改进情况
            一是公开意识不够强。
            六、其他需要报告的事项
            无
            - 3 -
            某某镇人民政府
            2021年1月11日
            附件下载
            """;

    @Test
    void sectionsOneFiveAndSixAreKeptAsTextWithoutSignatureOrChrome() {
        ReportBuilder b = new ReportBuilder().organization("某某镇人民政府");
        NarrativeReader.read(List.of(TEXT.split("\n")), b);
        assertEquals("2020年，我镇认真贯彻落实《条例》。\n（一）主动公开情况。全年公开信息28条。", b.get("narrative.overview"));
        assertEquals("一是公开意识不够强。", b.get("narrative.problems"));
        assertEquals("无", b.get("narrative.otherMatters"));
    }

    @Test
    void missingHeadingsLeaveTheNarrativeNull() {
        ReportBuilder b = new ReportBuilder();
        NarrativeReader.read(List.of("只有表格", "本年新收 1 0 0 0 0 0 1"), b);
        assertNull(b.get("narrative.overview"));
    }

    private static String otherMatters(String organization, String text) {
        ReportBuilder b = new ReportBuilder();
        if (organization != null) {
            b.organization(organization);
        }
        NarrativeReader.read(List.of(text.split("\n")), b);
        return (String) b.get("narrative.otherMatters");
    }

    @Test
    void otherMattersEndAtTheSignatureBeforeAPagesPrintLinksAndFooter() {
        String page = """
                六、其他需要报告的事项
                本机关2023年度未收取信息处理费。
                本机关于2023年5月10日组织开展政府信息公开专题培训，参训人员共计45人次。
                东平县住房和城乡建设局
                2024年1月18日
                【打印本页】【关闭窗口】
                上一篇：东平县住房和城乡建设局2022年政府信息公开工作年度报告
                下一篇：关于开展2024年全县建筑施工安全生产大检查的通知
                相关链接
                第十届中国（东平）湖区旅游交易会
                主办单位：东平县人民政府办公室　承办单位：东平县大数据中心
                网站标识码：3709230001　鲁ICP备05012345号
                扫一扫在手机打开当前页
                """;
        String expected = "本机关2023年度未收取信息处理费。\n本机关于2023年5月10日组织开展政府信息公开专题培训，参训人员共计45人次。";
        assertEquals(expected, otherMatters(null, page), "no organization known");
        assertEquals(expected, otherMatters("东平县住房和城乡建设局", page));
    }

    @Test
    void otherMattersWithoutASignatureEndAtThePagesFirstFooterLine() {
        assertEquals("无。", otherMatters(null, """
                六、其他需要报告的事项
                无。
                [ 打印本页 ] [ 关闭窗口 ]
                主办：某某市人民政府办公室
                """));
        assertEquals("本年度无其他需要报告的事项。", otherMatters(null, """
                六、其他需要报告的事项
                本年度无其他需要报告的事项。
                上一篇：某某镇2022年政府信息公开工作年度报告
                下一篇：无
                """));
        assertEquals("本年度无其他需要报告的事项。", otherMatters(null, """
                六、其他需要报告的事项
                本年度无其他需要报告的事项。
                Copyright © 2024 某某县人民政府 版权所有
                """));
    }

    @Test
    void otherMattersEndAtASignatureDateAloneOrBesideTheBodysName() {
        assertEquals("无", otherMatters(null, """
                六、其他需要报告的事项
                无
                2025年1月20日
                相关链接
                """));
        assertEquals("按照要求收取信息处理费0元。", otherMatters(null, """
                六、其他需要报告的事项
                按照要求收取信息处理费0元。
                某某县司法局 2025年1月20日
                【扫一扫在手机打开当前页】
                """));
    }
}

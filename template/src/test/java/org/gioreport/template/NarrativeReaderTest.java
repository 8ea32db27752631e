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
}

package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.spi.Extraction;
import org.junit.jupiter.api.Test;

/** The shared reader on small hand-written tables, one row per line, cells split at white space. */
class TemplateTableReaderTest {

    private static final String HEAD = """
            某某镇人民政府2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容 本年新制作数量 本年新公开数量 对外公开总数量
            规章 1 2 3
            规范性文件 4 5 6
            三、收到和处理政府信息公开申请情况
            申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他
            """;

    private static Extraction read(String text) {
        return SpaceSeparatedText.read(text);
    }

    private static Map<String, Object> flat(Extraction e) {
        return ReportPaths.flatten(e.report());
    }

    private static boolean hasCode(Extraction e, String code, String path) {
        return e.diagnostics().stream().anyMatch(d -> d.code().equals(code) && path.equals(d.path()));
    }

    @Test
    void rowsAreReadIntoTheirColumnsByLabel() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9\n二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n");
        Map<String, Object> v = flat(e);
        assertEquals("2019", v.get("edition"));
        assertEquals(3, v.get("activeDisclosure.regulations.totalPublished"));
        assertEquals(6, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(2, v.get("applications.newlyReceived.legalService"));
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(1, v.get("applications.carriedOver.total"));
        assertTrue(e.derived().isEmpty());
    }

    @Test
    void theApplicationsTableIsFoundWhenTheWrapCutsItsAnchorWord() {
        // PDF text of a narrow label column: "一、本年新" above the numbers, "收政府信息公开申请数量" below them
        Extraction e = read(HEAD + "一、本年新\n6 1 0 0 2 0 9\n收政府信息公开申请数量\n二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n");
        Map<String, Object> v = flat(e);
        assertEquals(6, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(1, v.get("applications.carriedOver.total"));
    }

    @Test
    void anchorRowIsNewlyReceivedEvenWhenColumnHeadersFollowItsLabel() {
        String text = HEAD.replace("申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n", "")
                + "一、本年新收政府信息公开申请数量 总计 商业企业 其他 6 1 0 0 2 0 9\n";
        Map<String, Object> v = flat(read(text));
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertNull(v.get("applications.totalHandled.total"));
    }

    @Test
    void rowWithSixNonZeroNumbersForSevenColumnsIsLeftNullNotShifted() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 6 1 0 2 0 9\n");
        Map<String, Object> v = flat(e);
        for (String c : List.of("naturalPerson", "business", "research", "publicWelfare", "legalService", "other")) {
            assertNull(v.get("applications.newlyReceived." + c), c);
        }
        assertTrue(hasCode(e, "CELLS_MISSING", "applications.newlyReceived"), e.diagnostics()::toString);
    }

    @Test
    void aLastNumberWhoseDigitsGoOnAloneOnTheNextLineIsNullNotTruncated() {
        // 一、本年新收 … 19 cut by a line break into "1" and "9" (damage seen in PDF text): neither is the cell
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 16 1 0 0 2 0 1\n9\n"
                + "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n");
        Map<String, Object> v = flat(e);
        assertNull(v.get("applications.newlyReceived.total"));
        assertTrue(hasCode(e, "NUMBER_MAY_CONTINUE", "applications.newlyReceived.total"));
        assertEquals(16, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(2, v.get("applications.newlyReceived.legalService"));
        assertEquals(1, v.get("applications.carriedOver.total"));
    }

    @Test
    void rowWithSixZerosIsZeroInEveryColumnAndListedAsDerived() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 0 0 0 0 0 0\n");
        Map<String, Object> v = flat(e);
        assertEquals(0, v.get("applications.newlyReceived.total"));
        assertEquals(0, v.get("applications.newlyReceived.business"));
        assertEquals(7, e.derived().stream().filter(p -> p.startsWith("applications.newlyReceived.")).count());
    }

    @Test
    void numberSplitOverTwoCellsIsJoinedOnlyWhenTheRowTotalConfirmsIt() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 2 0 1 0 0 0 0 21\n");
        Map<String, Object> v = flat(e);
        assertEquals(20, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(1, v.get("applications.newlyReceived.business"));
        assertEquals(21, v.get("applications.newlyReceived.total"));
        assertTrue(hasCode(e, "NUMBER_SPLIT_JOINED", "applications.newlyReceived.naturalPerson"));

        Extraction ambiguous = read(HEAD + "一、本年新收政府信息公开申请数量 1 1 1 1 1 1 1 7\n");
        assertNull(flat(ambiguous).get("applications.newlyReceived.total"));
        assertTrue(hasCode(ambiguous, "CELLS_EXTRA", "applications.newlyReceived"));
    }

    @Test
    void rowWhoseLabelIsLostIsPlacedByPositionBetweenTwoRecognisedRows() {
        Extraction e = read(HEAD + """
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                ?? 1 0 0 0 0 0 1
                （一）予以公开 5 1 0 0 2 0 8
                """);
        Map<String, Object> v = flat(e);
        assertEquals(1, v.get("applications.carriedOver.naturalPerson"));
        assertTrue(hasCode(e, "ROW_BY_POSITION", "applications.carriedOver"));
    }

    @Test
    void rowsLostAtAPageBreakStayNullWithADiagnostic() {
        Extraction e = read(HEAD + """
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                （一）予以公开 5 1 0 0 2 0 8
                """);
        assertNull(flat(e).get("applications.carriedOver.total"));
        assertTrue(hasCode(e, "ROW_MISSING", "applications.carriedOver"));
    }

    @Test
    void runOfFourteenNumbersIsReadAsTwoRowsByLabelAndPosition() {
        Extraction e = read(HEAD + """
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9 1 0 0 0 0 0 1
                （一）予以公开 5 1 0 0 2 0 8
                """);
        Map<String, Object> v = flat(e);
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(1, v.get("applications.carriedOver.total"));
        assertEquals(8, v.get("applications.disclosed.total"));
    }

    @Test
    void cellThatStatesNoNumberIsNullWithADiagnosticQuotingIt() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 6 / 0 0 2 0 8\n");
        Map<String, Object> v = flat(e);
        assertNull(v.get("applications.newlyReceived.business"));
        assertEquals(8, v.get("applications.newlyReceived.total"));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.code().equals("CELL_NOT_STATED")).findFirst().orElseThrow();
        assertEquals("applications.newlyReceived.business", d.path());
        assertTrue(d.message().contains("\"/\""), d.message());
    }

    @Test
    void amountKeepsItsNumberAndUnitAsWritten() {
        String text = HEAD + """
                第二十条第（九）项
                信息内容 采购项目数量 采购总金额
                政府集中采购 3 12.5万元
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                """;
        Map<String, Object> v = flat(read(text));
        assertEquals(3, v.get("activeDisclosure.procurement.projects"));
        assertEquals(0, new java.math.BigDecimal("12.5").compareTo(new java.math.BigDecimal(
                v.get("activeDisclosure.procurement.amount").toString())));
        assertEquals("万元", v.get("activeDisclosure.procurement.amountUnit"));
    }

    @Test
    void otherHandlingOf2021IsTheSumOfItsThreeRowsAndListedAsDerived() {
        String text = """
                某某局2022年政府信息公开工作年度报告
                第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数
                规章 1 0 5
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1
                2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 1 0 0 0 0 1
                3.其他 2 0 0 0 0 1 3
                （七）总计 6 1 0 0 2 0 9
                """;
        Extraction e = read(text);
        Map<String, Object> v = flat(e);
        assertEquals("2021", v.get("edition"));
        assertEquals(3, v.get("applications.otherHandlingDetail.other.total"));
        assertEquals(5, v.get("applications.otherHandling.total"));
        assertEquals(3, v.get("applications.otherHandling.naturalPerson"));
        assertTrue(e.derived().contains("applications.otherHandling.total"));
        assertNull(v.get("activeDisclosure.procurement"));
    }

    @Test
    void a2021ReportPrintingOneOtherHandlingRowHasItStatedAndItsDetailRowsNullWithAReason() {
        String text = """
                某某局2022年政府信息公开工作年度报告
                第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数
                规章 1 0 5
                一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9
                （五）不予处理 5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0
                （六）其他处理 2 1 0 0 0 1 4
                （七）总计 6 1 0 0 2 0 9
                四、结转下年度继续办理 0 0 0 0 0 0 0
                """;
        Extraction e = read(text);
        Map<String, Object> v = flat(e);
        assertEquals("2021", v.get("edition"));
        assertEquals(4, v.get("applications.otherHandling.total"));
        assertEquals(2, v.get("applications.otherHandling.naturalPerson"));
        assertTrue(!e.derived().contains("applications.otherHandling.total"));
        assertNull(v.get("applications.otherHandlingDetail.overdueCorrection.total"));
        assertTrue(hasCode(e, "ROW_MISSING", "applications.otherHandlingDetail.unpaidFees"));
        assertTrue(e.diagnostics().stream().noneMatch(d -> d.code().equals("NOT_DERIVED")), e.diagnostics()::toString);
        assertEquals(9, v.get("applications.totalHandled.total"));
    }

    @Test
    void fullWidthDigitsAreReadAsTheNumbersTheyAre() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 ６ １ ０ ０ ２ ０ ９\n");
        Map<String, Object> v = flat(e);
        assertEquals(6, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(6, v.get("activeDisclosure.normativeDocuments.totalPublished"));
    }

    @Test
    void aCountTooLargeForAnIntIsNotACountAndTheRestOfTheDocumentIsStillRead() {
        Extraction e = read(HEAD + "一、本年新收政府信息公开申请数量 6 1 0 0 2 0 9\n"
                + "二、上年结转政府信息公开申请数量 1 0 0 0 0 99999999999 1\n");
        Map<String, Object> v = flat(e);
        assertEquals(9, v.get("applications.newlyReceived.total"));
        assertEquals(1, v.get("applications.carriedOver.naturalPerson"));
        assertNull(v.get("applications.carriedOver.other"));
        assertTrue(hasCode(e, "NOT_A_COUNT", "applications.carriedOver.other"));
    }

    @Test
    void textWithoutTemplateTablesIsNotAReport() {
        Extraction e = read("关于做好2020年政府信息公开工作的通知\n各单位：请于1月31日前报送。\n");
        assertNull(e.report());
    }
}

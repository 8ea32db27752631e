package org.gioreport.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The template's arithmetic judges OCR'd digits: on the values of a generated 2019 report (corpus syn01), each
 * value as if read from its own table cell, some cells made uncertain or misread.
 */
class ArithmeticJudgeTest {

    private static final Path EXPECTED = Path.of("..", "formats", "corpus", "files", "pdf", "syn01.expected.json");
    private static final String TITLE = "清河县白石镇人民政府2019年政府信息公开工作年度报告\n";
    private static final String SIGNATURE = "清河县白石镇人民政府\n2020-02-27\n";

    /** The report's values, every numeric one at its own cell, read with confidence unless changed below. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Provenance> provenance = new LinkedHashMap<>();
    private final Map<String, OcrCell> cells = new LinkedHashMap<>();

    ArithmeticJudgeTest() {
        readAll(EXPECTED);
    }

    /** Every numeric value of the report at {@code expected} read with confidence at its own cell. */
    private void readAll(Path expected) {
        values.clear();
        provenance.clear();
        cells.clear();
        values.putAll(load(expected));
        int n = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            // a decimal (2021's fee amount) is no cell of the arithmetic
            if (e.getValue() instanceof Number number && !(number instanceof Double) && !e.getKey().startsWith("reportYear")) {
                n++;
                read(e.getKey(), OcrCell.place(1, n, 2), number.toString(), 99, false, List.of(number.toString()));
            }
        }
    }

    private static Map<String, Object> load(Path expected) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = new ObjectMapper().readValue(expected.toFile(), LinkedHashMap.class);
            return map;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void read(String path, String place, String text, int confidence, boolean uncertain,
                      List<String> readings) {
        values.put(path, Long.parseLong(text));
        provenance.put(path, Provenance.cell(place, text));
        cells.put(place, new OcrCell(place, 2, new Box(0, 0, 10, 10), text, confidence, readings, true, uncertain));
    }

    private void uncertain(String path, String text, int confidence, String... readings) {
        read(path, provenance.get(path).cell(), text, confidence, true, List.of(readings));
    }

    private Extraction judged(String text) {
        return judged(text, List.of());
    }

    private Extraction judged(String text, List<String> derived) {
        Extraction read = new Extraction(ReportPaths.unflatten(values, values.get("edition").toString()), derived,
                provenance, List.of());
        return ArithmeticJudge.judge(read, cells, text);
    }

    private static Object value(Extraction e, String path) {
        return ReportPaths.flatten(e.report()).get(path);
    }

    private static List<Diagnostic> about(Extraction e, String path) {
        return e.diagnostics().stream().filter(d -> path.equals(d.path())).toList();
    }

    @Test
    void confidentReadingsThatAddUpAreKeptAsRead() {
        Extraction e = judged(TITLE + SIGNATURE);
        assertEquals(values.get("applications.totalHandled.total"),
                ((Number) value(e, "applications.totalHandled.total")).longValue());
        assertEquals(List.of(), e.derived());
        assertEquals(List.of(), e.diagnostics());
    }

    @Test
    void anUncertainCellWhoseOneReadingTheArithmeticProvesIsKeptAndListedAsDerived() {
        // 部分公开·自然人 is 4; the models read 4 and 9: the row total and the column's outcome sum both demand 4
        uncertain("applications.partiallyDisclosed.naturalPerson", "9", 70, "9", "4");
        Extraction e = judged(TITLE + SIGNATURE);
        assertEquals(4L, ((Number) value(e, "applications.partiallyDisclosed.naturalPerson")).longValue());
        assertEquals(List.of("applications.partiallyDisclosed.naturalPerson"), e.derived());
        Diagnostic d = about(e, "applications.partiallyDisclosed.naturalPerson").get(0);
        assertEquals(ArithmeticJudge.CORRECTED, d.code());
        assertTrue(d.message().contains("\"9\"") && d.message().contains("4 is the only reading"), d.message());
    }

    @Test
    void anUncertainCellNoReadingOfWhichAddsUpIsNullWithTheRuleItBreaks() {
        uncertain("applications.partiallyDisclosed.naturalPerson", "9", 70, "9", "8");
        Extraction e = judged(TITLE + SIGNATURE);
        assertNull(value(e, "applications.partiallyDisclosed.naturalPerson"));
        assertEquals(List.of(), e.derived());
        Diagnostic d = about(e, "applications.partiallyDisclosed.naturalPerson").get(0);
        assertEquals(ArithmeticJudge.UNCERTAIN, d.code());
        assertTrue(d.message().contains("readings 9 / 8") && d.message().contains("confidence 70")
                && d.message().contains("row total of applications.partiallyDisclosed"), d.message());
    }

    @Test
    void twoUncertainCellsOfOneReviewGroupAreBothNullForNoRuleDecidesEitherAlone() {
        // 行政诉讼·复议后起诉: 3 upheld, 1 other, total 4; the group total is the only rule touching either cell
        uncertain("reviewsAndLawsuits.lawsuitAfterReview.upheld", "3", 40, "3");
        uncertain("reviewsAndLawsuits.lawsuitAfterReview.other", "1", 40, "1");
        Extraction e = judged(TITLE + SIGNATURE);
        for (String path : List.of("reviewsAndLawsuits.lawsuitAfterReview.upheld",
                "reviewsAndLawsuits.lawsuitAfterReview.other")) {
            assertNull(value(e, path), path);
            assertEquals(ArithmeticJudge.UNCERTAIN, about(e, path).get(0).code());
        }
        assertEquals(4L, ((Number) value(e, "reviewsAndLawsuits.lawsuitAfterReview.total")).longValue());
    }

    @Test
    void aCellIsProvenByTheOneRuleWhoseOtherOperandsAreAllCertain() {
        // 总计·商业企业 (7) and 本年新收·商业企业 (7) both uncertain: the outcome rows still decide 总计 alone
        uncertain("applications.newlyReceived.business", "7", 40, "7");
        uncertain("applications.totalHandled.business", "7", 40, "7");
        Extraction e = judged(TITLE + SIGNATURE);
        assertEquals(7L, ((Number) value(e, "applications.totalHandled.business")).longValue());
        assertTrue(e.derived().contains("applications.totalHandled.business"));
    }

    @Test
    void uncertainCellsTheRulesDetermineTogetherAreProvenByTheOnlyCombinationOfReadingsThatFits() {
        // 商业企业 column: 予以公开 2 read 12 or 2, 部分公开 1 and 没有现成信息 1 read once with no confidence. Alone,
        // each 1 is demanded by its row total but breaks the column's sum with 12 as read; together the three
        // row totals and the column determine all three, and only 2, 1, 1 among the readings fits
        uncertain("applications.disclosed.business", "12", 60, "12", "2");
        uncertain("applications.partiallyDisclosed.business", "1", 0, "1");
        uncertain("applications.unableToProvide.needsCreation.business", "1", 0, "1");
        Extraction e = judged(TITLE + SIGNATURE);
        assertEquals(2L, ((Number) value(e, "applications.disclosed.business")).longValue());
        for (String path : List.of("applications.partiallyDisclosed.business",
                "applications.unableToProvide.needsCreation.business")) {
            assertEquals(1L, ((Number) value(e, path)).longValue(), path);
            assertTrue(e.derived().contains(path), path);
            Diagnostic d = about(e, path).get(0);
            assertEquals(ArithmeticJudge.CORRECTED, d.code());
            assertTrue(d.message().contains("only combination of readings"), d.message());
        }
    }

    @Test
    void aRuleBrokenByConfidentReadingsIsTheDocumentsOwnErrorAndKeepsItsValues() {
        read("applications.disclosed.total", provenance.get("applications.disclosed.total").cell(), "31", 99,
                false, List.of("31"));
        Extraction e = judged(TITLE + SIGNATURE);
        assertEquals(31L, ((Number) value(e, "applications.disclosed.total")).longValue());
        assertEquals(List.of(), e.diagnostics()); // the validator's cross-check warns later, as for any document
    }

    @Test
    void anUncertainCellOfTableTwoHasNoRuleAndStaysNull() {
        uncertain("activeDisclosure.penalties.change", "1", 8, "1", "11");
        Extraction e = judged(TITLE + SIGNATURE);
        assertNull(value(e, "activeDisclosure.penalties.change"));
        assertTrue(about(e, "activeDisclosure.penalties.change").get(0).message().contains("read different numbers"));
    }

    @Test
    void anOrganizationReadOnlyOnceIsNotTrusted() {
        values.put("organization", "清河县昌石镇人民政府");
        Extraction once = judged("清河县昌石镇人民政府2019年政府信息公开工作年度报告\n" + SIGNATURE);
        assertNull(value(once, "organization"));
        assertEquals(ArithmeticJudge.UNCERTAIN, about(once, "organization").get(0).code());
        values.put("organization", "清河县白石镇人民政府");
        assertEquals("清河县白石镇人民政府", value(judged(TITLE + SIGNATURE), "organization"));
    }

    @Test
    void aDetailOfOtherHandlingCorrectedByTheArithmeticCorrectsTheSumTheReaderDerivedFromTheDetails() {
        // 2021 (corpus syn07): 其他处理 is derived by the reader as the sum of its three detail rows, as first read
        readAll(EXPECTED.resolveSibling("syn07.expected.json"));
        String detail = "applications.otherHandlingDetail.unpaidFees.naturalPerson";
        String sum = "applications.otherHandling.naturalPerson";
        long right = ((Number) values.get(detail)).longValue();
        long asDerived = ((Number) values.get(sum)).longValue() + 5;
        uncertain(detail, String.valueOf(right + 5), 60, String.valueOf(right + 5), String.valueOf(right));
        values.put(sum, asDerived);
        provenance.remove(sum);
        Extraction e = judged("", List.of(sum));
        assertEquals(right, ((Number) value(e, detail)).longValue());
        assertEquals(asDerived - 5, ((Number) value(e, sum)).longValue(), "the sum follows the corrected detail");
    }

    @Test
    void aDateReadFromALineOcrWasUnsureOfIsNullForNoArithmeticChecksIt() {
        Extraction read = new Extraction(ReportPaths.unflatten(values, "2019"), List.of(), provenance, List.of());
        Extraction unsure = ArithmeticJudge.judge(read, cells, TITLE + SIGNATURE, List.of("2020-02-27"));
        assertNull(value(unsure, "publishedOn"));
        assertEquals(ArithmeticJudge.UNCERTAIN, about(unsure, "publishedOn").get(0).code());
        Extraction sure = ArithmeticJudge.judge(read, cells, TITLE + SIGNATURE, List.of("2020年，我镇坚持以习近平"));
        assertEquals("2020-02-27", String.valueOf(value(sure, "publishedOn")));
    }
}

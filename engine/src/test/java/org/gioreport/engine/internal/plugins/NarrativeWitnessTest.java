package org.gioreport.engine.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.junit.jupiter.api.Test;

class NarrativeWitnessTest {

    private static final Map<String, Object> TABLE = Map.of(
            "applications.newlyReceived.total", 859, "applications.disclosed.total", 258,
            "applications.partiallyDisclosed.total", 31, "reviewsAndLawsuits.review.total", 7,
            "reviewsAndLawsuits.lawsuitDirect.total", 5, "reviewsAndLawsuits.lawsuitAfterReview.total", 4);

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    @Test
    void statementsThatAgreeWithTheTableAreOneNoteNamingEachField() {
        List<Diagnostic> d = NarrativeWitness.compare("一、总体情况\n2023年，本机关共收到政府信息公开申请859件，其中予以公开258件，"
                + "部分公开31件。\n全年发生政府信息公开行政复议7件、行政诉讼9件。", TABLE);
        assertEquals(List.of("NARRATIVE_AGREES"), codes(d), d::toString);
        String message = d.get(0).message();
        for (String path : List.of("newlyReceived.total", "disclosed.total", "partiallyDisclosed.total",
                "review.total", "lawsuitDirect.total + reviewsAndLawsuits.lawsuitAfterReview.total")) {
            assertTrue(message.contains(path), message);
        }
        assertTrue(message.contains("(line 2)") && message.contains("(line 3)"), message);
    }

    @Test
    void disagreementIsAWarningNamingTheFieldBothNumbersAndTheLine() {
        List<Diagnostic> d = NarrativeWitness.compare("概述\n本年度新收政府信息公开申请 860 件，予以公开２５８件。", TABLE);
        Diagnostic mismatch = d.stream().filter(x -> x.code().equals("NARRATIVE_MISMATCH")).findFirst().orElseThrow();
        assertEquals("applications.newlyReceived.total", mismatch.path());
        assertTrue(mismatch.message().contains("新收政府信息公开申请860件") && mismatch.message().contains("line 2")
                && mismatch.message().contains("= 859"), mismatch.message());
        assertEquals("warning", mismatch.severity().json());
        assertTrue(d.stream().anyMatch(x -> x.code().equals("NARRATIVE_AGREES")
                && x.message().contains("disclosed.total")), d::toString);
    }

    @Test
    void aStatementOfACellTheTableLacksIsNoValueAndNoWarning() {
        List<Diagnostic> d = NarrativeWitness.compare("共收到政府信息公开申请12件，予以公开3件。",
                Map.of("applications.disclosed.total", 3));
        assertEquals(List.of("NARRATIVE_AGREES"), codes(d));
        assertTrue(!d.get(0).message().contains("newlyReceived"), d.get(0).message());
    }

    @Test
    void aCountThatMayHoldLastYearsRequestsOrNotDisclosedOnesIsNoWitness() {
        assertEquals(List.of(), NarrativeWitness.compare(
                "共收到政府信息公开申请861件（含上年结转2件）。不予公开3件。", TABLE));
        assertEquals(List.of(), NarrativeWitness.compare("共受理政府信息公开申请861件，其中上年结转2件。", TABLE));
    }

    @Test
    void aStatementWrappedOverTwoLinesIsReadWithItsFirstLine() {
        List<Diagnostic> d = NarrativeWitness.compare("前言\n2023年共收到政府信息公开申\n请859件。", TABLE);
        assertEquals(List.of("NARRATIVE_AGREES"), codes(d));
        assertTrue(d.get(0).message().contains("(line 2)"), d.get(0).message());
    }

    @Test
    void tableRowsWithoutCountWordsAreNoStatements() {
        assertEquals(List.of(), NarrativeWitness.compare(
                "一、本年新收政府信息公开申请数量 860 0 0 0 0 0 860\n（一）予以公开 250 0 0 0 0 0 250\n行政复议 1 0 0 0 1", TABLE));
    }

    @Test
    void aDisagreementOnARowSplitByArithmeticLeavesEveryValueOfThatRowNull() {
        Map<String, Object> table = new java.util.HashMap<>(TABLE);
        table.put("applications.disclosed.naturalPerson", 250);
        table.put("applications.disclosed.business", 8);
        List<Diagnostic> reading = List.of(Diagnostic.info("SPLIT_BY_ARITHMETIC", "applications.disclosed",
                "\"2508258\" has one split into 3 cells"));
        NarrativeWitness.Verdict v = NarrativeWitness.judge("本年共收到政府信息公开申请859件，予以公开285件。", table,
                reading);
        assertEquals(java.util.Set.of("applications.disclosed.naturalPerson", "applications.disclosed.business",
                "applications.disclosed.total"), v.unproven());
        Diagnostic mismatch = v.diagnostics().stream().filter(x -> x.code().equals("NARRATIVE_MISMATCH")).findFirst()
                .orElseThrow();
        assertTrue(mismatch.message().contains("SPLIT_BY_ARITHMETIC at applications.disclosed"), mismatch.message());
        assertTrue(v.diagnostics().get(0).message().contains("newlyReceived.total"), v.diagnostics()::toString);
    }

    @Test
    void aDisagreementOnARowPlacedByPositionLeavesItNullButOnAProvenCellKeepsTheTable() {
        List<Diagnostic> reading = List.of(Diagnostic.info("ROW_BY_POSITION", "applications.partiallyDisclosed",
                "placed between two labelled rows"));
        NarrativeWitness.Verdict placed = NarrativeWitness.judge("部分公开30件", TABLE, reading);
        assertEquals(java.util.Set.of("applications.partiallyDisclosed.total"), placed.unproven());
        NarrativeWitness.Verdict read = NarrativeWitness.judge("部分公开30件", TABLE, List.of());
        assertEquals(java.util.Set.of(), read.unproven());
        assertTrue(read.diagnostics().get(0).message().contains("the table's value is kept"), read::toString);
    }

    @Test
    void rulesPublishedAreWitnessesOfTheEditionsColumnForThem() {
        Map<String, Object> y2021 = Map.of("activeDisclosure.regulations.issued", 13,
                "activeDisclosure.normativeDocuments.issued", 60);
        List<Diagnostic> d = NarrativeWitness.compare("全年主动公开规章13件、行政规范性文件61件。", y2021);
        assertEquals(List.of("NARRATIVE_AGREES", "NARRATIVE_MISMATCH"), codes(d), d::toString);
        assertEquals("activeDisclosure.normativeDocuments.issued", d.get(1).path());
        Map<String, Object> y2019 = Map.of("activeDisclosure.regulations.newlyPublished", 0,
                "activeDisclosure.normativeDocuments.newlyPublished", 3);
        d = NarrativeWitness.compare("本年新公开规范性文件3件。", y2019);
        assertEquals(List.of("NARRATIVE_AGREES"), codes(d), d::toString);
        assertTrue(d.get(0).message().contains("normativeDocuments.newlyPublished"), d.get(0).message());
    }

    @Test
    void theFeeOfATextIsNoWitnessOfTableTwosAdministrativeFees() {
        assertEquals(List.of(), NarrativeWitness.compare("本年度未收取信息处理费，收费0元。",
                Map.of("activeDisclosure.fees.amount", 192.7)));
    }
}

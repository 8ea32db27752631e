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
}

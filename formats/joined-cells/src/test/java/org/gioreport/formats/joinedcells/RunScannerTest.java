package org.gioreport.formats.joinedcells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunScannerTest {

    private static String show(List<Segment> segments) {
        StringBuilder s = new StringBuilder();
        for (Segment seg : segments) {
            if (seg instanceof Segment.Label l) {
                s.append('[').append(l.text()).append(']');
            } else if (seg instanceof Segment.Run r) {
                s.append('<').append(r.printed()).append('>');
            }
        }
        return s.toString();
    }

    @Test
    void aRowIsItsLabelThenItsRun() {
        assertEquals("[一、本年新收政府信息公开申请数量]<352000037>", show(RunScanner.scan("一、本年新收政府信息公开申请数量352000037", 1)));
    }

    @Test
    void theItemNumberOfTheNextLabelIsNotACell() {
        assertEquals("[1．属于国家秘密]<2000002>[2．其他法律法规禁止公开]<0101002>",
                show(RunScanner.scan("1．属于国家秘密20000022．其他法律法规禁止公开0101002", 1)));
        assertEquals("[3、危及三安全一稳定]<0000000>", show(RunScanner.scan("3、危及三安全一稳定0000000", 1)));
    }

    @Test
    void aDecimalAnAmountUnitAndASignStayInTheRun() {
        assertEquals("[政府集中采购]<5866.1万元>[第二十条]", show(RunScanner.scan("政府集中采购5866.1万元第二十条", 1)));
        assertEquals("[行政许可]<12-340>", show(RunScanner.scan("行政许可12-340", 1)));
        assertEquals("[政府集中采购]<3516,099,128>", show(RunScanner.scan("政府集中采购3516,099,128", 1)));
    }

    @Test
    void whiteSpaceBetweenDigitsIsABreakAndMarksTheRunAsNotJoinedWhenItFollowsTheLabel() {
        Segment.Run run = (Segment.Run) RunScanner.scan("规章 1 0 5", 1).get(1);
        assertEquals("105", run.text());
        assertEquals(Set.of(1, 2), run.breaks());
        assertFalse(run.adjoins());
        assertTrue(((Segment.Run) RunScanner.scan("规章105", 1).get(1)).adjoins());
    }

    @Test
    void aCellNamesTheCharactersItWasCutFromInTheTrimmedLine() {
        Segment.Run run = (Segment.Run) RunScanner.scan("  规章1005", 7).get(1);
        assertEquals("line 7, characters 3-4", run.where(0, 2, false));
        Segment.Run amount = (Segment.Run) RunScanner.scan("政府集中采购5866.1万元", 2).get(1);
        assertEquals("line 2, characters 8-14", amount.where(1, 6, true));
    }
}

package org.gioreport.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Template labels misread by a character are put back; anything else stays as OCR read it. */
class LabelSnapTest {

    @Test
    void aLabelMisreadByOneCharacterIsPutBackAsPrinted() {
        assertEquals("政府集中采购", LabelSnap.snap("政府集中刺购"));
        assertEquals("政府集中采购", LabelSnap.snap("政府集中采风"));
        assertEquals("本年增/减", LabelSnap.snap("本年增二减"));
    }

    @Test
    void theNumberingAroundAMisreadLabelIsKept() {
        assertEquals("8.属于行政查询事项", LabelSnap.snap("8.属于行政查洵事项"));
    }

    @Test
    void aLabelReadRightIsLeftAlone() {
        assertEquals("(七)总计", LabelSnap.snap("(七)总计"));
        assertEquals("1.属于国家秘密", LabelSnap.snap("1.属于国家秘密"));
    }

    @Test
    void aRowsOtherWordingNearItsPrintedLabelTakesThePrintedLabelOfTheSameRow() {
        assertEquals("2.其他法律行政法规禁止公开", LabelSnap.snap("2.其他法律法规禁止公开"));
    }

    @Test
    void textFarFromEveryLabelOrShortIsLeftAlone() {
        assertEquals("第二十条第〈五) 项", LabelSnap.snap("第二十条第〈五) 项"));
        assertEquals("规草", LabelSnap.snap("规草")); // two characters: one edit is half the label
        assertEquals("浊", LabelSnap.snap("浊"));
        assertEquals("政府刺风采风", LabelSnap.snap("政府刺风采风")); // two edits in six characters: too far
    }

    @Test
    void textNearlyAsCloseToTwoLabelsIsLeftAlone() {
        // 结果维持 and 结果纠正 are both one edit from 结果维正
        assertEquals("结果维正", LabelSnap.snap("结果维正"));
    }
}

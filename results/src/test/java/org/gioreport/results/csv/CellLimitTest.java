package org.gioreport.results.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellLimitTest {

    @Test
    void aNarrativeLongerThanExcelHoldsIsCutToTheLimitWithAMarkerSayingHowMuchWasLeftOut() {
        String overview = "我镇认真贯彻落实《中华人民共和国政府信息公开条例》。".repeat(2000); // 52,000 characters
        String cell = SpreadsheetCell.text(overview);

        assertEquals(CellLimit.MAX_CHARS, cell.length(), "as long as Excel allows, not longer");
        int kept = cell.indexOf("…[cut: ");
        assertTrue(kept > 32_000, "most of the text is kept: " + kept);
        assertTrue(overview.startsWith(cell.substring(0, kept)));
        assertTrue(cell.endsWith("…[cut: " + (overview.length() - kept)
                + " more characters, over Excel's cell limit of 32767; see the JSON output]"), cell.substring(kept));
    }

    @Test
    void aCellThatFitsIsLeftAsItIs() {
        String exactly = "x".repeat(CellLimit.MAX_CHARS);
        assertSame(exactly, CellLimit.fit(exactly));
        assertEquals("暂无。", SpreadsheetCell.text("暂无。"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplitByTheCut() {
        String text = "𠀀".repeat(20_000); // two UTF-16 units each
        String cell = CellLimit.fit(text);
        assertTrue(cell.length() <= CellLimit.MAX_CHARS);
        String kept = cell.substring(0, cell.indexOf('…'));
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
        assertEquals(0, kept.length() % 2);
    }
}

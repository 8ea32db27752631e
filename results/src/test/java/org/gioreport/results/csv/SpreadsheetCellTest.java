package org.gioreport.results.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void theExportsReaderGetsBackExactlyTheTextItWrote() {
        for (String text : List.of("=1+1.txt", "-2.txt", "+x", "@a", "\tt.txt", "\rr.txt", "'quoted.txt",
                "''two.txt", "plain.txt", "中文/=a.txt", "esc\u001b[31m.txt", "nul\u0000.txt", "a'b")) {
            assertEquals(text, SpreadsheetCell.original(SpreadsheetCell.text(text)), text);
        }
    }

    @Test
    void onlyTheFirstCharacterDecides() {
        assertEquals("a=b", SpreadsheetCell.text("a=b"));
        assertEquals("'=a=b", SpreadsheetCell.text("=a=b"));
        assertEquals("", SpreadsheetCell.text(""));
        assertEquals(null, SpreadsheetCell.text(null));
    }
}

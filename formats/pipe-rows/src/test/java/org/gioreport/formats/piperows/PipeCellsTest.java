package org.gioreport.formats.piperows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipeCellsTest {

    @Test
    void theOpeningAndClosingPipesAreNoSeparators() {
        assertEquals(List.of("规章", "0", "0", "2"), PipeCells.of("| 规章 | 0 | 0 | 2 |"));
        assertEquals(List.of("规章", "0", "0", "2"), PipeCells.of("规章 | 0 | 0 | 2 |"));
        assertEquals(List.of("规章", "0", "0", "2"), PipeCells.of("规章|0|0|2"));
    }

    @Test
    void anEmptyCellBetweenTwoPipesKeepsItsColumnsPlace() {
        assertEquals(List.of("行政事业性收费", "1", "", "3"), PipeCells.of("| 行政事业性收费 | 1 |  | 3 |"));
    }

    @Test
    void aCellAloneOnItsLineIsOneCell() {
        assertEquals(List.of("35"), PipeCells.of("   35 |"));
        assertEquals(List.of("一、本年新收政府信息公开申请数量"), PipeCells.of("一、本年新收政府信息公开申请数量 |"));
    }

    @Test
    void spacerAndDelimiterRowsHaveNoCell() {
        assertEquals(List.of(), PipeCells.of("||||"));
        assertEquals(List.of(), PipeCells.of("| | | |"));
        assertEquals(List.of(), PipeCells.of("|---|:---:|---|"));
    }

    @Test
    void fullWidthPipesSeparateCellsToo() {
        assertEquals(List.of("行政许可", "18"), PipeCells.of("行政许可｜18｜"));
    }
}

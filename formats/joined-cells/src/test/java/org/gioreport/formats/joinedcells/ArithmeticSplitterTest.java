package org.gioreport.formats.joinedcells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArithmeticSplitterTest {

    private static final List<CellKind> SEVEN = Collections.nCopies(7, CellKind.COUNT);
    private static final List<SumRule> ROW_TOTAL = List.of(SumRule.consecutive(0, 6));
    private static final List<SumRule> REVIEW_GROUPS = List.of(
            SumRule.consecutive(0, 4), SumRule.consecutive(5, 4), SumRule.consecutive(10, 4));

    private static List<List<String>> split(String text, List<CellKind> kinds, List<SumRule> rules) {
        ArithmeticSplitter.Splits s = new ArithmeticSplitter(kinds, rules).split(text, Set.of());
        assertTrue(s.complete());
        return s.splits();
    }

    private static List<String> cells(String... cells) {
        return List.of(cells);
    }

    @Test
    void applicationsRowWhoseTotalAddsUpOnlyOneWayIsSplitThatWay() {
        assertEquals(List.of(cells("35", "2", "0", "0", "0", "0", "37")), split("352000037", SEVEN, ROW_TOTAL));
        assertEquals(List.of(cells("4", "0", "0", "0", "1", "0", "5")), split("4000105", SEVEN, ROW_TOTAL));
    }

    @Test
    void applicationsRowWhereSeveralSplitsAddUpHasThemAll() {
        assertEquals(List.of(cells("1", "1", "10", "0", "0", "0", "12"), cells("1", "11", "0", "0", "0", "0", "12"),
                cells("11", "1", "0", "0", "0", "0", "12")), split("111000012", SEVEN, ROW_TOTAL));
    }

    @Test
    void rowWhoseTotalCannotAddUpHasNoSplit() {
        assertEquals(List.of(), split("3520000037", SEVEN, ROW_TOTAL));
        assertEquals(List.of(), split("1210000013", SEVEN, ROW_TOTAL));
    }

    @Test
    void aCellNeverStartsWithAZeroUnlessItIsZero() {
        assertEquals(List.of(cells("10", "0", "5")), split("1005", Collections.nCopies(3, CellKind.COUNT), List.of()));
        assertEquals(List.of(cells("0", "5")), split("05", Collections.nCopies(2, CellKind.COUNT), List.of()));
        assertEquals(List.of(cells("0", "0", "0")), split("000", Collections.nCopies(3, CellKind.COUNT), List.of()));
    }

    @Test
    void withoutArithmeticAnyRunOfMoreDigitsThanCellsStaysAmbiguous() {
        assertEquals(List.of(cells("1", "20"), cells("12", "0")),
                split("120", List.of(CellKind.COUNT, CellKind.CHANGE), List.of()));
    }

    @Test
    void aDecimalAmountIsItsOwnCellAndItsIntegerPartHasNoLeadingZero() {
        List<CellKind> procurement = List.of(CellKind.COUNT, CellKind.AMOUNT);
        assertEquals(List.of(cells("5", "0.5")), split("50.5", procurement, List.of()));
        assertEquals(List.of(cells("5", "12.345678"), cells("51", "2.345678")), split("512.345678", procurement, List.of()));
        assertEquals(List.of(cells("3", "516,099,128"), cells("35", "16,099,128"), cells("351", "6,099,128")),
                split("3516,099,128", procurement, List.of()));
    }

    @Test
    void aDecimalNeverFitsACountColumn() {
        assertEquals(List.of(), split("12.5", Collections.nCopies(2, CellKind.COUNT), List.of()));
    }

    @Test
    void aNegativeChangeStartsItsCellAndOnlyAChangeMayBeNegative() {
        List<CellKind> licensing = List.of(CellKind.COUNT, CellKind.CHANGE, CellKind.COUNT);
        assertEquals(List.of(cells("12", "-3", "40"), cells("12", "-34", "0")), split("12-340", licensing, List.of()));
        assertEquals(List.of(cells("5", "-1")), split("5-1", List.of(CellKind.COUNT, CellKind.CHANGE), List.of()));
        assertEquals(List.of(), split("5-1", Collections.nCopies(2, CellKind.COUNT), List.of()));
    }

    @Test
    void reviewTableIsSplitByItsThreeGroupTotals() {
        List<CellKind> fifteen = Collections.nCopies(15, CellKind.COUNT);
        assertEquals(List.of(cells("2", "1", "0", "3", "6", "1", "0", "0", "0", "1", "1", "1", "3", "0", "5")),
                split("210361000111305", fifteen, REVIEW_GROUPS));
        assertEquals(List.of(cells("1", "10", "0", "0", "11", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"),
                cells("11", "0", "0", "0", "11", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0")),
                split("11000111000100000", fifteen, REVIEW_GROUPS));
    }

    @Test
    void whiteSpaceInsideARunIsACellBoundaryNoCellCrosses() {
        List<CellKind> two = Collections.nCopies(2, CellKind.COUNT);
        ArithmeticSplitter.Splits s = new ArithmeticSplitter(two, List.of()).split("123", Set.of(2));
        assertEquals(List.of(cells("12", "3")), s.splits());
    }

    @Test
    void aSearchThatExceedsItsBoundSaysSoAndProvesNothing() {
        ArithmeticSplitter.Splits s = new ArithmeticSplitter(SEVEN, ROW_TOTAL, 64, 50).split("1".repeat(40), Set.of());
        assertFalse(s.complete());
        assertNull(s.unique());
    }

    @Test
    void generatedApplicationRowsAlwaysFindTheirTrueSplitAndOnlySplitsThatAddUp() {
        Random random = new Random(20240521);
        for (int n = 0; n < 2000; n++) {
            long[] row = new long[7];
            for (int c = 0; c < 6; c++) {
                row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 10 : 300);
                row[6] += row[c];
            }
            StringBuilder text = new StringBuilder();
            List<String> truth = new ArrayList<>();
            for (long v : row) {
                text.append(v);
                truth.add(Long.toString(v));
            }
            List<List<String>> found = split(text.toString(), SEVEN, ROW_TOTAL);
            assertTrue(found.contains(truth), text + " lost its true split " + truth);
            for (List<String> f : found) {
                assertEquals(text.toString(), String.join("", f));
                long six = f.subList(0, 6).stream().mapToLong(Long::parseLong).sum();
                assertEquals(six, Long.parseLong(f.get(6)), f.toString());
            }
        }
    }
}

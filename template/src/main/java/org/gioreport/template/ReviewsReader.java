package org.gioreport.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds table 四's numbers: usually one flattened row of 15 cells (three groups of five), sometimes three
 * rows of five under a 行政复议 header. Its headers often come out as garbage, so the cell count decides.
 */
final class ReviewsReader {

    static final int CELLS = 15;
    static final int GROUP = 5;

    record Result(List<TableRow> rows, int cellsPerRow) {
    }

    private ReviewsReader() {
    }

    /**
     * The rows that hold table 四 by their cell count. When several do (damage can give a table-三 row and the
     * next row's numbers 15 cells too), the one whose three group totals add up (总计 = the four cells before it)
     * is the table; when none or more than one does, which one is not proven, and none is taken.
     */
    static Result find(List<TableRow> rows) {
        List<Result> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (TemplateLabels.AFTER_TABLES.stream().anyMatch(row.normalizedLabel()::contains)) {
                break;
            }
            if (row.filledValueCount() == CELLS) {
                candidates.add(new Result(List.of(row), CELLS));
            } else if (threeGroupsAt(rows, i)) {
                candidates.add(new Result(rows.subList(i, i + 3), GROUP));
            }
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        List<Result> addingUp = candidates.stream().filter(ReviewsReader::groupsAddUp).toList();
        return addingUp.size() == 1 ? addingUp.get(0) : null;
    }

    /** Whether each group of five cells is four numbers and their total. */
    private static boolean groupsAddUp(Result found) {
        List<Token> cells = new ArrayList<>();
        found.rows().forEach(r -> cells.addAll(r.values().subList(0, found.cellsPerRow())));
        if (cells.stream().anyMatch(t -> t.kind() != Token.Kind.NUMBER)) {
            return false;
        }
        for (int total = GROUP - 1; total < cells.size(); total += GROUP) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = total - (GROUP - 1); c < total; c++) {
                sum = sum.add(cells.get(c).number());
            }
            if (sum.compareTo(cells.get(total).number()) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean startsHere(List<TableRow> rows, int i) {
        return rows.get(i).filledValueCount() >= CELLS || threeGroupsAt(rows, i);
    }

    private static boolean threeGroupsAt(List<TableRow> rows, int i) {
        if (i + 2 >= rows.size()) {
            return false;
        }
        String label = rows.get(i).normalizedLabel();
        boolean header = TemplateLabels.REVIEWS_HEAD.stream().anyMatch(label::contains);
        return header && rows.get(i).filledValueCount() == GROUP && rows.get(i + 1).filledValueCount() == GROUP
                && rows.get(i + 2).filledValueCount() == GROUP;
    }
}

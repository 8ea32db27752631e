package org.gioreport.template;

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

    static Result find(List<TableRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (TemplateLabels.AFTER_TABLES.stream().anyMatch(row.normalizedLabel()::contains)) {
                return null;
            }
            if (row.filledValueCount() == CELLS) {
                return new Result(List.of(row), CELLS);
            }
            if (threeGroupsAt(rows, i)) {
                return new Result(rows.subList(i, i + 3), GROUP);
            }
        }
        return null;
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

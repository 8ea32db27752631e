package org.gioreport.results.review;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;

/**
 * The cells a cross-check break involves, so that the page can mark all of them, not only the one the
 * diagnostic names: a row total with its six columns, a balance with its four rows of the column, the outcome
 * total with every outcome row of the column, a review group's total with its four outcomes; a negative
 * count is its own cell. Other diagnostics (a cell not stated, a row lost) explain nulls and mark no break.
 */
final class BreakCells {

    private static final List<String> BALANCE = List.of("newlyReceived", "carriedOver", "totalHandled",
            "carriedForward");

    private BreakCells() {
    }

    /** The paths of the cells {@code d} is about (empty when it is about no cell). */
    static List<String> of(Diagnostic d, String edition) {
        String path = d.path();
        if (path == null || path.indexOf('.') < 0) {
            return List.of();
        }
        String row = path.substring(0, path.lastIndexOf('.'));
        String column = path.substring(path.lastIndexOf('.') + 1);
        List<String> cells = new ArrayList<>();
        switch (d.code()) {
            case "CROSSCHECK_ROW_TOTAL" -> ApplicantCounts.COLUMNS.forEach(c -> cells.add(row + "." + c));
            case "CROSSCHECK_GROUP_TOTAL" -> List.of("upheld", "corrected", "other", "pending", "total")
                    .forEach(c -> cells.add(row + "." + c));
            case "CROSSCHECK_BALANCE" -> BALANCE.forEach(r -> cells.add("applications." + r + "." + column));
            case "CROSSCHECK_OUTCOMES" -> {
                cells.add(path);
                String ed = edition == null ? ReportFields.EDITION_2021 : edition;
                for (String r : ReportFields.applicationRows(ed)) {
                    if (!BALANCE.contains(r)) {
                        cells.add("applications." + r + "." + column);
                    }
                }
            }
            case "NEGATIVE_COUNT" -> cells.add(path);
            default -> {
                if (d.code().startsWith("CROSSCHECK_")) {
                    cells.add(path);
                }
            }
        }
        return cells;
    }
}

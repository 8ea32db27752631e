package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.OutcomeCounts;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Severity;

/**
 * How many of a reading's values its table proves. Table 三 and 四 prove a value by the template's arithmetic: a row
 * whose 总计 is the sum of its six columns, a column where 第一项加第二项之和等于第三项加第四项之和, a column whose
 * outcome rows add up to 总计, a group of 四 whose total adds up. Table 二 has no arithmetic: a value counts when
 * no warning of its reader doubts its item (cells missing, split by shape, placed by position). Selection keeps, for
 * each table, the reading that proves most ({@link ProvenReadings}).
 */
final class TableProof {

    static final String ACTIVE = "activeDisclosure";
    static final String APPLICATIONS = "applications";
    static final String REVIEWS = "reviewsAndLawsuits";
    static final List<String> TABLES = List.of(ACTIVE, APPLICATIONS, REVIEWS);
    /** Table 三's rows that add up to 总计 (rule 3); 2021's 其他处理 is the sum of its detail rows, counted through it. */
    private static final List<String> NOT_OUTCOMES = List.of("newlyReceived", "carriedOver", "totalHandled",
            "carriedForward");

    private TableProof() {
    }

    /** The paths of {@code flat} the arithmetic (三, 四) or an undoubted reading (二) proves. */
    static Set<String> proven(String edition, Map<String, Object> flat, List<Diagnostic> diagnostics) {
        Set<String> proven = new HashSet<>();
        if (edition == null || !ReportFields.EDITIONS.contains(edition)) {
            return proven; // without its edition a table's rows are not known: nothing is proven
        }
        List<String> rows = ReportFields.applicationRows(edition);
        List<String> columns = ApplicantCounts.COLUMNS;
        String total = columns.get(columns.size() - 1);
        for (String row : rows) {
            List<String> parts = new ArrayList<>();
            for (String column : columns.subList(0, columns.size() - 1)) {
                parts.add(path(row, column));
            }
            addWhenSumHolds(flat, parts, List.of(path(row, total)), proven);
        }
        List<String> outcomes = rows.stream()
                .filter(r -> !NOT_OUTCOMES.contains(r) && !r.startsWith("otherHandlingDetail.")).toList();
        for (String column : columns) {
            addWhenSumHolds(flat, List.of(path("newlyReceived", column), path("carriedOver", column)),
                    List.of(path("totalHandled", column), path("carriedForward", column)), proven);
            addWhenSumHolds(flat, outcomes.stream().map(r -> path(r, column)).toList(),
                    List.of(path("totalHandled", column)), proven);
        }
        for (String group : ReportFields.REVIEW_GROUPS) {
            List<String> parts = OutcomeCounts.COLUMNS.subList(0, OutcomeCounts.COLUMNS.size() - 1).stream()
                    .map(c -> REVIEWS + "." + group + "." + c).toList();
            addWhenSumHolds(flat, parts, List.of(REVIEWS + "." + group + ".total"), proven);
        }
        for (String path : ReportFields.activeDisclosure(edition)) {
            String item = path.substring(0, path.lastIndexOf('.'));
            boolean doubted = diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO && d.path() != null
                    && (d.path().equals(path) || d.path().startsWith(item + ".") || d.path().equals(item)));
            if (flat.get(path) != null && !doubted) {
                proven.add(path);
            }
        }
        return proven;
    }

    /** How many of {@code proven} are in {@code table}. */
    static int count(Set<String> proven, String table) {
        return (int) proven.stream().filter(p -> p.startsWith(table + ".")).count();
    }

    private static String path(String row, String column) {
        return APPLICATIONS + "." + row + "." + column;
    }

    private static void addWhenSumHolds(Map<String, Object> flat, List<String> left, List<String> right,
                                        Set<String> proven) {
        Long l = sum(flat, left);
        Long r = sum(flat, right);
        if (l != null && l.equals(r)) {
            proven.addAll(left);
            proven.addAll(right);
        }
    }

    /** The sum of the values at {@code paths}, or null when one of them is not a number. */
    static Long sum(Map<String, Object> flat, List<String> paths) {
        long s = 0;
        for (String p : paths) {
            if (!(flat.get(p) instanceof Number n)) {
                return null;
            }
            s += n.longValue();
        }
        return s;
    }
}

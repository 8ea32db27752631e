package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.ReportFields;
import org.gioreport.template.TemplateLabels;
import org.gioreport.template.TemplateRows;

/**
 * Finds the row of each run of joined cells, so the run can be split by that row's columns: table 二 rows by
 * their item label and the edition's columns, table 三 rows (seven columns, 总计 = the six applicant
 * columns) by their labels in template order, table 四 (fifteen cells, three groups of four parts and their
 * 总计) by its header words.
 */
final class RunPlanner {

    private static final List<String> REVIEWS_HEAD = List.of("结果维持", "行政复议", "尚未审结", "复议后起诉");
    private static final List<SumRule> APPLICANT_RULES = List.of(SumRule.consecutive(0, 6));
    private static final List<SumRule> REVIEW_RULES = List.of(
            SumRule.consecutive(0, 4), SumRule.consecutive(5, 4), SumRule.consecutive(10, 4));

    private enum Table { ACTIVE, APPLICATIONS, REVIEWS }

    private RunPlanner() {
    }

    /** Plans the runs among {@code segments}, in order; {@code edition} may be null (unknown). */
    static List<PlannedRun> plan(List<Segment> segments, String edition) {
        List<String> template = ReportFields.applicationRows(edition == null ? ReportFields.EDITION_2019 : edition);
        List<PlannedRun> out = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        Table table = Table.ACTIVE;
        int next = -1;
        for (Segment s : segments) {
            if (s instanceof Segment.Label l) {
                label.append(l.text());
                continue;
            }
            Segment.Run run = (Segment.Run) s;
            String text = label.toString();
            String normalized = TemplateLabels.normalize(text);
            label.setLength(0);
            if (table != Table.REVIEWS && REVIEWS_HEAD.stream().anyMatch(normalized::contains)) {
                table = Table.REVIEWS;
            } else if (table == Table.ACTIVE && normalized.contains(TemplateLabels.APPLICATIONS_START)) {
                table = Table.APPLICATIONS;
            }
            out.add(switch (table) {
                case ACTIVE -> active(run, text, normalized, edition);
                case REVIEWS -> new PlannedRun(run, text, "reviewsAndLawsuits", null,
                        Collections.nCopies(ReportFields.reviews().size(), CellKind.COUNT), REVIEW_RULES, null);
                case APPLICATIONS -> {
                    int t = next < 0 ? 0 : TemplateRows.applicationRow(normalized, template, next);
                    next = t >= 0 ? t + 1 : Math.max(next, 0);
                    String row = t >= 0 ? template.get(t) : null;
                    yield new PlannedRun(run, text, row == null ? null : "applications." + row, row,
                            Collections.nCopies(ApplicantCounts.COLUMNS.size(), CellKind.COUNT), APPLICANT_RULES, null);
                }
            });
        }
        return out;
    }

    private static PlannedRun active(Segment.Run run, String text, String normalized, String edition) {
        String item = TemplateRows.activeItem(normalized);
        if (item == null) {
            return unknown(run, text, null, "its label names no row of table 二");
        }
        String path = "activeDisclosure." + item;
        List<CellKind> kinds;
        if (edition != null) {
            kinds = kinds(ReportFields.activeColumns(edition, item));
        } else {
            List<CellKind> old = kinds(ReportFields.activeColumns(ReportFields.EDITION_2019, item));
            kinds = old.equals(kinds(ReportFields.activeColumns(ReportFields.EDITION_2021, item))) ? old : List.of();
            if (kinds.isEmpty()) {
                return unknown(run, text, path, "the template edition is not known, and the editions give this row"
                        + " different columns");
            }
        }
        if (kinds.isEmpty()) {
            return unknown(run, text, path, "the row is not in the " + edition + " template");
        }
        return new PlannedRun(run, text, path, null, kinds, List.of(), null);
    }

    private static PlannedRun unknown(Segment.Run run, String text, String path, String why) {
        return new PlannedRun(run, text, path, null, List.of(), List.of(), why);
    }

    private static List<CellKind> kinds(List<String> columns) {
        return columns.stream().map(CellKind::ofColumn).toList();
    }
}

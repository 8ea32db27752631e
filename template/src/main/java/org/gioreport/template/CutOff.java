package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;
import org.gioreport.spi.ReportBuilder;

/**
 * A report whose text stops inside (or before) its tables: a stored page cut off, page 1 of a CMS article split
 * over several pages. Such a text never reaches 五、存在的主要问题, which every whole report has after its tables.
 * Its rows after the cut are not "lost": the rest of the document is missing, which one {@code CUT_OFF}
 * diagnostic says instead of a {@code ROW_MISSING} for every row after it.
 */
final class CutOff {

    /** A section heading is short; a sentence naming the report's parts ("全文包括…存在的主要问题…") is none. */
    private static final int HEADING = 30;

    private CutOff() {
    }

    /**
     * Whether the text ends before the end of its tables: no line after the first table-head word names
     * 五、存在的主要问题 or 六、其他需要报告的事项 (before the tables, only a short heading line counts).
     */
    static boolean textEndsInsideTables(List<String> lines) {
        boolean inTables = false;
        for (String line : lines) {
            String n = TemplateLabels.normalize(line);
            inTables = inTables || TemplateLabels.TABLE_HEAD.stream().anyMatch(n::contains);
            if ((inTables || n.length() <= HEADING) && TemplateLabels.AFTER_TABLES.stream().anyMatch(n::contains)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the lines begin a report: its title (…年政府信息公开工作年度报告, found by {@link ReportTitle}) and
     * after it a section heading of the template (一、总体情况, 二、主动公开政府信息情况). A list of reports' titles
     * or a page linking to an attachment has the title but no section of a report.
     */
    static boolean beginsAReport(List<String> lines) {
        List<String> normalized = lines.stream().map(TemplateLabels::normalize).toList();
        ReportTitle title = ReportTitle.find(normalized);
        if (title == null) {
            return false;
        }
        for (int i = title.lastLine() + 1; i < normalized.size(); i++) {
            String n = normalized.get(i);
            if (n.length() <= HEADING && (n.contains("总体情况") || n.contains("主动公开政府信息情况"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the row-missing diagnostics of every row after the cut by one {@code CUT_OFF} naming the last row
     * read; those before the cut (a row lost at a page break) stay. Without a cut (the last field of 四 was read)
     * every diagnostic stays.
     *
     * @param missing  the reader's ROW_MISSING and TABLES_NOT_FOUND diagnostics, not yet given to the builder
     * @param lastLine the 1-based number of the text's last line
     */
    static List<Diagnostic> explain(ReportBuilder builder, String edition, List<Diagnostic> missing, int lastLine) {
        List<String> fields = ReportFields.numeric(edition == null ? ReportFields.EDITION_2021 : edition);
        int last = -1;
        for (int i = 0; i < fields.size(); i++) {
            last = builder.has(fields.get(i)) ? i : last;
        }
        if (last == fields.size() - 1) {
            return missing;
        }
        String cutRow = row(fields.get(last + 1));
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : missing) {
            if (d.path() != null && indexOf(fields, d.path()) < last + 1) {
                out.add(d);
            }
        }
        String where = last < 0 ? "before any row of the template's tables could be read"
                : "after the row " + row(fields.get(last)) + ", the last one read";
        out.add(Diagnostic.warning("CUT_OFF", cutRow, "the text stops " + where + " (its last line is line "
                + lastLine + ", and 五、存在的主要问题 never follows): the rest of the document is missing, so "
                + cutRow + " and every table field after it are null"));
        return out;
    }

    /** The index of the first field at or below {@code path}; past the end when none is. */
    private static int indexOf(List<String> fields, String path) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).equals(path) || fields.get(i).startsWith(path + ".")) {
                return i;
            }
        }
        return fields.size();
    }

    private static String row(String field) {
        return field.substring(0, field.lastIndexOf('.'));
    }
}

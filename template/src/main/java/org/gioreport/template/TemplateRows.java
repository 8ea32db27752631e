package org.gioreport.template;

import java.util.List;

/**
 * Row recognition as the shared reader does it, for a plugin that must know a row before handing its cells
 * over (a layout whose cells are only separable once the row, and so its columns and its arithmetic, is
 * known). Labels are in {@link TemplateLabels#normalize normalized} form; the keyword nearest the numbers
 * (the label's end) wins, as in the reader.
 */
public final class TemplateRows {

    private TemplateRows() {
    }

    /** The 二 item ({@code regulations}, {@code licensing}…) a label names, or null. */
    public static String activeItem(String normalizedLabel) {
        return RowLabelMatcher.lastMatch(normalizedLabel, TemplateLabels.ACTIVE_ITEMS);
    }

    /**
     * The 三 row (index into {@code template}, an edition's {@code ReportFields.applicationRows}) a label names,
     * searching forward from {@code next} in template order; -1 when none.
     */
    public static int applicationRow(String normalizedLabel, List<String> template, int next) {
        return RowLabelMatcher.templateRow(normalizedLabel, template, next);
    }
}

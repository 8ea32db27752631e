package org.gioreport.template;

import java.util.regex.Pattern;

/**
 * Page numbers PDF text extraction leaves between the lines of a table ("- 3 -", "第3页", "第 3 页 共 8 页",
 * "3/8"), and the running header that repeats the report's title at the top of the next page: page furniture,
 * never a cell. A lone number is not taken for one: in layouts of one cell per line it is indistinguishable from
 * a cell.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]\\s*\\d{1,3}\\s*[-—–－]"
                    + "|第\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*(共\\s*\\d{1,3}\\s*页)?"
                    + "|共\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,3}\\s*页"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}|page\\s*\\d{1,3}(\\s*of\\s*\\d{1,3})?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A piece of "第 1 页 共 5 页" that a line break cut off ("第 1", "1 页 共 5 页", "共 5 页"): only page words,
     * digits and spaces, with a page word beside a number. No cell or row label is written so.
     */
    private static final Pattern PAGE_NUMBER_PIECE = Pattern.compile(
            "[第共页\\s]*(第\\s*\\d{1,3}|\\d{1,3}\\s*页)[第共页\\d\\s]*");

    /** A line that is a report title (…政府信息公开工作年度报告), with at most a short lead such as its issuer. */
    private static final Pattern RUNNING_HEADER = Pattern.compile(".{0,40}政府信息公开(工作)?(年度)?(工作)?报告");

    private PageFurniture() {
    }

    static boolean isPageNumber(String line) {
        if (!hasDigit(line)) {
            return false; // both patterns need a digit: most lines of a report are passed over without them
        }
        String trimmed = TemplateLabels.trim(line);
        return PAGE_NUMBER.matcher(trimmed).matches() || PAGE_NUMBER_PIECE.matcher(trimmed).matches();
    }

    /**
     * Whether the line, normalized ({@link ReportText#normalizedLines}), is a page's running header: the report's
     * title, whose year is no table cell. A line not ending in 报告 is passed over without the pattern.
     */
    static boolean isRunningHeader(String normalized) {
        return normalized.endsWith("报告") && RUNNING_HEADER.matcher(normalized).matches();
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}

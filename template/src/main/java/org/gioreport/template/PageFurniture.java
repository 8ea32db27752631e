package org.gioreport.template;

import java.util.regex.Pattern;

/**
 * Page numbers PDF text extraction leaves between the lines of a table ("- 3 -", "第3页", "第 3 页 共 8 页",
 * "3/8"): page furniture, never a cell. A lone number is not taken for one: in layouts of one cell per line it
 * is indistinguishable from a cell.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]\\s*\\d{1,3}\\s*[-—–－]"
                    + "|第\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*(共\\s*\\d{1,3}\\s*页)?"
                    + "|共\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*第\\s*\\d{1,3}\\s*页"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}|page\\s*\\d{1,3}(\\s*of\\s*\\d{1,3})?",
            Pattern.CASE_INSENSITIVE);

    private PageFurniture() {
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(TemplateLabels.trim(line)).matches();
    }
}

package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a row's label is matched to its template row: keyword matching on normalized labels, the keyword nearest
 * the numbers (the label's end) winning. Tables 二 and 四 look a label up in a dictionary ({@link #lastMatch});
 * table 三's rows are searched forward in template order ({@link #templateRow}).
 */
final class RowLabelMatcher {

    /** "其他" as the whole label or after the third item's mark ("3.其他", "3、其他", "(三)其他"), not after another word. */
    private static final Pattern OTHER_DETAIL_END =
            Pattern.compile("(^|[3三][.、]|\\([3三]\\))其他$");

    private RowLabelMatcher() {
    }

    /** The key whose keyword ends last in {@code label}, or null. */
    static String lastMatch(String label, Map<String, List<String>> dictionary) {
        String best = null;
        int bestEnd = -1;
        for (var entry : dictionary.entrySet()) {
            int end = end(label, entry.getValue());
            if (end > bestEnd) {
                bestEnd = end;
                best = entry.getKey();
            }
        }
        return best;
    }

    /**
     * The template row (index into {@code template}, at or after {@code next}) whose keyword ends last in
     * the label; -1 when none. Rows are only searched forward: the template's order is the table's order.
     */
    static int templateRow(String label, List<String> template, int next) {
        int best = -1;
        int bestEnd = -1;
        for (int t = next; t < template.size(); t++) {
            String row = template.get(t);
            List<String> words = TemplateLabels.APPLICATION_ROWS.get(row);
            int end = end(label, words);
            if (row.equals("otherHandlingDetail.other") && !endsOtherDetail(label, template, next)) {
                continue;
            }
            if (end > bestEnd) {
                bestEnd = end;
                best = t;
            }
        }
        return best;
    }

    /**
     * "其他" is too common a word to find a row by: it names the third 其他处理 row only where it ends the
     * label (as in "3.其他") and reading has reached the 其他处理 group.
     */
    private static boolean endsOtherDetail(String label, List<String> template, int next) {
        int group = template.indexOf("otherHandling");
        return group >= 0 && next >= group && OTHER_DETAIL_END.matcher(label).find();
    }

    /**
     * For a run holding several rows' numbers: the template rows named in its label, starting with the first
     * one at or after {@code next}, as long as each is the template row right after the previous one.
     */
    static List<Integer> consecutiveTemplateRows(String label, List<String> template, int next) {
        List<Integer> out = new ArrayList<>();
        for (int t = next; t < template.size(); t++) {
            String row = template.get(t);
            boolean named = row.equals("otherHandlingDetail.other") ? endsOtherDetail(label, template, t)
                    : end(label, TemplateLabels.APPLICATION_ROWS.get(row)) >= 0;
            if (named) {
                out.add(t);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static int end(String label, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = label.lastIndexOf(w);
            if (at >= 0) {
                best = Math.max(best, at + w.length());
            }
        }
        return best;
    }
}

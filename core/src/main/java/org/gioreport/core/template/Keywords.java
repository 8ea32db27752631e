package org.gioreport.core.template;

import java.util.List;
import java.util.Map;

/** Keyword matching on normalized labels: the keyword nearest the numbers (the label's end) wins. */
final class Keywords {

    private Keywords() {
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
            // "其他" is too common a word to find a row by, unless that row is the very next one
            if (row.equals("otherHandlingDetail.other") && t != next) {
                continue;
            }
            int end = end(label, words);
            if (row.equals("otherHandlingDetail.other") && end >= 0 && end < label.length() - 2) {
                continue; // "其他" must end the label, as in "3.其他"
            }
            if (end > bestEnd) {
                bestEnd = end;
                best = t;
            }
        }
        return best;
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

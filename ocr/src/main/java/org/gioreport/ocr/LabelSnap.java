package org.gioreport.ocr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.text.EditDistance;

/**
 * Puts back a template label OCR misread by a character or so (政府集中采购 read as 政府集中刺购): the table reader
 * finds rows by their labels, so one wrong character loses a whole row. The labels are the schema's printed labels
 * ({@link FieldCatalog}). A cell's text is changed only when it holds no label as printed, exactly one label comes
 * close (at most one edit in four characters, labels of at least four characters) and no other label comes nearly
 * as close (one edit in three characters, at most one edit more): a label that could be either of two rows stays as read, so no value is ever put in the wrong row.
 */
final class LabelSnap {

    /** Labels shorter than this are not snapped to: one edit in a two-character label is half of it. */
    static final int MIN_LENGTH = 4;
    /** At most one edit in this many characters of the label. */
    static final int CHARACTERS_PER_EDIT = 4;

    /**
     * A label of at least this many characters within one edit in this many characters of the text (and at most
     * one edit farther than the nearest) is its rival: the text could be either, and stays as read. A
     * two-character label is near anything.
     */
    static final int RIVAL_LENGTH = 3;
    static final int RIVAL_CHARACTERS_PER_EDIT = 3;

    private static final List<String> LABELS = labels();

    private LabelSnap() {
    }

    private static List<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        for (FieldCatalog.Field field : FieldCatalog.fields()) {
            labels.addAll(field.labels());
        }
        return List.copyOf(labels);
    }

    /** The text with the one label it nearly holds put back as printed; the text as read otherwise. */
    static String snap(String text) {
        String compact = text.replaceAll("\\s+", "");
        for (String label : LABELS) {
            if (label.length() >= MIN_LENGTH && compact.contains(label)) {
                return text;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> near = new ArrayList<>();
        for (String label : LABELS) {
            int d = substringDistance(label, compact);
            if (label.length() >= RIVAL_LENGTH && d <= label.length() / RIVAL_CHARACTERS_PER_EDIT) {
                near.add(label);
            }
            if (label.length() >= MIN_LENGTH && d <= label.length() / CHARACTERS_PER_EDIT && d < bestDistance) {
                best = label;
                bestDistance = d;
            }
        }
        if (best == null) {
            return text;
        }
        for (String other : near) {
            // a label within the best one (规章 in a longer label) is no rival: it is near wherever the best is
            if (!best.contains(other)) {
                int d = substringDistance(other, compact);
                if (!other.equals(best) && d <= bestDistance + 1) {
                    return text;
                }
            }
        }
        return replaceNearest(compact, best, bestDistance);
    }

    /** The least edit distance between {@code pattern} and any substring of {@code text} (Sellers' algorithm). */
    static int substringDistance(String pattern, String text) {
        int m = pattern.length();
        int n = text.length();
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            current[0] = i;
            for (int j = 1; j <= n; j++) {
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int least = m;
        for (int j = 0; j <= n; j++) {
            least = Math.min(least, previous[j]);
        }
        return least;
    }

    /** The text with its substring nearest to {@code label} (at {@code distance} edits) replaced by the label. */
    private static String replaceNearest(String text, String label, int distance) {
        // the substring as long as the label first: a misread character, not a character dropped beside it
        for (int k = 0; k <= 2 * distance; k++) {
            int length = label.length() + (k % 2 == 0 ? k / 2 : -(k + 1) / 2);
            for (int start = 0; start + length <= text.length(); start++) {
                if (length > 0 && EditDistance.between(label, text.substring(start, start + length)) == distance) {
                    return text.substring(0, start) + label + text.substring(start + length);
                }
            }
        }
        return text;
    }
}

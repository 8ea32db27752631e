package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gioreport.template.TemplateLabels;

/**
 * Cuts a line of joined text into label text and runs of joined cells. A run is digits with the signs,
 * decimal points and thousands separators a cell may hold; white space inside a run separates cells (a
 * break the split must respect). One case is not a cell: the item number of the next row's label
 * ("…00000002.其他法律…": the "2" before "." or "、" and a label belongs to "2.其他法律").
 */
final class RunScanner {

    private RunScanner() {
    }

    /** The segments of one line, measured on the line without white space at its ends. */
    static List<Segment> scan(String rawLine, int lineNumber) {
        String s = TemplateLabels.trim(rawLine);
        return scan(s, lineNumber, 0, s.length());
    }

    /**
     * The segments of the characters {@code from}..{@code to-1} of a trimmed line. Full-width digits are read as
     * the digits they are (the line keeps its length, so offsets still point into it).
     */
    static List<Segment> scan(String trimmedLine, int lineNumber, int from, int to) {
        String s = TemplateLabels.halfWidthDigits(trimmedLine.substring(0, to));
        List<Segment> out = new ArrayList<>();
        int labelStart = from;
        int i = from;
        while (i < s.length()) {
            if (!startsRun(s, i)) {
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            Set<Integer> breaks = new LinkedHashSet<>();
            int j = i;
            while (j < s.length()) {
                char c = s.charAt(j);
                boolean digitBefore = text.length() > 0 && isDigit(text.charAt(text.length() - 1));
                if (isDigit(c) || (isSign(c) && digitAt(s, j + 1))
                        || ((c == ',' || c == '.') && digitBefore && digitAt(s, j + 1))) {
                    text.append(c);
                    offsets.add(j);
                    j++;
                } else if (TemplateLabels.isSpace(c)) {
                    int k = j;
                    while (k < s.length() && TemplateLabels.isSpace(s.charAt(k))) {
                        k++;
                    }
                    if (!startsRun(s, k)) {
                        break;
                    }
                    breaks.add(text.length());
                    j = k;
                } else {
                    break;
                }
            }
            String unit = s.startsWith("万元", j) ? "万元" : s.startsWith("元", j) ? "元" : null;
            if (unit == null && isItemNumberEnd(s, j) && text.length() > 0) {
                // the last digit numbers the next row's label: give it back to the label
                text.setLength(text.length() - 1);
                j = offsets.remove(offsets.size() - 1);
                breaks.remove(text.length());
            }
            if (text.chars().noneMatch(RunScanner::isDigit)) {
                i = Math.max(j, i + 1);
                continue;
            }
            if (labelStart < i) {
                addLabel(out, s.substring(labelStart, i), lineNumber);
            }
            boolean adjoins = i > 0 && !TemplateLabels.isSpace(s.charAt(i - 1)) && !isSeparator(s.charAt(i - 1));
            int end = unit == null ? j : j + unit.length();
            offsets.add(end);
            out.add(new Segment.Run(text.toString(), Set.copyOf(breaks), unit, List.copyOf(offsets), lineNumber,
                    adjoins));
            labelStart = end;
            i = end;
        }
        if (labelStart < s.length()) {
            addLabel(out, s.substring(labelStart), lineNumber);
        }
        return out;
    }

    private static void addLabel(List<Segment> out, String text, int line) {
        String t = TemplateLabels.trim(text);
        if (!t.isEmpty()) {
            out.add(new Segment.Label(t, line));
        }
    }

    /** "." "．" or "、" right after the run, then label text: the run's last digit is an item number. */
    private static boolean isItemNumberEnd(String s, int j) {
        if (j + 1 >= s.length()) {
            return false;
        }
        char sep = s.charAt(j);
        char next = s.charAt(j + 1);
        return (sep == '.' || sep == '．' || sep == '、') && !isDigit(next) && !TemplateLabels.isSpace(next);
    }

    /**
     * A character that separates cells as white space does: a comma-separated or pipe-separated row's numbers
     * stand apart from their label, which is not this layout ("规章,0,1,14" is a CSV row, not "规章0114").
     */
    private static boolean isSeparator(char c) {
        return c == ',' || c == '，' || c == ';' || c == '；' || c == '|' || c == '｜' || c == '\t';
    }

    private static boolean startsRun(String s, int i) {
        return i < s.length() && (isDigit(s.charAt(i)) || (isSign(s.charAt(i)) && digitAt(s, i + 1)));
    }

    private static boolean digitAt(String s, int i) {
        return i < s.length() && isDigit(s.charAt(i));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '−' || c == '－';
    }
}

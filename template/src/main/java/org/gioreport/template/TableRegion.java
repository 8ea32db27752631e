package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a text's tables (from the first table-head word, {@link TemplateLabels#TABLE_HEAD}, to
 * 五、存在的主要问题) with how many numbers each holds. Layout plugins score themselves by the share of these
 * numbers that sit their way (several to a line, alone on a tab-prefixed line…), so their scores compare.
 *
 * @param lines   the region's lines, in order
 * @param numbers all numbers of the region
 */
public record TableRegion(List<Line> lines, int numbers) {

    private static final Pattern CELL_SPLIT = Pattern.compile("[\\s\u3000]+");

    /**
     * One line of the region.
     *
     * @param text    the line as extracted
     * @param cells   how many pieces the trimmed line splits into at white space
     * @param numbers how many of those pieces are numbers
     */
    public record Line(String text, int cells, int numbers) {

        /** The line without white space of any kind at either end. */
        public String trimmed() {
            return TemplateLabels.trim(text);
        }

        /**
         * Whether the line is drawn as a row of a table frame: it starts and ends with a rule character
         * ({@code |}, {@code │} or {@code ┃}), as Markdown, box-drawing and ASCII-art tables print their rows.
         * The cells of such a line lie between its rules, not between its spaces: a plugin that reads cells at
         * white space may leave these lines to the plugins that read rules, without knowing which markup drew them.
         */
        public boolean framedByRules() {
            String line = trimmed();
            return line.length() > 1 && isRule(line.charAt(0)) && isRule(line.charAt(line.length() - 1));
        }

        private static boolean isRule(char c) {
            return c == '|' || c == '│' || c == '┃';
        }
    }

    /** Measures the table region of a text's lines; no region (no table-head word) has no lines. */
    public static TableRegion of(List<String> lines) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String n = TemplateLabels.normalize(lines.get(i));
            if (start < 0 && TemplateLabels.TABLE_HEAD.stream().anyMatch(n::contains)) {
                start = i;
            } else if (start >= 0 && TemplateLabels.AFTER_TABLES.stream().anyMatch(n::contains)) {
                end = i;
                break;
            }
        }
        List<Line> region = new ArrayList<>();
        int numbers = 0;
        for (int i = Math.max(0, start); start >= 0 && i < end; i++) {
            String line = lines.get(i);
            String[] cells = CELL_SPLIT.split(TemplateLabels.trim(line));
            int here = 0;
            for (String c : cells) {
                if (mayBeNumber(c) && Token.of(c, 0).kind() == Token.Kind.NUMBER) {
                    here++;
                }
            }
            numbers += here;
            region.add(new Line(line, cells.length, here));
        }
        return new TableRegion(List.copyOf(region), numbers);
    }

    /** A cheap first look before the number pattern: a number starts with a digit or a sign. */
    private static boolean mayBeNumber(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || c == '-' || c == '+' || c == '−' || c == '－' || c == '–';
    }

    /** The share of the region's numbers that {@code count} is (0 when the region has none). */
    public double share(int count) {
        return numbers == 0 ? 0 : (double) count / numbers;
    }

    /** "37 of the table's 40 numbers …", for fit reasons. */
    public String describe(int count, String how) {
        return count + " of the table's " + numbers + " numbers " + how;
    }
}
